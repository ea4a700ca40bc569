import { Amplify } from 'aws-amplify'
import { fetchAuthSession } from 'aws-amplify/auth'
import { regionEndpoint } from '../cognito/client'
import { ConfigurationError, NoSessionError } from '../model/errors'
import { cognitoPasskeyOperations } from './cognitoPasskeyApi'
import type { AmplifyDeviceApiOptions } from './amplifyDeviceApi'
import type { PasskeyApi } from './PasskeyApi'

/**
 * The PasskeyApi of an app signed in with aws-amplify v6: endpoint from `Amplify.getConfig()`
 * (honouring `userPoolEndpoint`), the access token from `fetchAuthSession()`, as amplifyDeviceApi.
 * The kit's own wire client, not Amplify's `associateWebAuthnCredential`: that one throws a
 * PasskeyError of its own for a cancelled prompt, and the kit must tell "cancelled" (nothing to show)
 * from a failure by the browser's own error name.
 */
export function amplifyPasskeyApi(options: AmplifyDeviceApiOptions = {}): PasskeyApi {
  function endpoint(): string {
    const cognito = Amplify.getConfig().Auth?.Cognito
    if (!cognito?.userPoolId) {
      throw new ConfigurationError(
        'Amplify is not configured for a user pool: call Amplify.configure({ Auth: { Cognito: { userPoolId, userPoolClientId } } }) first.',
      )
    }
    return cognito.userPoolEndpoint ?? regionEndpoint(cognito.userPoolId.split('_')[0] ?? '')
  }
  return cognitoPasskeyOperations({
    endpoint,
    async accessToken() {
      endpoint()
      const { tokens } = await fetchAuthSession()
      if (!tokens?.accessToken) throw new NoSessionError()
      return tokens.accessToken.toString()
    },
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  })
}
