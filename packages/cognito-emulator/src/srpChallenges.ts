import { ServiceError, deviceDoesNotExist, notAuthorized } from './ServiceError.ts'
import type { AuthSession } from './authSessions.ts'
import { assertUserMayAct } from './authorizeAccessToken.ts'
import { completeAuthentication } from './completeAuthentication.ts'
import { missingParameter } from './inputValidation.ts'
import type { OperationContext } from './OperationContext.ts'
import type { StoredClient, StoredUser } from './poolState.ts'
import { acceptPasswordProof, assertKnownDevice, continueAfterPassword, findSignInUser, incorrectCredentials } from './signInSteps.ts'
import {
  SrpError,
  beginSrpChallenge,
  createPasswordVerifier,
  srpPoolName,
  verifySrpChallengeResponse,
  type SrpChallengeState,
} from './srp.ts'
import { userSrpVerifier } from './userSrpVerifier.ts'

/**
 * USER_SRP_AUTH and the device challenges, SRP-6a as aws-amplify 6 computes it (see srp.ts):
 * InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER -> [DEVICE_SRP_AUTH -> DEVICE_PASSWORD_VERIFIER]
 * -> tokens. Each challenge's server secret (b) lives only in the emulator's session store.
 */

function required(parameters: Record<string, string>, name: string): string {
  const value = parameters[name]
  if (value === undefined || value === '') throw missingParameter(name)
  return value
}

async function begin(params: Parameters<typeof beginSrpChallenge>[0]) {
  try {
    return await beginSrpChallenge(params)
  } catch (error) {
    if (error instanceof SrpError) throw new ServiceError('InvalidParameterException', error.message)
    throw error
  }
}

function srpState(session: AuthSession): SrpChallengeState {
  const { poolName, userId, saltHex, verifierHex, srpAHex, bHex, BHex, secretBlock } = session.data
  return { poolName, userId, saltHex, verifierHex, srpAHex, bHex, BHex, secretBlock } as SrpChallengeState
}

/** The answer's USERNAME must name the session's user (any letter case, as usernames are). */
function sameUser(session: AuthSession, username: string): boolean {
  return username.toLowerCase() === session.username.toLowerCase()
}

/** The session's user, still there (a reloaded seed ends every session). */
function sessionUser(session: AuthSession, context: OperationContext): StoredUser {
  const user = context.state.findUser(session.username)
  if (!user) throw notAuthorized('Invalid session for the user, session is expired.')
  return user
}

/** A failed proof ends the session: one guess per server secret, as Cognito's sessions allow. */
function failProof(session: AuthSession, context: OperationContext, error: ServiceError): never {
  context.state.sessions.close(session.id)
  throw error
}

/**
 * InitiateAuth USER_SRP_AUTH `{USERNAME, SRP_A}` -> PASSWORD_VERIFIER. USER_ID_FOR_SRP and USERNAME
 * are both the canonical username (Amplify files the device under one and looks it up under the
 * other). An unknown user under PreventUserExistenceErrors gets a challenge from a throwaway
 * verifier and fails at the answer like a wrong password. A `DEVICE_KEY` the user does not have
 * (forgotten, unknown) answers "Device does not exist." already here, as amplify-js PR #12188 lists
 * for this step (FACTS.md#sign-in-with-a-stale-device-key).
 */
export async function startUserSrpAuth(parameters: Record<string, string>, client: StoredClient, context: OperationContext) {
  const username = required(parameters, 'USERNAME')
  const srpA = required(parameters, 'SRP_A')
  const user = findSignInUser(username, context)
  if (user) assertKnownDevice(user, parameters.DEVICE_KEY, context)
  const poolName = srpPoolName(context.state.settings.id)
  const userId = user?.username ?? username
  const verifier = user
    ? await userSrpVerifier(user, context.state.settings.id)
    : await createPasswordVerifier({ poolName, userId, password: crypto.randomUUID() })
  const challenge = await begin({ poolName, userId, ...verifier, srpA })
  const session = context.state.sessions.open(
    { username: userId, clientId: client.id, challengeName: 'PASSWORD_VERIFIER', data: { ...challenge.state } },
    context.now,
  )
  return {
    ChallengeName: 'PASSWORD_VERIFIER',
    Session: session.id,
    ChallengeParameters: { ...challenge.challengeParameters, USER_ID_FOR_SRP: userId, USERNAME: userId },
  }
}

