import { useMutation } from '@tanstack/react-query'
import { forgetOtherDevicesMutation } from '../query/forgetOtherDevices'
import { useDeviceQueryContext } from './useDeviceSession'

/**
 * Forget every device but this one, across all pages: `mutate()`; `data` is how many were
 * forgotten. Optimistic; a failure part-way is reported and what remains stays listed.
 */
export function useForgetOtherDevices() {
  return useMutation(forgetOtherDevicesMutation(useDeviceQueryContext()))
}
