import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { forgetOtherDevicesMutation } from '../query/forgetOtherDevices'
import type { DeviceMutationSnapshot } from '../query/optimisticWrites'
import { useDeviceQueryContext } from './useDeviceSession'

/** What `useForgetOtherDevices()` gives: TanStack's mutation result, as it is (`data`: how many were forgotten). */
export type UseForgetOtherDevicesResult = UseMutationResult<number, Error, void, DeviceMutationSnapshot>

/**
 * Forget every device but this one, across all pages: `mutate()`; `data` is how many were
 * forgotten. Optimistic; a failure part-way is reported and what remains stays listed.
 */
export function useForgetOtherDevices(): UseForgetOtherDevicesResult {
  return useMutation(forgetOtherDevicesMutation(useDeviceQueryContext()))
}
