import { ServiceError, notAuthorized } from '../ServiceError'
import { assertUserMayAct } from '../authorizeAccessToken'
import { completeAuthentication } from '../completeAuthentication'
import { assertFlowEnabled, findClient } from '../findClient'
import { missingParameter, validateInput } from '../inputValidation'
import { clientIdRule } from '../memberRules'
import type { Operation, OperationContext } from '../OperationContext'
import type { StoredClient } from '../poolState'
import { refreshAuthentication } from '../refreshAuthentication'
import type { SeedAuthFlow } from '../seedTypes'

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
    const user = context.state.findUser(username)
    if (!user) {
      if (context.state.settings.preventUserExistenceErrors) throw notAuthorized('Incorrect username or password.')
      throw new ServiceError('UserNotFoundException', 'User does not exist.')
    }
    if (user.disabled) throw notAuthorized('User is disabled.')
    if (user.password !== password) throw notAuthorized('Incorrect username or password.')
    assertUserMayAct(user)
    return completeAuthentication(user, client, parameters.DEVICE_KEY, context)
  },
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
 * The flows the emulator runs, by `AuthFlow`. USER_SRP_AUTH (and the device challenges that follow
 * a password step on a remembered device) plug in here and in `challengeResponders` once the SRP
 * math exists; until then they answer InvalidParameterException.
 */
export const authFlows: Partial<Record<(typeof AUTH_FLOWS)[number], AuthFlow>> = {
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
  return flow.start((input.AuthParameters ?? {}) as Record<string, string>, client, context)
}
