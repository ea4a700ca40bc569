import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { deviceMutations } from '../query/deviceMutations'
import type { SetRememberedVariables } from '../query/deviceWrites'
import type { DeviceMutationSnapshot } from '../query/optimisticWrites'
import { useDeviceQueryContext } from './useDeviceSession'

/** What `useSetDeviceRemembered()` gives: TanStack's mutation result, as it is. */
export type UseSetDeviceRememberedResult = UseMutationResult<void, Error, SetRememberedVariables, DeviceMutationSnapshot>

/**
 * Remember or stop remembering a device (Cognito UpdateDeviceStatus), for any of the user's
 * devices, not only this one: `mutate({ deviceKey, remembered })`. Optimistic, rolled back on error.
 */
export function useSetDeviceRemembered(): UseSetDeviceRememberedResult {
  return useMutation(deviceMutations.setRemembered(useDeviceQueryContext()))
}
