import { amplifyConnection, type AmplifyDeviceApiOptions } from './amplifyDeviceApi'
import { cognitoPasskeyOperations } from './cognitoPasskeyApi'
import type { PasskeyApi } from './PasskeyApi'

/**
 * The PasskeyApi of an app signed in with aws-amplify v6: endpoint from `Amplify.getConfig()`
 * (honouring `userPoolEndpoint`), the access token from `fetchAuthSession()`, as amplifyDeviceApi.
 * The kit's own wire client, not Amplify's `associateWebAuthnCredential`: that one throws a
 * PasskeyError of its own for a cancelled prompt, and the kit must tell "cancelled" (nothing to show)
 * from a failure by the browser's own error name.
 */
export function amplifyPasskeyApi(options: AmplifyDeviceApiOptions = {}): PasskeyApi {
  return cognitoPasskeyOperations(amplifyConnection(options))
}
