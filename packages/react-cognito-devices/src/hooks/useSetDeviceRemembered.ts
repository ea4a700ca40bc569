import { useMutation } from '@tanstack/react-query'
import { deviceMutations } from '../query/deviceMutations'
import { useDeviceQueryContext } from './useDeviceSession'

/**
 * Remember or stop remembering a device (Cognito UpdateDeviceStatus), for any of the user's
 * devices, not only this one: `mutate({ deviceKey, remembered })`. Optimistic, rolled back on error.
 */
export function useSetDeviceRemembered() {
  return useMutation(deviceMutations.setRemembered(useDeviceQueryContext()))
}
