import { deviceDoesNotExist } from './ServiceError.ts'
import type { OperationContext } from './OperationContext.ts'
import type { StoredClient, StoredUser } from './poolState.ts'

export interface AuthenticationResult {
  AccessToken: string
  ExpiresIn: number
  TokenType: 'Bearer'
  RefreshToken?: string
  IdToken: string
  NewDeviceMetadata?: { DeviceKey: string; DeviceGroupKey: string }
}

/**
 * Device key a password sign-in ends with. With device tracking on, a known `DEVICE_KEY` is
 * reused (its last sign-in date and `last_ip_used` updated); none gives a new, unconfirmed
 * device announced as `NewDeviceMetadata`; an unknown or someone else's answers
 * ResourceNotFoundException "Device does not exist." (Amplify then clears it and retries).
 */
function resolveDevice(user: StoredUser, deviceKeyParameter: string | undefined, context: OperationContext) {
  if (context.state.settings.deviceTracking === false) return { deviceKey: undefined, isNew: false }
  if (deviceKeyParameter !== undefined) {
    const device = context.state.findDevice(deviceKeyParameter)
    if (!device || device.owner !== user.username) throw deviceDoesNotExist()
    device.lastAuthenticatedAt = context.now
    device.lastIpUsed = context.sourceIp
    return { deviceKey: device.key, isNew: false }
  }
  const device = context.state.addNewDevice(user.username, context.sourceIp, context.now)
  return { deviceKey: device.key, isNew: true }
}

/**
 * The end of every successful sign-in flow (password now; SRP and device challenges later): picks
 * the device, stores a refresh token bound to it and issues tokens sharing a new `origin_jti`.
 */
export async function completeAuthentication(
  user: StoredUser,
  client: StoredClient,
  deviceKeyParameter: string | undefined,
  context: OperationContext,
): Promise<{ ChallengeParameters: Record<string, string>; AuthenticationResult: AuthenticationResult }> {
  const { deviceKey, isNew } = resolveDevice(user, deviceKeyParameter, context)
  const originJti = crypto.randomUUID()
  const authTime = Math.floor(context.now.getTime() / 1000)
  const refreshToken = `${crypto.randomUUID()}.${crypto.randomUUID()}`.replaceAll('-', '')
  context.state.refreshTokens.set(refreshToken, {
    token: refreshToken,
    username: user.username,
    clientId: client.id,
    deviceKey,
    originJti,
    authTime,
    expiresAt: context.now.getTime() + context.state.settings.refreshTokenValiditySeconds * 1000,
    revoked: false,
  })
  const issued = await context.tokens.issue({ user, clientId: client.id, deviceKey, originJti, authTime }, context.now)
  return {
    ChallengeParameters: {},
    AuthenticationResult: {
      AccessToken: issued.accessToken,
      ExpiresIn: issued.expiresIn,
      TokenType: 'Bearer',
      RefreshToken: refreshToken,
      IdToken: issued.idToken,
      ...(isNew && deviceKey ? { NewDeviceMetadata: { DeviceKey: deviceKey, DeviceGroupKey: user.deviceGroupKey } } : {}),
    },
  }
}
