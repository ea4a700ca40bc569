import type { DeviceApi, DeviceSession } from '../api/DeviceApi'
import { deviceOperations, type DeviceOperation } from '../api/cognitoDeviceApi'
import { callCognito, regionEndpoint } from '../cognito/client'
import { ConfigurationError } from '../model/errors'
import { adminFailure } from './adminFailure'
import { currentCredentials, type AwsCredentialsProvider } from './awsCredentials'
import { assertWebCrypto, signingFetch } from './signRequest'

export interface AdminDeviceApiOptions {
  /** e.g. `eu-west-1`; defaults to the user pool's region. */
  region?: string | undefined
  /** A custom endpoint, e.g. the local emulator; defaults to the region's Cognito endpoint. */
  endpoint?: string | undefined
  /** The user pool, e.g. `eu-west-1_AbC123`; its prefix is the region requests are signed for unless `region` says otherwise. */
  userPoolId: string
  /** The user whose devices are shown: their username, an alias (e.g. email) or their `sub`. */
  username: string
  /**
   * AWS credentials allowed the four Admin device actions on this pool, asked for before every request:
   * e.g. `async () => (await fetchAuthSession()).credentials` for an admin group's IAM role, or
   * temporary credentials from your backend. Never long-lived keys in a browser.
   */
  credentials: AwsCredentialsProvider
  fetch?: typeof fetch
  /** Per-request time limit in milliseconds (default 15 000). */
  timeoutMs?: number
}

/**
 * A DeviceApi over Cognito's Admin device operations (AdminGetDevice, AdminListDevices,
 * AdminForgetDevice, AdminUpdateDeviceStatus) for one user of one pool, signed with SigV4. Their
 * answers carry `dev:device_remembered_status` and list devices that are not remembered.
 *
 * Its session is the target user, `admin:<userPoolId>:<username>`, so each user's devices are cached
 * apart; there is no "this device" and no sign-in events (create one api per user looked up).
 */
export function adminDeviceApi(options: AdminDeviceApiOptions): DeviceApi {
  const { userPoolId, username } = options
  const scope = `admin:${userPoolId}:${username}`
  const session: DeviceSession = { userId: scope, currentDeviceKey: undefined }

  async function call(operation: DeviceOperation, input: object, callOptions: { signal?: AbortSignal | undefined } | undefined) {
    const region = options.region ?? regionOfPool(userPoolId)
    const endpoint = options.endpoint ?? regionEndpoint(region)
    const credentials = await currentCredentials(options.credentials)
    assertWebCrypto()
    try {
      return await callCognito(
        `Admin${operation}`,
        { ...input, UserPoolId: userPoolId, Username: username },
        {
          endpoint,
          signal: callOptions?.signal,
          fetch: signingFetch(options.fetch ?? fetch, credentials, region),
          timeoutMs: options.timeoutMs,
        },
      )
    } catch (error) {
      throw adminFailure(error, credentials)
    }
  }

  return {
    ...deviceOperations(call),
    sessionScope: scope,
    getSession: () => Promise.resolve(session),
  }
}

/** `eu-west-1_AbC123` -> `eu-west-1`, as Cognito pool ids are `<region>_<id>`. */
function regionOfPool(userPoolId: string): string {
  const [region, id] = userPoolId.split('_')
  if (!region || !id) {
    throw new ConfigurationError('adminDeviceApi needs a userPoolId like "eu-west-1_AbC123", or a `region`.')
  }
  return region
}
