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
 * Needs no aws-amplify. Options it cannot work with (no region or endpoint, an endpoint that is not
 * an http(s) URL, a region that is not an AWS region's name, no token getter) throw a
 * `ConfigurationError` here, at construction, rather than fail every call later as "could not reach".
 */
export function tokenDeviceApi(options: TokenDeviceApiOptions): TokenDeviceApi {
  const cognitoEndpoint = endpointOf(options)
  if (typeof options.getAccessToken !== 'function') {
    throw new ConfigurationError('tokenDeviceApi needs `getAccessToken`: a function that returns the signed-in user\'s access token.')
  }
  const listeners = new Set<(event: DeviceApiEvent) => void>()

  async function accessToken(): Promise<string> {
    const token = await options.getAccessToken()
    if (!token) throw new NoSessionError()
    return token
  }

  const { globalSignOut, ...operations } = cognitoDeviceOperations({
    endpoint: () => cognitoEndpoint,
    accessToken,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  })

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
     * resolves they are revoked, and the app should drop them (its `onSessionEnded` is a good place).
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

/** An AWS region's name (`eu-west-1`, `us-gov-west-1`, `eusc-de-east-1`): what the SDKs put between `cognito-idp.` and the domain. */
const REGION = /^[a-z]{2,}(?:-[a-z]+)+-\d+$/

/** The endpoint the options name, or a ConfigurationError that says what to fix (never quoting the value: it may hold credentials). */
function endpointOf({ region, endpoint }: Pick<TokenDeviceApiOptions, 'region' | 'endpoint'>): string {
  if (endpoint !== undefined) {
    if (typeof endpoint === 'string' && /^https?:$/.test(parsedUrl(endpoint)?.protocol ?? '')) return endpoint
    throw new ConfigurationError('tokenDeviceApi: `endpoint` must be an http(s) URL, e.g. "https://cognito-idp.eu-west-1.amazonaws.com/".')
  }
  if (region !== undefined) {
    if (typeof region === 'string' && REGION.test(region)) return regionEndpoint(region)
    throw new ConfigurationError('tokenDeviceApi: `region` must be an AWS region such as "eu-west-1".')
  }
  throw new ConfigurationError('tokenDeviceApi needs a `region` (e.g. "eu-west-1") or an `endpoint`.')
}

function parsedUrl(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}
