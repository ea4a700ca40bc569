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

/** What a write does to the listed devices, page by page. */
export type DeviceListChange = (devices: readonly Device[]) => readonly Device[]

/** What an optimistic device mutation keeps to roll back (the context of its hooks). */
export interface DeviceMutationSnapshot {
  /** Whose cache the snapshot is of: the user signed in when the mutation started. */
  readonly userId: string
  /** The list before the change: what a failure puts back, device by device. */
  readonly list: DeviceListData | undefined
  readonly device: Device | undefined
  /**
   * The write's own change to the list: applied again over a list fetched while the write is
   * pending (that fetch read Cognito before it), and once Cognito confirms it.
   */
  readonly change?: DeviceListChange | undefined
  /** The write cut short a first load or refetch of the list: it is done again once the write settles. */
  readonly interruptedLoad?: boolean | undefined
}

/**
 * Mutation options, optimistic as in TanStack's guide: cancel -> snapshot -> set -> roll back on
 * error -> invalidate on settle (returned, so `isPending` lasts until the list is fresh again).
 * Writes run side by side, so each one rolls back and confirms only its own device: putting back
 * the whole snapshot would undo the others.
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
      // Not the host's `defaultOptions.mutations.retry`: after a network failure the forget may have
      // happened, and sending it again would report "not found" for a device that is gone.
      retry: false,
      onMutate: async (deviceKey): Promise<DeviceMutationSnapshot> => {
        const forgotten: DeviceListChange = (devices) => devices.filter((device) => device.key !== deviceKey)
        const snapshot = await changeOptimistically(queryClient, userId, deviceKey, forgotten)
        queryClient.removeQueries({ queryKey: deviceKeys.detail(userId, deviceKey), exact: true })
        return snapshot
      },
      onError: (_error, deviceKey, snapshot) => restore(queryClient, snapshot, [deviceKey]),
      // A detail still on screen asks again, and learns the device is gone (device-not-found).
      onSettled: (_data, error, deviceKey, snapshot) => settle(queryClient, snapshot?.userId ?? userId, deviceKey, error, snapshot),
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
      // Not the host's `defaultOptions.mutations.retry`: a failure is shown and rolled back, not hidden.
      retry: false,
      onMutate: async ({ deviceKey, remembered }): Promise<DeviceMutationSnapshot> => {
        const update = (device: Device) => (device.key === deviceKey ? withRemembered(device, remembered) : device)
        const snapshot = await changeOptimistically(queryClient, userId, deviceKey, (devices) => devices.map(update))
        queryClient.setQueryData<Device>(deviceKeys.detail(userId, deviceKey), (device) => device && update(device))
        return snapshot
      },
      onError: (_error, { deviceKey }, snapshot) => restore(queryClient, snapshot, [deviceKey]),
      onSettled: (_data, error, { deviceKey }, snapshot) => settle(queryClient, snapshot?.userId ?? userId, deviceKey, error, snapshot),
      throwOnError: throwsToBoundary,
    })
  },
}

/**
 * Cancels what could overwrite the change (a list or detail fetch that read Cognito before it),
 * snapshots the cache and changes the list. Loading the next page starts again at once: it keeps
 * the loaded pages as they now are and only adds the next. A first load or refetch is done again
 * when the write settles, since now it would bring the old state back.
 */
async function changeOptimistically(queryClient: QueryClient, userId: string, deviceKey: string, change: DeviceListChange) {
  const listKey = deviceKeys.list(userId)
  const detailKey = deviceKeys.detail(userId, deviceKey)
  const [interrupted] = await Promise.all([
    interruptListFetch(queryClient, userId),
    queryClient.cancelQueries({ queryKey: detailKey, exact: true }),
  ])
  const snapshot: DeviceMutationSnapshot = {
    userId,
    list: queryClient.getQueryData(listKey),
    device: queryClient.getQueryData(detailKey),
    change,
    interruptedLoad: interrupted === 'pages',
  }
  queryClient.setQueryData<DeviceListData>(listKey, (list) => list && mapDevices(list, change))
  if (interrupted === 'next-page') void fetchNextPageAgain(queryClient, userId)
  return snapshot
}

/**
 * Puts back, in the cache of the user the snapshot was taken from, the named devices as they were
 * (at their place, if they left the list) and the snapshot's detail, and only while that user is
 * still signed in: a failure that arrives after a sign-out or a switch of user must not bring the
 * last user's devices back into a shared QueryClient (nor, through options updated since, into the
 * next user's list). Every other device keeps what happened to it meanwhile.
 */
export function restore(queryClient: QueryClient, snapshot: DeviceMutationSnapshot | undefined, devicesToRestore: readonly string[]) {
  if (!snapshot) return
  // A host that passes its own `session` and never caches the kit's session query keeps the plain rollback.
  const session = queryClient.getQueryState<DeviceSession>(deviceKeys.session())
  if (session && session.data?.userId !== snapshot.userId) return
  const before = snapshot.list
  if (before) {
    const keys = new Set(devicesToRestore)
    queryClient.setQueryData<DeviceListData>(deviceKeys.list(snapshot.userId), (list) => list && putBack(list, before, keys))
  }
  const [deviceKey] = devicesToRestore
  if (snapshot.device && deviceKey) queryClient.setQueryData(deviceKeys.detail(snapshot.userId, deviceKey), snapshot.device)
}

