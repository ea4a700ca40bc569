import { regionEndpoint } from '../cognito/client'
import { ConfigurationError, NoSessionError } from '../model/errors'
import { sessionFromAccessToken } from './accessTokenClaims'
import { cognitoDeviceOperations } from './cognitoDeviceApi'
import type { DeviceApi, DeviceApiEvent } from './DeviceApi'

export type TokenDeviceApiOptions = (
  | { /** e.g. `eu-west-1` */ region: string; endpoint?: undefined }
  | { region?: undefined; /** A custom endpoint, e.g. the local emulator. */ endpoint: string }
) & {
  /** The signed-in user's Cognito access token, or undefined/null when nobody is signed in. */
  getAccessToken: () => string | null | undefined | Promise<string | null | undefined>
  fetch?: typeof fetch
  /** Per-request time limit in milliseconds (default 15 000). */
  timeoutMs?: number
}

export interface TokenDeviceApi extends DeviceApi {
  /** Tell the kit the user changed (sign-in, sign-out) so cached devices of the last user are dropped. */
  notify(event: DeviceApiEvent): void
}

/**
 * A DeviceApi for apps that hold Cognito tokens themselves (hosted UI, oidc-client-ts, ...).
 * Needs no aws-amplify.
 */
export function tokenDeviceApi(options: TokenDeviceApiOptions): TokenDeviceApi {
  const listeners = new Set<(event: DeviceApiEvent) => void>()

  async function accessToken(): Promise<string> {
    const token = await options.getAccessToken()
    if (!token) throw new NoSessionError()
    return token
  }

  function endpoint(): string {
    if (options.endpoint) return options.endpoint
    if (options.region) return regionEndpoint(options.region)
    throw new ConfigurationError('tokenDeviceApi needs a `region` (e.g. "eu-west-1") or an `endpoint`.')
  }

  const { globalSignOut, ...operations } = cognitoDeviceOperations({ endpoint, accessToken, fetch: options.fetch, timeoutMs: options.timeoutMs })

  function notify(event: DeviceApiEvent) {
    for (const listener of listeners) listener(event)
  }

  return {
    ...operations,
    async getSession() {
      return sessionFromAccessToken(await accessToken())
    },
    /**
     * GlobalSignOut, then 'signed-out' to every subscriber. The tokens are the app's: once this
     * resolves they are revoked, and the app should drop them (its `onSignIn` is a good place).
     */
    async signOutEverywhere(callOptions) {
      await globalSignOut(callOptions)
      notify('signed-out')
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    notify,
  }
}
