import { useInfiniteQuery, type UseInfiniteQueryResult } from '@tanstack/react-query'
import type { Device } from '../model/device'
import { deviceQueries, type DeviceListData } from '../query/deviceQueries'
import { useDeviceQueryContext } from './useDeviceSession'
import { withFields } from './withFields'

const allDevices = (data: DeviceListData): readonly Device[] => data.pages.flatMap((page) => page.devices)
const noDevices: readonly Device[] = []

/** What `useDevices()` gives: TanStack's infinite query result (its `data` is the flat device list), plus two fields. */
export type UseDevicesResult = UseInfiniteQueryResult<readonly Device[], Error> & {
  /** Every loaded page's devices, in Cognito's order: `data`, or empty before the first page. */
  readonly devices: readonly Device[]
  /** Which of them is this device (the session's `device_key`); undefined where devices are not tracked. */
  readonly currentDeviceKey: string | undefined
}

/**
 * The signed-in user's devices, in Cognito's order, a page (up to 60) at a time:
 * `devices` holds every loaded page, `fetchNextPage()` loads the next while `hasNextPage`.
 * `currentDeviceKey` tells which one is this device. A component re-renders only for what it reads:
 * one that reads `devices` alone does not for a background refetch that changed nothing.
 */
export function useDevices(): UseDevicesResult {
  const context = useDeviceQueryContext()
  const query = useInfiniteQuery({ ...deviceQueries.list(context), select: allDevices })
  return withFields(query, {
    get devices() {
      return query.data ?? noDevices
    },
    currentDeviceKey: context.session?.currentDeviceKey,
  })
}
