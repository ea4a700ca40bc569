import type { Device, DevicePage } from '../model/device'

/** Who is signed in, as far as the device calls care. */
export interface DeviceSession {
  /** The user's `sub`; query caches are scoped by it. */
  readonly userId: string
  /** The `device_key` claim of the access token: "this device". Absent when the pool does not track devices. */
  readonly currentDeviceKey: string | undefined
  /**
   * How long this session's access tokens live, in seconds (`exp - iat`): the longest another device
   * signed out from here stays signed in. Undefined when the token does not say.
   */
  readonly accessTokenLifetimeSeconds?: number | undefined
}

/**
 * Auth changes an adapter reports, so cached devices follow the signed-in user: sign-in and sign-out
 * drop every cached device; a failed token refresh re-checks the session (which may end it).
 */
export type DeviceApiEvent = 'signed-in' | 'signed-out' | 'token-refreshed' | 'token-refresh-failed'

export interface CallOptions {
  readonly signal?: AbortSignal | undefined
}

/**
 * The port between the kit and Cognito. `amplifyDeviceApi()` and `tokenDeviceApi()` implement it;
 * tests and hosts with their own backend can too.
 */
export interface DeviceApi {
  /**
   * Whose session this adapter reads, when it is not "whoever is signed in here": the admin adapter's
   * pool and target user. Sessions are cached per scope, so a provider switched to an adapter of
   * another scope never shows the last one's session, nor the devices cached under it.
   */
  readonly sessionScope?: string | undefined
  getSession(options?: CallOptions): Promise<DeviceSession>
  getDevice(deviceKey: string, options?: CallOptions): Promise<Device>
  listDevices(cursor?: string, options?: CallOptions & { limit?: number }): Promise<DevicePage>
  forgetDevice(deviceKey: string, options?: CallOptions): Promise<void>
  setRemembered(deviceKey: string, remembered: boolean, options?: CallOptions): Promise<void>
  /**
   * Cognito GlobalSignOut: ends every session of the user, this one included (every refresh token is
   * revoked; access tokens issued from them answer "Access Token has been revoked"). Resolves only
   * when Cognito confirmed it; the adapter then ends the local session and reports 'signed-out'.
   * Rejects, with nothing changed here, when Cognito did not. Optional, so custom adapters compile.
   */
  signOutEverywhere?(options?: CallOptions): Promise<void>
  /**
   * Subscribe to auth changes; returns the unsubscribe function. Called while a DeviceKitProvider is
   * mounted; a provider that mounts later reads the session again before showing anything.
   */
  subscribe?(listener: (event: DeviceApiEvent) => void): () => void
}

/** The events that may mean another user: every cached device goes. */
export function changesUser(event: DeviceApiEvent): boolean {
  return event === 'signed-in' || event === 'signed-out'
}
