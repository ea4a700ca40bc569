import { Amplify } from 'aws-amplify'
import { fetchAuthSession, forgetDevice, signOut } from 'aws-amplify/auth'
import { Hub } from 'aws-amplify/utils'
import { regionEndpoint } from '../cognito/client'
import { assertDeviceKey } from '../cognito/deviceKey'
import { ConfigurationError, NoSessionError } from '../model/errors'
import { sessionFromClaims } from './accessTokenClaims'
import { cognitoDeviceOperations } from './cognitoDeviceApi'
import type { DeviceApi, DeviceApiEvent } from './DeviceApi'

export interface AmplifyDeviceApiOptions {
  fetch?: typeof fetch
  /** Per-request time limit in milliseconds (default 15 000). */
  timeoutMs?: number
}

const hubEvents: ReadonlyMap<string, DeviceApiEvent> = new Map([
  ['signedIn', 'signed-in'],
  ['signedOut', 'signed-out'],
  ['tokenRefresh', 'token-refreshed'],
  ['tokenRefresh_failure', 'token-refresh-failed'],
])

/**
 * The DeviceApi of an app signed in with aws-amplify v6: the endpoint comes from
 * `Amplify.getConfig()` (honouring `userPoolEndpoint`), tokens and "this device" from
 * `fetchAuthSession()`. Forgetting goes through Amplify's own `forgetDevice`, so forgetting this
 * device also clears the device metadata Amplify stores. Create it once, next to your QueryClient
 * (not in a render): the provider subscribes to it, through Amplify's Hub, while it is mounted.
 */
export function amplifyDeviceApi(options: AmplifyDeviceApiOptions = {}): DeviceApi {
  function endpoint(): string {
    const cognito = Amplify.getConfig().Auth?.Cognito
    if (!cognito?.userPoolId) {
      throw new ConfigurationError('Amplify has no Auth.Cognito.userPoolId: call Amplify.configure first.')
    }
    return cognito.userPoolEndpoint ?? regionEndpoint(cognito.userPoolId.split('_')[0] ?? '')
  }

  async function tokens() {
    endpoint() // a missing configuration is a clearer error than "no session"
    const { tokens } = await fetchAuthSession()
    if (!tokens?.accessToken) throw new NoSessionError()
    return tokens
  }

  const { globalSignOut, ...operations } = cognitoDeviceOperations({
    endpoint,
    accessToken: async () => (await tokens()).accessToken.toString(),
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  })

  return {
    ...operations,
    async getSession() {
      return sessionFromClaims((await tokens()).accessToken.payload)
    },
    async forgetDevice(deviceKey) {
      assertDeviceKey(deviceKey)
      await forgetDevice({ device: { id: deviceKey } })
    },
    /**
     * GlobalSignOut through the kit's wire client, and only once Cognito confirmed it, Amplify's
     * `signOut()`: it clears the tokens Amplify stores and fires the Hub's `signedOut`.
     * Not `signOut({ global: true })` alone: Amplify 6 catches a failed GlobalSignOut, logs it at
     * debug level and clears the local tokens anyway (`globalSignOut` in
     * @aws-amplify/auth/src/providers/cognito/apis/signOut.ts, "it should not throw"; logged as "will
     * proceed with token removal" since aws-amplify/amplify-js PR #12561; test/integration/
     * amplifySignOutEverywhere.test.tsx shows it against the emulator), so offline or
     * throttled, the user would be signed out here while every other device stayed signed in, and
     * nobody told. Here such a failure rejects and this session goes on.
     */
    async signOutEverywhere(callOptions) {
      await globalSignOut(callOptions)
      await signOut()
    },
    subscribe(listener) {
      // Hub.listen returns the function that stops listening.
      return Hub.listen('auth', ({ payload }) => {
        const event = hubEvents.get(payload.event)
        if (event) listener(event)
      })
    },
  }
}
