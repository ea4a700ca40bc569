import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import type { DeviceSession } from '../api/DeviceApi'
import type { Device } from '../cognito/device'
import { assertDeviceKey } from '../cognito/deviceKey'
import type { DeviceListData, DeviceQueryContext } from './deviceQueries'
import { deviceKeys } from './deviceKeys'
import { throwsToBoundary } from './errorHandling'

export interface SetRememberedVariables {
  readonly deviceKey: string
  readonly remembered: boolean
}

/** What an optimistic device mutation keeps to roll back (the context of its hooks). */
export interface DeviceMutationSnapshot {
  /** Whose cache the snapshot is of: the user signed in when the mutation started. */
  readonly userId: string
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
      onMutate: async (deviceKey): Promise<DeviceMutationSnapshot> => {
        const snapshot = await cancelAndSnapshot(queryClient, userId, deviceKey)
        queryClient.setQueryData<DeviceListData>(deviceKeys.list(userId), (list) =>
          list && mapDevices(list, (devices) => devices.filter((device) => device.key !== deviceKey)),
        )
        queryClient.removeQueries({ queryKey: deviceKeys.detail(userId, deviceKey), exact: true })
        return snapshot
      },
      onError: (_error, deviceKey, snapshot) => restore(queryClient, snapshot, deviceKey),
      // A detail still on screen asks again, and learns the device is gone (device-not-found).
      onSettled: (_data, error, deviceKey, snapshot) => invalidate(queryClient, snapshot?.userId ?? userId, deviceKey, error),
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
      onMutate: async ({ deviceKey, remembered }): Promise<DeviceMutationSnapshot> => {
        const snapshot = await cancelAndSnapshot(queryClient, userId, deviceKey)
        const update = (device: Device) => (device.key === deviceKey ? withRemembered(device, remembered) : device)
        queryClient.setQueryData<DeviceListData>(deviceKeys.list(userId), (list) =>
          list && mapDevices(list, (devices) => devices.map(update)),
        )
        queryClient.setQueryData<Device>(deviceKeys.detail(userId, deviceKey), (device) => device && update(device))
        return snapshot
      },
      onError: (_error, { deviceKey }, snapshot) => restore(queryClient, snapshot, deviceKey),
      onSettled: (_data, error, { deviceKey }, snapshot) => invalidate(queryClient, snapshot?.userId ?? userId, deviceKey, error),
      throwOnError: throwsToBoundary,
    })
  },
}

async function cancelAndSnapshot(queryClient: QueryClient, userId: string, deviceKey: string): Promise<DeviceMutationSnapshot> {
  const listKey = deviceKeys.list(userId)
  const detailKey = deviceKeys.detail(userId, deviceKey)
  await Promise.all([queryClient.cancelQueries({ queryKey: listKey }), queryClient.cancelQueries({ queryKey: detailKey, exact: true })])
  return { userId, list: queryClient.getQueryData(listKey), device: queryClient.getQueryData(detailKey) }
}

/**
 * Puts the snapshot back, into the cache of the user it was taken from, and only while that user is
 * still signed in: a failure that arrives after a sign-out or a switch of user must not bring the
 * last user's devices back into a shared QueryClient (nor, through options updated since, into the
 * next user's list).
 */
export function restore(queryClient: QueryClient, snapshot: DeviceMutationSnapshot | undefined, deviceKey?: string) {
  if (!snapshot) return
  // A host that passes its own `session` and never caches the kit's session query keeps the plain rollback.
  const session = queryClient.getQueryState<DeviceSession>(deviceKeys.session())
  if (session && session.data?.userId !== snapshot.userId) return
  queryClient.setQueryData(deviceKeys.list(snapshot.userId), snapshot.list)
  if (snapshot.device && deviceKey) queryClient.setQueryData(deviceKeys.detail(snapshot.userId, deviceKey), snapshot.device)
}

/**
 * After a write the list is marked stale. When Cognito confirmed it, the optimistic list already is
 * what Cognito holds, so it is not fetched again now (with ten pages loaded that would be ten
 * ListDevices for one forget, against a quota of 50 reads a second per pool); the next mount or
 * focus refreshes it. When the write failed, what Cognito holds is unknown: the list is fetched again.
 * A detail on screen always asks again (a forgotten one then shows "not found").
 */
function invalidate(queryClient: QueryClient, userId: string, deviceKey: string, error: Error | null) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: deviceKeys.list(userId), refetchType: error ? 'active' : 'none' }),
    queryClient.invalidateQueries({ queryKey: deviceKeys.detail(userId, deviceKey), exact: true }),
  ])
}

export function mapDevices(list: DeviceListData, change: (devices: readonly Device[]) => readonly Device[]): DeviceListData {
  return { ...list, pages: list.pages.map((page) => ({ ...page, devices: change(page.devices) })) }
}

function withRemembered(device: Device, remembered: boolean): Device {
  const status = remembered ? 'remembered' : 'not_remembered'
  const others = device.attributes.filter((attribute) => attribute.name !== 'dev:device_remembered_status')
  return { ...device, remembered, attributes: [...others, { name: 'dev:device_remembered_status', value: status }] }
}
