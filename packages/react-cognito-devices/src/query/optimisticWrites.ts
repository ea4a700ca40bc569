import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { DeviceSession } from '../api/DeviceApi'
import type { Device } from '../model/device'
import type { DeviceListData } from './deviceQueries'
import * as deviceKeys from './cacheKeys'

// The one-device writes are optimistic "via the cache", as TanStack's optimistic-updates guide
// shows (https://tanstack.com/query/latest/docs/framework/react/guides/optimistic-updates): change
// the cache in `onMutate`, roll back in `onError`, fetch again in `onSettled`. Writes run side by
// side, so two things differ from the guide's example, both from TkDodo's "Concurrent Optimistic
// Updates in React Query" (https://tkdodo.eu/blog/concurrent-optimistic-updates-in-react-query):
// a failure puts back only its own devices, and the queries are fetched again only when the last
// pending device write settles. Signing out every other device is not optimistic (a device leaves the
// list only once Cognito confirmed it: `applyConfirmed`), and settles like them. Only public
// QueryClient methods are used.

/** What a write does to the listed devices, page by page. */
export type DeviceListChange = (devices: readonly Device[]) => readonly Device[]

/** What an optimistic device write keeps to roll back (the context its `onMutate` returns). */
export interface DeviceMutationSnapshot {
  /** Whose cache the snapshot is of: the user signed in when the write started. */
  readonly userId: string
  /** The list before the change: what a failure puts back, device by device. */
  readonly list: DeviceListData | undefined
  /** The device's detail before the change. */
  readonly device: Device | undefined
}

/**
 * `onMutate`: stops a fetch of the device's detail (it read Cognito before the write), lets a fetch
 * of the list that is under way land first, snapshots, then changes every loaded page. The list
 * fetch is not cancelled, as the guide's `cancelQueries` would: it may be "Show more" loading the
 * next page, which a cancellation throws away, or the first load. Landing first, what it brings is
 * changed too.
 */
export async function changeList(queryClient: QueryClient, userId: string, change: DeviceListChange, deviceKey: string) {
  const detailKey = deviceKeys.detail(userId, deviceKey)
  await Promise.all([queryClient.cancelQueries({ queryKey: detailKey, exact: true }), listFetchLanded(queryClient, userId)])
  const snapshot: DeviceMutationSnapshot = { userId, list: queryClient.getQueryData(deviceKeys.list(userId)), device: queryClient.getQueryData(detailKey) }
  applyToList(queryClient, userId, change)
  return snapshot
}

/**
 * `onError`: puts back, in the cache of the user the snapshot was taken from, the written device as
 * it was (at its place, if it left the list) and its detail, and only while that user is still
 * signed in: a failure that arrives after a sign-out or a switch of user must not bring the last
 * user's devices back into a shared QueryClient. Every other device keeps what other writes did to
 * it meanwhile.
 */
export function restore(queryClient: QueryClient, snapshot: DeviceMutationSnapshot | undefined, deviceKey: string, sessionScope: string | undefined) {
  if (!snapshot) return
  // A host that passes its own `session` and never caches the kit's session query keeps the plain rollback.
  // The session is the DeviceApi's (`sessionScope`): an admin console's QueryClient may also hold its staff's own.
  const session = queryClient.getQueryState<DeviceSession>(deviceKeys.session(sessionScope))
  if (session && session.data?.userId !== snapshot.userId) return
  const before = snapshot.list
  if (before) queryClient.setQueryData<DeviceListData>(deviceKeys.list(snapshot.userId), (list) => list && putBack(list, before, deviceKey))
  if (snapshot.device) queryClient.setQueryData(deviceKeys.detail(snapshot.userId, deviceKey), snapshot.device)
}

export interface Settlement {
  /** The write's change, when Cognito confirmed it; undefined after a failure. */
  readonly confirmed: DeviceListChange | undefined
  /** What no longer matches Cognito (or may not): marked stale here, fetched again by the last write. */
  readonly stale: readonly QueryKey[]
}

