import { useMutation, useQuery } from '@tanstack/react-query'
import { forgetOtherDevicesMutation, forgetOthersProgressQuery } from '../query/forgetOtherDevices'
import { useDeviceQueryContext } from './useDeviceSession'

/**
 * Sign out every other device (Cognito ForgetDevice for each, across all pages), paced to Cognito's
 * per-user write quota: `mutate()`, or `mutate({ devices: failed.map((f) => f.device) })` to try the
 * refused ones again. `done`, `total` and `failed` follow the user's latest run while it goes, in any
 * component (one mounted again mid-way too); `isRunning` is true until every device was answered.
 * A device leaves the list only once Cognito confirmed it.
 */
export function useForgetOtherDevices() {
  const context = useDeviceQueryContext()
  const mutation = useMutation(forgetOtherDevicesMutation(context))
  const { data: progress } = useQuery(forgetOthersProgressQuery(context.session?.userId ?? ''))
  return {
    ...mutation,
    done: progress?.done ?? 0,
    total: progress?.total,
    failed: progress?.failed ?? [],
    isRunning: progress?.running ?? false,
  }
}
