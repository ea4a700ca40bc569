import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import type { Device } from '../cognito/device'
import { assertDeviceKey } from '../cognito/deviceKey'
import type { DeviceListData, DeviceQueryContext } from './deviceQueries'
import { deviceKeys } from './deviceKeys'
import { throwsToBoundary } from './errorHandling'

export interface SetRememberedVariables {
  readonly deviceKey: string
  readonly remembered: boolean
}

interface Snapshot {
  readonly list: DeviceListData | undefined
  readonly device: Device | undefined
}

/**
 * Mutation options, optimistic as in TanStack's guide: cancel -> snapshot -> set -> roll back on
 * error -> invalidate on settle (returned, so `isPending` lasts until the list is fresh again).
 */
export const deviceMutations = {
  /** ForgetDevice: the device leaves every cached page and its detail at once; a failure puts it back. */
  forget: ({ api, queryClient, session }: DeviceQueryContext) => {
    const userId = session?.userId ?? ''
    return mutationOptions({
      mutationKey: deviceKeys.forget(),
      mutationFn: (deviceKey: string) => {
        assertDeviceKey(deviceKey)
        return api.forgetDevice(deviceKey)
      },
      onMutate: async (deviceKey): Promise<Snapshot> => {
        const snapshot = await cancelAndSnapshot(queryClient, userId, deviceKey)
        queryClient.setQueryData<DeviceListData>(deviceKeys.list(userId), (list) =>
          list && mapDevices(list, (devices) => devices.filter((device) => device.key !== deviceKey)),
        )
        queryClient.removeQueries({ queryKey: deviceKeys.detail(userId, deviceKey), exact: true })
        return snapshot
      },
      onError: (_error, deviceKey, snapshot) => restore(queryClient, userId, deviceKey, snapshot),
      // A detail still on screen asks again, and learns the device is gone (device-not-found).
      onSettled: (_data, _error, deviceKey) =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: deviceKeys.list(userId) }),
          queryClient.invalidateQueries({ queryKey: deviceKeys.detail(userId, deviceKey), exact: true }),
        ]),
      throwOnError: throwsToBoundary,
    })
  },

  /** UpdateDeviceStatus: the device shows its new remembered state at once; a failure puts it back. */
  setRemembered: ({ api, queryClient, session }: DeviceQueryContext) => {
    const userId = session?.userId ?? ''
    return mutationOptions({
      mutationKey: deviceKeys.setRemembered(),
      mutationFn: ({ deviceKey, remembered }: SetRememberedVariables) => {
        assertDeviceKey(deviceKey)
        return api.setRemembered(deviceKey, remembered)
      },
      onMutate: async ({ deviceKey, remembered }): Promise<Snapshot> => {
        const snapshot = await cancelAndSnapshot(queryClient, userId, deviceKey)
        const update = (device: Device) => (device.key === deviceKey ? withRemembered(device, remembered) : device)
        queryClient.setQueryData<DeviceListData>(deviceKeys.list(userId), (list) =>
          list && mapDevices(list, (devices) => devices.map(update)),
        )
        queryClient.setQueryData<Device>(deviceKeys.detail(userId, deviceKey), (device) => device && update(device))
        return snapshot
      },
      onError: (_error, { deviceKey }, snapshot) => restore(queryClient, userId, deviceKey, snapshot),
      onSettled: (_data, _error, { deviceKey }) =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: deviceKeys.list(userId) }),
          queryClient.invalidateQueries({ queryKey: deviceKeys.detail(userId, deviceKey), exact: true }),
        ]),
      throwOnError: throwsToBoundary,
    })
  },
}

async function cancelAndSnapshot(queryClient: QueryClient, userId: string, deviceKey: string): Promise<Snapshot> {
  const listKey = deviceKeys.list(userId)
  const detailKey = deviceKeys.detail(userId, deviceKey)
  await Promise.all([queryClient.cancelQueries({ queryKey: listKey }), queryClient.cancelQueries({ queryKey: detailKey, exact: true })])
  return { list: queryClient.getQueryData(listKey), device: queryClient.getQueryData(detailKey) }
}

function restore(queryClient: QueryClient, userId: string, deviceKey: string, snapshot: Snapshot | undefined) {
  if (!snapshot) return
  queryClient.setQueryData(deviceKeys.list(userId), snapshot.list)
  if (snapshot.device) queryClient.setQueryData(deviceKeys.detail(userId, deviceKey), snapshot.device)
}

function mapDevices(list: DeviceListData, change: (devices: readonly Device[]) => readonly Device[]): DeviceListData {
  return { ...list, pages: list.pages.map((page) => ({ ...page, devices: change(page.devices) })) }
}

function withRemembered(device: Device, remembered: boolean): Device {
  const status = remembered ? 'remembered' : 'not_remembered'
  const others = device.attributes.filter((attribute) => attribute.name !== 'dev:device_remembered_status')
  return { ...device, remembered, attributes: [...others, { name: 'dev:device_remembered_status', value: status }] }
}
