import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { Device } from '../model/device'
import { deviceQueries } from '../query/deviceQueries'
import { useDeviceQueryContext } from './useDeviceSession'

/** What `useDevice(deviceKey)` gives: TanStack's query result, as it is. */
export type UseDeviceResult = UseQueryResult<Device, Error>

/**
 * One device by key (Cognito GetDevice), cached. A device already in a loaded list is shown
 * without a request; components asking for the same key share one request. An invalid key fails
 * at once with `InvalidDeviceKeyError` and sends nothing.
 */
export function useDevice(deviceKey: string): UseDeviceResult {
  return useQuery(deviceQueries.detail(useDeviceQueryContext(), deviceKey))
}
