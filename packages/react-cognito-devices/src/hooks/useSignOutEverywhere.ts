import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useDeviceKit } from '../provider/DeviceKitProvider'
import { signOutEverywhereMutation } from '../query/signOutEverywhere'

/**
 * Sign out of every device, this one included (Cognito GlobalSignOut): `mutate()`. On success the
 * cached devices go and DeviceKitProvider's `onSignIn` runs; on failure `error` says why and the
 * user stays signed in here.
 */
export function useSignOutEverywhere() {
  const { api, onSignIn } = useDeviceKit()
  return useMutation(signOutEverywhereMutation({ api, queryClient: useQueryClient(), onSignIn }))
}
