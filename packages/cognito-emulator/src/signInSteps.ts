import { ServiceError, deviceDoesNotExist, notAuthorized } from './ServiceError.ts'
import { assertUserMayAct } from './authorizeAccessToken.ts'
import { completeAuthentication } from './completeAuthentication.ts'
import type { OperationContext } from './OperationContext.ts'
import type { StoredClient, StoredDevice, StoredUser } from './poolState.ts'

/**
 * The steps every password sign-in shares (USER_PASSWORD_AUTH in InitiateAuth, USER_SRP_AUTH
 * across InitiateAuth and the PASSWORD_VERIFIER answer), so both flows answer alike.
 */

export const incorrectCredentials = () => notAuthorized('Incorrect username or password.')

/**
 * The user a sign-in names. Unknown: with PreventUserExistenceErrors (Cognito's default) the caller
 * gets `undefined` and must fail later exactly as a wrong password does; without it,
 * UserNotFoundException at once.
 */
export function findSignInUser(username: string, context: OperationContext): StoredUser | undefined {
  const user = context.state.findUser(username)
  if (!user && !context.state.settings.preventUserExistenceErrors) throw new ServiceError('UserNotFoundException', 'User does not exist.')
  return user
}

/**
 * After the client proved (or failed to prove) the password, in Cognito's order: a disabled user
 * is told so before the password is judged; a wrong password or an unknown user is "Incorrect
 * username or password."; then the account flags (password reset required, unconfirmed).
 */
export function acceptPasswordProof(user: StoredUser | undefined, proven: boolean): asserts user is StoredUser {
  if (user?.disabled) throw notAuthorized('User is disabled.')
  if (!user || !proven) throw incorrectCredentials()
  assertUserMayAct(user)
}

/**
 * The user's device a sign-in step names in DEVICE_KEY; none when device tracking is off or no key
 * was sent. A key that is not the user's (unknown, forgotten) is ResourceNotFoundException "Device
 * does not exist." (Amplify clears its device metadata and repeats the step without the key).
 */
export function assertKnownDevice(user: StoredUser, deviceKey: string | undefined, context: OperationContext): StoredDevice | undefined {
  if (context.state.settings.deviceTracking === false || deviceKey === undefined) return undefined
  const device = context.state.findDevice(deviceKey)
  if (!device || device.owner !== user.username) throw deviceDoesNotExist()
  return device
}

export interface DeviceChallengeResult {
  ChallengeName: 'DEVICE_SRP_AUTH'
  Session: string
  ChallengeParameters: Record<string, string>
}

/**
 * What follows a proven password, given the DEVICE_KEY the client sent (InitiateAuth for
 * USER_PASSWORD_AUTH, the PASSWORD_VERIFIER answer for USER_SRP_AUTH):
 * - device tracking off, or no DEVICE_KEY: tokens (with NewDeviceMetadata for a new device);
 * - a key that is not the user's (unknown, forgotten): ResourceNotFoundException "Device does not
 *   exist." (Amplify clears its device metadata and repeats the step without the key);
 * - a remembered device whose SRP verifier ConfirmDevice stored: the DEVICE_SRP_AUTH challenge;
 * - any other device of the user (not remembered, never confirmed, or seeded without a verifier):
 *   no device challenge; tokens bound to that same device, no new device.
 */
export async function continueAfterPassword(user: StoredUser, client: StoredClient, deviceKey: string | undefined, context: OperationContext) {
  const device = assertKnownDevice(user, deviceKey, context)
  if (!device) return completeAuthentication(user, client, undefined, context)
  if (device.remembered && device.verifier) {
    const session = context.state.sessions.open(
      { username: user.username, clientId: client.id, challengeName: 'DEVICE_SRP_AUTH', data: { deviceKey: device.key } },
      context.now,
    )
    const challenge: DeviceChallengeResult = { ChallengeName: 'DEVICE_SRP_AUTH', Session: session.id, ChallengeParameters: {} }
    return challenge
  }
  return completeAuthentication(user, client, deviceKey, context)
}
