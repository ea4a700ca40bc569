import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useDeviceKit } from '../provider/DeviceKitProvider'
import { deviceMutations } from '../query/deviceMutations'
import { useDeviceSession } from './useDeviceSession'

/**
 * Remember or stop remembering a device (Cognito UpdateDeviceStatus), for any of the user's
 * devices, not only this one: `mutate({ deviceKey, remembered })`. Optimistic, rolled back on error.
 */
export function useSetDeviceRemembered() {
  const { api } = useDeviceKit()
  const { data: session } = useDeviceSession()
  return useMutation(deviceMutations.setRemembered(api, useQueryClient(), session))
}
