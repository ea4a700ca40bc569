import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useDeviceKit } from '../provider/DeviceKitProvider'
import { deviceQueries } from '../query/deviceQueries'
import { useDeviceSession } from './useDeviceSession'

/**
 * One device by key (Cognito GetDevice), cached. A device already in a loaded list is shown
 * without a request; components asking for the same key share one request. An invalid key fails
 * at once with `InvalidDeviceKeyError` and sends nothing.
 */
export function useDevice(deviceKey: string) {
  const { api } = useDeviceKit()
  const { data: session } = useDeviceSession()
  return useQuery(deviceQueries.detail(api, useQueryClient(), session, deviceKey))
}
