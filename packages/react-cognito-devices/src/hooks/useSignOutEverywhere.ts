import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { useDeviceKit } from '../provider/DeviceKitProvider'
import { signOutEverywhereMutation } from '../query/signOutEverywhere'

/** What `useSignOutEverywhere()` gives: TanStack's mutation result, as it is. */
export type UseSignOutEverywhereResult = UseMutationResult<void, Error, void, unknown>

/**
 * Sign out of every device, this one included (Cognito GlobalSignOut): `mutate()`. On success the
 * cached devices go and DeviceKitProvider's `onSessionEnded` runs; on failure `error` says why and
 * the user stays signed in here.
 */
export function useSignOutEverywhere(): UseSignOutEverywhereResult {
  const { api, onSessionEnded } = useDeviceKit()
  return useMutation(signOutEverywhereMutation({ api, onSessionEnded }))
}
