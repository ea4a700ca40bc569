import { regionEndpoint } from '../cognito/client'
import { ConfigurationError, NoSessionError } from '../model/errors'
import { cognitoPasskeyOperations } from './cognitoPasskeyApi'
import type { PasskeyApi } from './PasskeyApi'
import type { TokenDeviceApiOptions } from './tokenDeviceApi'

/**
 * The PasskeyApi for apps that hold Cognito tokens themselves: the same options as `tokenDeviceApi`
 * (the access token needs the `aws.cognito.signin.user.admin` scope, as for devices).
 */
export function tokenPasskeyApi(options: TokenDeviceApiOptions): PasskeyApi {
  return cognitoPasskeyOperations({
    endpoint() {
      if (options.endpoint) return options.endpoint
      if (options.region) return regionEndpoint(options.region)
      throw new ConfigurationError('tokenPasskeyApi needs a `region` (e.g. "eu-west-1") or an `endpoint`.')
    },
    async accessToken() {
      const token = await options.getAccessToken()
      if (!token) throw new NoSessionError()
      return token
    },
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  })
}
