import { ServiceError } from '../ServiceError.ts'
import type { AuthSession } from '../authSessions.ts'
import { findClient } from '../findClient.ts'
import { mapEntries, validateInput } from '../inputValidation.ts'
import { clientIdRule } from '../memberRules.ts'
import type { Operation, OperationContext } from '../OperationContext.ts'
import type { StoredClient } from '../poolState.ts'
import { answerDevicePasswordVerifier, answerDeviceSrpAuth, answerPasswordVerifier } from '../srpChallenges.ts'

const CHALLENGE_NAMES = [
  'SMS_MFA',
  'EMAIL_OTP',
  'SOFTWARE_TOKEN_MFA',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'PASSWORD_VERIFIER',
  'CUSTOM_CHALLENGE',
  'SELECT_CHALLENGE',
  'DEVICE_SRP_AUTH',
  'DEVICE_PASSWORD_VERIFIER',
  'ADMIN_NO_SRP_AUTH',
  'NEW_PASSWORD_REQUIRED',
  'SMS_OTP',
  'PASSWORD',
  'WEB_AUTHN',
  'PASSWORD_SRP',
] as const

/** Answers one challenge: the session it continues and the client's responses in, tokens or the next challenge out. */
export type ChallengeResponder = (
  responses: Record<string, string>,
  session: AuthSession,
  client: StoredClient,
  context: OperationContext,
) => Promise<unknown>

/**
 * Challenges the emulator takes answers to, by name; the others answer InvalidParameterException.
 * Each continues the `Session` the previous step returned (DEVICE_SRP_AUTH too: it is issued only
 * after a proven password, so it cannot be started cold), or, with no `Session`, the user's newest
 * open session for that challenge (as Cognito accepts; authSessions.ts), found and checked here: unknown,
 * expired or another client's session is NotAuthorizedException, another challenge's is
 * InvalidParameterException. A successful answer closes the session.
 */
export const challengeResponders: Partial<Record<(typeof CHALLENGE_NAMES)[number], ChallengeResponder>> = {
  PASSWORD_VERIFIER: answerPasswordVerifier,
  DEVICE_SRP_AUTH: answerDeviceSrpAuth,
  DEVICE_PASSWORD_VERIFIER: answerDevicePasswordVerifier,
}

export const respondToAuthChallenge: Operation = async (input, context) => {
  validateInput(input, {
    ClientId: clientIdRule,
    ChallengeName: { type: 'string', required: true, enum: CHALLENGE_NAMES },
    Session: { type: 'string', min: 20, max: 2048 },
    ChallengeResponses: { type: 'map' },
    ClientMetadata: { type: 'map' },
  })
  const client = findClient(context.state, input.ClientId as string)
  const challengeName = input.ChallengeName as (typeof CHALLENGE_NAMES)[number]
  const responder = challengeResponders[challengeName]
  if (!responder) throw new ServiceError('InvalidParameterException', `${challengeName} is not supported by the emulator`)
  const responses = mapEntries(input.ChallengeResponses)
  const session =
    input.Session === undefined
      ? context.state.sessions.findWithoutId(responses.USERNAME, client.id, challengeName, context.now)
      : context.state.sessions.find(input.Session as string, client.id, context.now)
  if (session.challengeName !== challengeName) throw new ServiceError('InvalidParameterException', 'Invalid challenge name for this session')
  const answer = await responder(responses, session, client, context)
  context.state.sessions.close(session.id)
  return answer
}