/**
 * After a write. When Cognito confirmed it, its change is applied again (a refetch that read
 * Cognito before the write may have landed since) and the list is only marked stale: the list now
 * is what Cognito holds, so fetching it again (with ten pages loaded, ten ListDevices for one
 * forget, against a quota of 50 reads a second per pool) waits for the next mount or focus. When
 * the write failed, what Cognito holds is unknown: the list is fetched again. So is a load the write
 * cut short, or one in flight now (it read Cognito before the write). A next page being loaded
 * keeps loading, unless the pages are fetched again: then it follows them. A detail on screen
 * always asks again (a forgotten one then shows "not found").
 */
async function settle(queryClient: QueryClient, userId: string, deviceKey: string, error: Error | null, snapshot: DeviceMutationSnapshot | undefined) {
  const listKey = deviceKeys.list(userId)
  const change = snapshot?.change
  const inFlight = listFetchInFlight(queryClient, userId)
  const refetch = error !== null || snapshot?.interruptedLoad === true || inFlight === 'pages'
  const interrupted = refetch ? await interruptListFetch(queryClient, userId) : undefined
  if (!error && change) queryClient.setQueryData<DeviceListData>(listKey, (list) => list && mapDevices(list, change))
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: listKey, exact: true, refetchType: refetch ? 'active' : 'none' }),
    queryClient.invalidateQueries({ queryKey: deviceKeys.detail(userId, deviceKey), exact: true }),
  ])
  if (refetch) reapplyPendingChanges(queryClient, userId, snapshot)
  if (interrupted === 'next-page') await fetchNextPageAgain(queryClient, userId)
}

/** Settles the list after a write that changed it all at once (forget every other device). */
export async function settleWholeList(queryClient: QueryClient, snapshot: DeviceMutationSnapshot | undefined, userId: string) {
  await queryClient.invalidateQueries({ queryKey: deviceKeys.all(userId) })
  reapplyPendingChanges(queryClient, userId, snapshot)
}

/**
 * A list fetched while other writes are still pending read Cognito before they were done: their
 * changes go on top again, in the order they were made, so a device being forgotten does not come
 * back for the time its ForgetDevice takes.
 */
function reapplyPendingChanges(queryClient: QueryClient, userId: string, own: DeviceMutationSnapshot | undefined) {
  const changes = queryClient
    .getMutationCache()
    .findAll({ mutationKey: deviceKeys.root, status: 'pending' })
    .map((mutation) => mutation.state.context as Partial<DeviceMutationSnapshot> | undefined)
    .filter((context) => context !== own && context?.userId === userId)
    .flatMap((context) => (context?.change ? [context.change] : []))
  if (changes.length === 0) return
  queryClient.setQueryData<DeviceListData>(
    deviceKeys.list(userId),
    (list) => list && changes.reduce((changed, change) => mapDevices(changed, change), list),
  )
}

/** What a list fetch was doing when a write cancelled it: loading the next page, or (re)loading the pages. */
type ListFetch = 'next-page' | 'pages'

function listFetchInFlight(queryClient: QueryClient, userId: string): ListFetch | undefined {
  const state = queryClient.getQueryState(deviceKeys.list(userId))
  if (!state || state.fetchStatus === 'idle') return undefined
  return state.fetchMeta?.fetchMore?.direction === 'forward' ? 'next-page' : 'pages'
}

/**
 * Cancels a fetch of the list in flight (it read Cognito before the write and would overwrite the
 * change when it lands) and says what it was doing, so that it can be done again.
 */
async function interruptListFetch(queryClient: QueryClient, userId: string): Promise<ListFetch | undefined> {
  const inFlight = listFetchInFlight(queryClient, userId)
  if (inFlight) await queryClient.cancelQueries({ queryKey: deviceKeys.list(userId), exact: true })
  return inFlight
}

/** What `fetchNextPage()` of useDevices does; the QueryClient has no method for it. */
function fetchNextPageAgain(queryClient: QueryClient, userId: string): Promise<unknown> {
  const query = queryClient.getQueryCache().find({ queryKey: deviceKeys.list(userId), exact: true })
  // A failure shows as the list's error, as it would have for the fetch it replaces.
  return query?.fetch(undefined, { meta: { fetchMore: { direction: 'forward' } } }).catch(() => undefined) ?? Promise.resolve()
}

export function mapDevices(list: DeviceListData, change: DeviceListChange): DeviceListData {
  return { ...list, pages: list.pages.map((page) => ({ ...page, devices: change(page.devices) })) }
}

/**
 * The list with the devices named in `keys` as they were in `before`: a listed one replaced by its
 * old self, a missing one put back on its old page, ahead of the next device that was after it.
 */
function putBack(list: DeviceListData, before: DeviceListData, keys: ReadonlySet<string>): DeviceListData {
  const pages = list.pages.map((page) => [...page.devices])
  before.pages.forEach((page, pageIndex) => {
    page.devices.forEach((device, index) => {
      if (!keys.has(device.key)) return
      const listed = pages.find((devices) => devices.some((candidate) => candidate.key === device.key))
      if (listed) {
        listed.splice(listed.findIndex((candidate) => candidate.key === device.key), 1, device)
        return
      }
      const target = pages[Math.min(pageIndex, pages.length - 1)]
      if (!target) return
      const followers = new Set(page.devices.slice(index + 1).map((follower) => follower.key))
      const next = target.findIndex((candidate) => followers.has(candidate.key))
      target.splice(next === -1 ? target.length : next, 0, device)
    })
  })
  return { ...list, pages: list.pages.map((page, index) => ({ ...page, devices: pages[index] ?? page.devices })) }
}

function withRemembered(device: Device, remembered: boolean): Device {
  const status = remembered ? 'remembered' : 'not_remembered'
  const others = device.attributes.filter((attribute) => attribute.name !== 'dev:device_remembered_status')
  return { ...device, remembered, attributes: [...others, { name: 'dev:device_remembered_status', value: status }] }
}
