import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import { ConfigurationError } from '../model/errors'
import type { DeviceQueryContext } from './deviceQueries'
import * as deviceKeys from './cacheKeys'
import { dropSignedInUser } from './dropCachedDevices'
import { throwsToBoundary } from './errorHandling'

/** @deprecated Use `DeviceQueryContext` (`{ api, onSessionEnded }` is enough here); this shape is accepted for one release. */
export interface SignOutEverywhereContext extends Pick<DeviceQueryContext, 'api' | 'onSessionEnded'> {
  /** @deprecated Not read: the mutation's callbacks use the QueryClient it runs in. */
  readonly queryClient?: QueryClient | undefined
  /** @deprecated Renamed `onSessionEnded`. */
  readonly onSignIn?: (() => void) | undefined
}

/**
 * Sign out everywhere (Cognito GlobalSignOut through `api.signOutEverywhere`). On success
 * `onSessionEnded` runs, every cached device goes and the session is asked again (it is gone). On
 * failure nothing changed: this session goes on, the error (a CognitoError, NetworkError, ... that
 * `classifyError` maps) is the mutation's, and states that end the panel (`signed-out`,
 * `misconfigured`) go to the error boundary as every device call's do.
 */
export function signOutEverywhereMutation(context: Pick<DeviceQueryContext, 'api' | 'onSessionEnded'> | SignOutEverywhereContext) {
  const { api } = context
  const onSessionEnded = context.onSessionEnded ?? ('onSignIn' in context ? context.onSignIn : undefined)
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
    onSuccess: (_data, _variables, _onMutateResult, { client }) => {
      // The host first: one that holds its own tokens drops them there, so the session asked again
      // next is read after that (the revoked tokens would still name the user).
      onSessionEnded?.()
      dropSignedInUser(client)
    },
    throwOnError: throwsToBoundary,
  })
}
