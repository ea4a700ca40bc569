import { useInfiniteQuery } from '@tanstack/react-query'
import type { Device } from '../model/device'
import { deviceQueries, type DeviceListData } from '../query/deviceQueries'
import { useDeviceQueryContext } from './useDeviceSession'

const allDevices = (data: DeviceListData): readonly Device[] => data.pages.flatMap((page) => page.devices)
const noDevices: readonly Device[] = []

/**
 * The signed-in user's devices, in Cognito's order, a page (up to 60) at a time:
 * `devices` holds every loaded page, `fetchNextPage()` loads the next while `hasNextPage`.
 * `currentDeviceKey` tells which one is this device.
 */
export function useDevices() {
  const context = useDeviceQueryContext()
  const query = useInfiniteQuery({ ...deviceQueries.list(context), select: allDevices })
  return { ...query, devices: query.data ?? noDevices, currentDeviceKey: context.session?.currentDeviceKey }
}