/**
 * PASSWORD_VERIFIER `{USERNAME, PASSWORD_CLAIM_SECRET_BLOCK, TIMESTAMP, PASSWORD_CLAIM_SIGNATURE,
 * DEVICE_KEY?}`. A wrong proof ends the session; "Device does not exist." keeps it, because
 * Amplify then answers the same session again without DEVICE_KEY.
 */
export async function answerPasswordVerifier(responses: Record<string, string>, session: AuthSession, client: StoredClient, context: OperationContext) {
  const username = required(responses, 'USERNAME')
  for (const name of ['PASSWORD_CLAIM_SECRET_BLOCK', 'TIMESTAMP', 'PASSWORD_CLAIM_SIGNATURE']) required(responses, name)
  const user = context.state.findUser(session.username)
  const proven = sameUser(session, username) && (await verifySrpChallengeResponse(srpState(session), responses))
  try {
    acceptPasswordProof(user, proven)
  } catch (error) {
    if (!proven) failProof(session, context, error as ServiceError)
    throw error
  }
  return continueAfterPassword(user, client, responses.DEVICE_KEY, context)
}

/**
 * DEVICE_SRP_AUTH `{USERNAME, SRP_A, DEVICE_KEY}` (continuing the session the password step
 * opened) -> DEVICE_PASSWORD_VERIFIER. Device SRP: poolName = the DeviceGroupKey, user id = the
 * DeviceKey, verifier and salt = what ConfirmDevice stored.
 */
export async function answerDeviceSrpAuth(responses: Record<string, string>, session: AuthSession, client: StoredClient, context: OperationContext) {
  const username = required(responses, 'USERNAME')
  const srpA = required(responses, 'SRP_A')
  const deviceKey = required(responses, 'DEVICE_KEY')
  const user = sessionUser(session, context)
  if (!sameUser(session, username)) throw incorrectCredentials()
  const device = context.state.findDevice(deviceKey)
  if (!device || device.owner !== user.username || !device.verifier) throw deviceDoesNotExist()
  if (device.key !== session.data.deviceKey) throw new ServiceError('InvalidParameterException', 'DEVICE_KEY is not the device this session challenged.')
  const challenge = await begin({ poolName: user.deviceGroupKey, userId: device.key, ...device.verifier, srpA })
  const next = context.state.sessions.open(
    { username: user.username, clientId: client.id, challengeName: 'DEVICE_PASSWORD_VERIFIER', data: { ...challenge.state, deviceKey: device.key } },
    context.now,
  )
  return {
    ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
    Session: next.id,
    ChallengeParameters: { ...challenge.challengeParameters, USERNAME: user.username, DEVICE_KEY: device.key },
  }
}

/**
 * DEVICE_PASSWORD_VERIFIER `{USERNAME, PASSWORD_CLAIM_SECRET_BLOCK, TIMESTAMP,
 * PASSWORD_CLAIM_SIGNATURE, DEVICE_KEY}` -> tokens bound to the device (its last sign-in date and
 * `last_ip_used` updated). A wrong device secret is NotAuthorizedException and ends the session.
 */
export async function answerDevicePasswordVerifier(
  responses: Record<string, string>,
  session: AuthSession,
  client: StoredClient,
  context: OperationContext,
) {
  const username = required(responses, 'USERNAME')
  const deviceKey = required(responses, 'DEVICE_KEY')
  for (const name of ['PASSWORD_CLAIM_SECRET_BLOCK', 'TIMESTAMP', 'PASSWORD_CLAIM_SIGNATURE']) required(responses, name)
  const user = sessionUser(session, context)
  const proven =
    sameUser(session, username) && deviceKey === session.data.deviceKey && (await verifySrpChallengeResponse(srpState(session), responses))
  if (!proven) failProof(session, context, incorrectCredentials())
  assertUserMayAct(user)
  return completeAuthentication(user, client, deviceKey, context)
}
