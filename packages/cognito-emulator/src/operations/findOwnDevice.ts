import { deviceDoesNotExist, notAuthorized } from '../ServiceError.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { StoredDevice, StoredUser } from '../poolState.ts'

/** The caller's device by key; another user's device does not exist for them. */
export function findOwnDevice(user: StoredUser, deviceKey: string, context: OperationContext): StoredDevice {
  const device = context.state.findDevice(deviceKey)
  if (!device || device.owner !== user.username) throw deviceDoesNotExist()
  return device
}

/**
 * GetDevice and ForgetDevice model `AccessToken` as optional, and what Cognito answers without it
 * is not documented (no capture found). Default: the null-constraint InvalidParameterException every
 * required member answers (what validateInput gives); a seed may pick NotAuthorizedException
 * "Missing Authentication Token" instead (`userPool.undocumented.missingAccessToken`).
 */
export function assertAccessTokenPresent(input: Record<string, unknown>, context: OperationContext): void {
  if (input.AccessToken !== undefined && input.AccessToken !== null) return
  if (context.state.settings.undocumented.missingAccessToken === 'not-authorized') throw notAuthorized('Missing Authentication Token')
}
