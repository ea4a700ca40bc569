import { ServiceError } from '../ServiceError.ts'
import { assertFlowEnabled, findClient } from '../findClient.ts'
import { mapEntries, missingParameter, validateInput } from '../inputValidation.ts'
import { clientIdRule } from '../memberRules.ts'
import type { Operation, OperationContext } from '../OperationContext.ts'
import type { StoredClient } from '../poolState.ts'
import { refreshAuthentication } from '../refreshAuthentication.ts'
import type { SeedAuthFlow } from '../seedTypes.ts'
import { acceptPasswordProof, continueAfterPassword, findSignInUser } from '../signInSteps.ts'
import { startUserSrpAuth } from '../srpChallenges.ts'

const AUTH_FLOWS = [
  'USER_SRP_AUTH',
  'REFRESH_TOKEN_AUTH',
  'REFRESH_TOKEN',
  'CUSTOM_AUTH',
  'ADMIN_NO_SRP_AUTH',
  'USER_PASSWORD_AUTH',
  'ADMIN_USER_PASSWORD_AUTH',
  'USER_AUTH',
] as const

/** One sign-in flow InitiateAuth starts: its parameters in, tokens or a challenge out. */
export interface AuthFlow {
  /** The app-client setting that must allow it. */
  readonly clientFlow: SeedAuthFlow
  readonly start: (parameters: Record<string, string>, client: StoredClient, context: OperationContext) => Promise<unknown>
}

function requiredParameter(parameters: Record<string, string>, name: string): string {
  const value = parameters[name]
  if (value === undefined || value === '') throw missingParameter(name)
  return value
}

const userPasswordAuth: AuthFlow = {
  clientFlow: 'ALLOW_USER_PASSWORD_AUTH',
  async start(parameters, client, context) {
    const username = requiredParameter(parameters, 'USERNAME')
    const password = requiredParameter(parameters, 'PASSWORD')
    const user = findSignInUser(username, context)
    acceptPasswordProof(user, user?.password === password)
    // A remembered device answers DEVICE_SRP_AUTH here too; Amplify's USER_PASSWORD_AUTH flow
    // (handleUserPasswordAuthFlow) follows that challenge into handleDeviceSRPAuth.
    return continueAfterPassword(user, client, parameters.DEVICE_KEY, context)
  },
}

const userSrpAuth: AuthFlow = {
  clientFlow: 'ALLOW_USER_SRP_AUTH',
  start: startUserSrpAuth,
}

const refreshTokenAuth: AuthFlow = {
  clientFlow: 'ALLOW_REFRESH_TOKEN_AUTH',
  async start(parameters, client, context) {
    const refreshToken = requiredParameter(parameters, 'REFRESH_TOKEN')
    const result = await refreshAuthentication({ clientId: client.id, refreshToken, deviceKey: parameters.DEVICE_KEY }, context)
    return { ChallengeParameters: {}, AuthenticationResult: result }
  },
}

/**
 * The flows the emulator runs, by `AuthFlow`; the others answer InvalidParameterException. The
 * challenges USER_SRP_AUTH leads to are in `challengeResponders` (respondToAuthChallenge.ts).
 */
export const authFlows: Partial<Record<(typeof AUTH_FLOWS)[number], AuthFlow>> = {
  USER_SRP_AUTH: userSrpAuth,
  USER_PASSWORD_AUTH: userPasswordAuth,
  REFRESH_TOKEN_AUTH: refreshTokenAuth,
  REFRESH_TOKEN: refreshTokenAuth,
}

export const initiateAuth: Operation = async (input, context) => {
  validateInput(input, {
    AuthFlow: { type: 'string', required: true, enum: AUTH_FLOWS },
    ClientId: clientIdRule,
    AuthParameters: { type: 'map' },
    ClientMetadata: { type: 'map' },
  })
  const flowName = input.AuthFlow as (typeof AUTH_FLOWS)[number]
  const client = findClient(context.state, input.ClientId as string)
  const flow = authFlows[flowName]
  if (!flow) throw new ServiceError('InvalidParameterException', `${flowName} is not supported by the emulator`)
  assertFlowEnabled(client, flow.clientFlow, flowName)
  return flow.start(mapEntries(input.AuthParameters), client, context)
}
