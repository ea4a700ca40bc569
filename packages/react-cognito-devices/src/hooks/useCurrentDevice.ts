import { skipToken, useQuery } from '@tanstack/react-query'
import { deviceQueries } from '../query/deviceQueries'
import { useDeviceQueryContext } from './useDeviceSession'

export interface UseCurrentDeviceOptions {
  /** `false` waits (no request). The list uses it to ask only for a device it did not list. */
  enabled?: boolean
}

/**
 * This device (the `device_key` of the session), or `deviceKey: undefined` when the pool does not
 * track devices or this browser has none. On Cognito a not-remembered device is not found: user-side
 * GetDevice answers ResourceNotFoundException for it (the query's `error`); useCurrentDeviceStatus
 * reads that as `not-remembered`.
 */
export function useCurrentDevice({ enabled = true }: UseCurrentDeviceOptions = {}) {
  const context = useDeviceQueryContext()
  const deviceKey = context.session?.currentDeviceKey
  const options = deviceQueries.detail(context, deviceKey ?? '')
  const query = useQuery(deviceKey ? { ...options, enabled } : { ...options, queryFn: skipToken })
  return { ...query, deviceKey }
}