/**
 * `onSettled`. A confirmed change goes over the list again: a refetch that read Cognito before the
 * write may have landed since (one still under way lands first). What the write touched is marked
 * stale; when this is the last device write pending, every stale query on screen is fetched again
 * and the promise is returned, so the write stays pending until they are fresh. Not earlier: a
 * fetch while other writes are pending would bring back what they took off. A confirmed write does
 * not make the list stale (it now is what Cognito holds): ten loaded pages are not fetched again
 * for one forget, against a quota of 50 reads a second per pool.
 */
export function settle(queryClient: QueryClient, userId: string, { confirmed, stale }: Settlement): Promise<void> | undefined {
  const last = queryClient.isMutating({ mutationKey: deviceKeys.root }) === 1
  for (const queryKey of stale) void queryClient.invalidateQueries({ queryKey, refetchType: 'none' })
  const landed = listFetchLanded(queryClient, userId).then(() => confirmed && applyToList(queryClient, userId, confirmed))
  // A write that is not the last returns at once, so the last one counts it as done.
  if (!last) return undefined
  return landed.then(() => {
    // A write started while the fetch was landing is now the last one.
    if (queryClient.isMutating({ mutationKey: deviceKeys.root }) > 1) return undefined
    return queryClient.refetchQueries({ queryKey: deviceKeys.all(userId), type: 'active', stale: true })
  })
}

/**
 * A change Cognito confirmed, for a write that leaves the list alone until then: applied once a
 * fetch of the list under way (which read Cognito before the write) has landed, so it is not undone.
 */
export function applyConfirmed(queryClient: QueryClient, userId: string, change: DeviceListChange): Promise<void> {
  return listFetchLanded(queryClient, userId).then(() => applyToList(queryClient, userId, change))
}

/**
 * Resolves once a fetch of the list under way has landed, without cancelling it: with
 * `cancelRefetch: false`, `refetchQueries` joins the running fetch instead of starting another
 * (TanStack's RefetchOptions), and it swallows a failure (which shows as the list's error).
 */
function listFetchLanded(queryClient: QueryClient, userId: string): Promise<void> {
  const listKey = deviceKeys.list(userId)
  if (queryClient.isFetching({ queryKey: listKey, exact: true }) === 0) return Promise.resolve()
  return queryClient.refetchQueries({ queryKey: listKey, exact: true }, { cancelRefetch: false })
}

function applyToList(queryClient: QueryClient, userId: string, change: DeviceListChange) {
  queryClient.setQueryData<DeviceListData>(deviceKeys.list(userId), (list) => list && mapDevices(list, change))
}

function mapDevices(list: DeviceListData, change: DeviceListChange): DeviceListData {
  return { ...list, pages: list.pages.map((page) => ({ ...page, devices: change(page.devices) })) }
}

/**
 * The list with one device as it was in `before`: where it is listed, its old self in its place;
 * where it left the list, back on its old page, ahead of the next device that was after it.
 */
function putBack(list: DeviceListData, before: DeviceListData, deviceKey: string): DeviceListData {
  const isIt = (device: Device) => device.key === deviceKey
  const pageIndex = before.pages.findIndex((page) => page.devices.some(isIt))
  const devicesBefore = before.pages[pageIndex]?.devices ?? []
  const index = devicesBefore.findIndex(isIt)
  const device = devicesBefore[index]
  if (!device) return list
  if (list.pages.some((page) => page.devices.some(isIt))) return mapDevices(list, (devices) => devices.map((listed) => (isIt(listed) ? device : listed)))
  const followers = new Set(devicesBefore.slice(index + 1).map((follower) => follower.key))
  const target = Math.min(pageIndex, list.pages.length - 1)
  return {
    ...list,
    pages: list.pages.map((page, at) => {
      if (at !== target) return page
      const next = page.devices.findIndex((candidate) => followers.has(candidate.key))
      const place = next === -1 ? page.devices.length : next
      return { ...page, devices: [...page.devices.slice(0, place), device, ...page.devices.slice(place)] }
    }),
  }
}
