import { completeAuthentication } from './completeAuthentication.ts'
import type { OperationContext } from './OperationContext.ts'

export interface DirectSignInOptions {
  /** Default: the first app client. */
  readonly clientId?: string
  /** Reuse this device (must be the user's) instead of creating one. */
  readonly deviceKey?: string
  /** For a new device: its `device_name`. Default a desktop Chrome user agent. */
  readonly deviceName?: string
  /** For a new device: remembered or not. Default: as ConfirmDevice would leave it. */
  readonly remembered?: boolean
  readonly sourceIp?: string
}

export interface DirectSignInResult {
  readonly accessToken: string
  readonly idToken: string
  readonly refreshToken: string
  readonly expiresIn: number
  /** The session's device (the `device_key` claim); undefined when device tracking is off. */
  readonly deviceKey: string | undefined
  readonly deviceGroupKey: string
}

const DEFAULT_DEVICE_NAME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'

/**
 * `emulator.signIn`: tokens for a user without a password or a client, bypassing faults, flags and
 * the request log. With device tracking on it creates (and confirms) a device unless `deviceKey` names one.
 */
export async function directSignIn(
  username: string,
  options: DirectSignInOptions,
  defaultClientId: string,
  context: OperationContext,
): Promise<DirectSignInResult> {
  const { state } = context
  const user = state.findUser(username)
  if (!user) throw new Error(`No user ${username} in the emulator`)
  const clientId = options.clientId ?? defaultClientId
  const client = state.clients.get(clientId)
  if (!client) throw new Error(`No app client ${clientId} in the emulator`)
  const { AuthenticationResult: result } = await completeAuthentication(user, client, options.deviceKey, context)
  const deviceKey = result.NewDeviceMetadata?.DeviceKey ?? options.deviceKey
  const newDevice = result.NewDeviceMetadata ? state.findDevice(result.NewDeviceMetadata.DeviceKey) : undefined
  if (newDevice) {
    const tracking = state.settings.deviceTracking
    newDevice.confirmed = true
    newDevice.name = options.deviceName ?? DEFAULT_DEVICE_NAME
    newDevice.remembered = options.remembered ?? (tracking !== false && !tracking.deviceOnlyRememberedOnUserPrompt)
  }
  return {
    accessToken: result.AccessToken,
    idToken: result.IdToken,
    refreshToken: result.RefreshToken ?? '',
    expiresIn: result.ExpiresIn,
    deviceKey: state.settings.deviceTracking === false ? undefined : deviceKey,
    deviceGroupKey: user.deviceGroupKey,
  }
}
