import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import type { DeviceApi } from '../api/DeviceApi'
import { ConfigurationError } from '../model/errors'
import { deviceKeys } from './deviceKeys'
import { dropSignedInUser } from './dropCachedDevices'
import { throwsToBoundary } from './errorHandling'

export interface SignOutEverywhereContext {
  readonly api: DeviceApi
  readonly queryClient: QueryClient
  /** The host's way to its sign-in page (DeviceKitProvider's `onSignIn`), called once every session ended. */
  readonly onSignIn?: (() => void) | undefined
}

/**
 * Sign out everywhere (Cognito GlobalSignOut through `api.signOutEverywhere`). On success
 * `onSignIn` runs, every cached device goes and the session is asked again (it is gone). On failure
 * nothing changed: this session goes on, the error (a CognitoError, NetworkError, ... that
 * `classifyError` maps) is the mutation's, and states that end the panel (`signed-out`,
 * `misconfigured`) go to the error boundary as every device call's do.
 */
export function signOutEverywhereMutation({ api, queryClient, onSignIn }: SignOutEverywhereContext) {
  return mutationOptions({
    mutationKey: deviceKeys.signOutEverywhere(),
    mutationFn: async () => {
      if (!api.signOutEverywhere) {
        throw new ConfigurationError('This DeviceApi has no signOutEverywhere(): add it to sign out everywhere.')
      }
      await api.signOutEverywhere()
    },
    // Not the host's `defaultOptions.mutations.retry`: a GlobalSignOut whose answer was lost may have
    // happened. The user sees the failure and decides to try again.
    retry: false,
    onSuccess: () => {
      // The host first: one that holds its own tokens drops them there, so the session asked again
      // next is read after that (the revoked tokens would still name the user).
      onSignIn?.()
      dropSignedInUser(queryClient)
    },
    throwOnError: throwsToBoundary,
  })
}
