import { useQuery } from '@tanstack/react-query'
import { deviceQueries } from '../query/deviceQueries'
import { useDeviceQueryContext } from './useDeviceSession'

/**
 * One device by key (Cognito GetDevice), cached. A device already in a loaded list is shown
 * without a request; components asking for the same key share one request. An invalid key fails
 * at once with `InvalidDeviceKeyError` and sends nothing.
 */
export function useDevice(deviceKey: string) {
  return useQuery(deviceQueries.detail(useDeviceQueryContext(), deviceKey))
}
