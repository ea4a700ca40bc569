import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { Device } from '../model/device'
import { deviceQueries } from '../query/deviceQueries'
import { useDeviceQueryContext } from './useDeviceSession'
import { withFields } from './withFields'

export interface UseCurrentDeviceOptions {
  /** `false` waits (no request). The list uses it to ask only for a device it did not list. */
  enabled?: boolean
}

/**
 * What `useCurrentDevice()` gives: TanStack's query result, whose `data` is this device, or `null`
 * when the session has no `device_key`; plus that key.
 */
export type UseCurrentDeviceResult = UseQueryResult<Device | null, Error> & {
  /** The session's `device_key`; undefined while the session loads and where devices are not tracked. */
  readonly deviceKey: string | undefined
}

/**
 * This device (the `device_key` of the session). Where the pool does not track devices, or not this
 * browser, it settles at once with `data: null` and `deviceKey: undefined`, asking Cognito nothing.
 * On Cognito a not-remembered device is not found: user-side GetDevice answers
 * ResourceNotFoundException for it (the query's `error`); useCurrentDeviceStatus reads that as
 * `not-remembered`.
 */
export function useCurrentDevice({ enabled = true }: UseCurrentDeviceOptions = {}): UseCurrentDeviceResult {
  const context = useDeviceQueryContext()
  const deviceKey = context.session?.currentDeviceKey
  // `enabled` holds back the request for a device; with no device there is nothing to hold back.
  const query = useQuery({ ...deviceQueries.current(context), enabled: enabled || deviceKey === undefined })
  return withFields(query, { deviceKey })
}
