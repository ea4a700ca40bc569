import { useInfiniteQuery } from '@tanstack/react-query'
import type { Device } from '../cognito/device'
import { useDeviceKit } from '../provider/DeviceKitProvider'
import { deviceQueries, type DeviceListData } from '../query/deviceQueries'
import { useDeviceSession } from './useDeviceSession'

const allDevices = (data: DeviceListData): readonly Device[] => data.pages.flatMap((page) => page.devices)

/**
 * The signed-in user's devices, in Cognito's order, a page (up to 60) at a time:
 * `devices` holds every loaded page, `fetchNextPage()` loads the next while `hasNextPage`.
 * `currentDeviceKey` tells which one is this device.
 */
export function useDevices() {
  const { api } = useDeviceKit()
  const { data: session } = useDeviceSession()
  const query = useInfiniteQuery({ ...deviceQueries.list(api, session), select: allDevices })
  return { ...query, devices: query.data ?? noDevices, currentDeviceKey: session?.currentDeviceKey }
}

const noDevices: readonly Device[] = []
