import { infiniteQueryOptions, queryOptions, skipToken, type InfiniteData, type QueryClient, type QueryFunction, type QueryKey, type SkipToken } from '@tanstack/react-query'
import type { DeviceApi, DeviceSession } from '../api/DeviceApi'
import { MAX_PAGE_SIZE, type Device, type DevicePage } from '../model/device'
import { assertDeviceKey } from '../cognito/deviceKey'
import * as deviceKeys from './cacheKeys'
import type { ResolveLocation } from './deviceLocation'
import { deviceQueryErrorOptions } from './errorHandling'
import { shareUnchangedDevice, shareUnchangedDevices } from './shareUnchangedDevices'

/** Devices change rarely; a list or device fetched this recently is shown without asking again. */
export const DEVICE_STALE_TIME_MS = 30_000

export type DeviceListData = InfiniteData<DevicePage, string | undefined>

/**
 * What every query and mutation options factory of the kit takes first (a host builds it from
 * `useDeviceKit()`, `useQueryClient()` and `useDeviceSession().data`): where devices come from, who
 * is signed in, and what the host gave DeviceKitProvider. Each factory reads only the members it needs.
 */
export interface DeviceQueryContext {
  readonly api: DeviceApi
  /** Undefined while the session is loading: queries wait (`skipToken`). */
  readonly session?: DeviceSession | undefined
  /**
   * The host's QueryClient, for queries: a device already listed is read from it (TanStack's
   * "initial data from cache"), and a host that turned retries off (`retry: false`) keeps that.
   * Mutations use the client they run in (`context.client` in their callbacks).
   */
  readonly queryClient?: QueryClient | undefined
  /** DeviceKitProvider's `resolveLocation`, for `deviceLocationQuery`. */
  readonly resolveLocation?: ResolveLocation | undefined
  /** DeviceKitProvider's `onSessionEnded`, for `signOutEverywhereMutation`. */
  readonly onSessionEnded?: (() => void) | undefined
}

/**
 * Query options for the kit: use them with `useQuery` / `useInfiniteQuery` / `queryClient.fetchQuery`
 * directly, or through the hooks. What is fetched, cached and retried is all here; the hooks only
 * shape the result (`useDevices` flattens the pages, `useCurrentDevice` picks this device's key).
 */
export const deviceQueries = {
  /** Who is signed in and which device is "this device". Read from tokens, no request to Cognito. */
  session: ({ api, queryClient }: DeviceQueryContext) =>
    queryOptions({
      queryKey: deviceKeys.session(api.sessionScope),
      queryFn: ({ signal }) => api.getSession({ signal }),
      staleTime: DEVICE_STALE_TIME_MS,
      ...deviceQueryErrorOptions(queryClient),
      // Without a session nothing else can load, so any failure here goes to the error boundary.
      throwOnError: true,
      // Read from stored tokens: it must not wait for the network, or an offline page could not
      // even say it is offline.
      networkMode: 'always',
    }),

  /**
   * One device (GetDevice). When a loaded list page already holds it, that copy is used and no
   * request is sent until it is stale. Waits (`skipToken`) while the session is unknown.
   */
  detail: (context: DeviceQueryContext, deviceKey: string) =>
    queryOptions({
      queryKey: deviceKeys.detail(context.session?.userId ?? '', deviceKey),
      ...oneDevice(context, deviceKey),
    }),

  /**
   * This device: `detail` of the session's `device_key` (the same cache entry), or, when the token
   * carries none (the pool tracks no devices, or not this browser), `null` at once: nothing is
   * asked, and the query is not left pending. Waits while the session is unknown.
   */
  current: (context: DeviceQueryContext) => {
    const { session } = context
    const deviceKey = session?.currentDeviceKey
    return queryOptions<Device | null, Error, Device | null, QueryKey>(
      deviceKey
        ? { queryKey: deviceKeys.detail(session?.userId ?? '', deviceKey), ...oneDevice(context, deviceKey) }
        : { queryKey: deviceKeys.noCurrentDevice(session?.userId ?? ''), queryFn: session ? () => null : skipToken, staleTime: 'static' },
    )
  },

  /** The user's devices, a page (up to 60) at a time, following Cognito's PaginationToken. */
  list: ({ api, queryClient, session }: DeviceQueryContext) =>
    infiniteQueryOptions({
      queryKey: deviceKeys.list(session?.userId ?? ''),
      queryFn: session
        ? ({ pageParam, signal }) => api.listDevices(pageParam, { signal, limit: MAX_PAGE_SIZE })
        : skipToken,
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
      structuralSharing: shareUnchangedDevices,
      staleTime: DEVICE_STALE_TIME_MS,
      ...deviceQueryErrorOptions(queryClient),
    }),
}

/** What `detail` and `current` ask for one device: GetDevice, or the copy a loaded list page holds. */
function oneDevice({ api, queryClient, session }: DeviceQueryContext, deviceKey: string) {
  const queryFn: QueryFunction<Device> | SkipToken = session
    ? ({ signal }) => {
        assertDeviceKey(deviceKey)
        return api.getDevice(deviceKey, { signal })
      }
    : skipToken
  return {
    queryFn,
    initialData: session && queryClient ? () => findListedDevice(queryClient, session.userId, deviceKey) : undefined,
    initialDataUpdatedAt: session && queryClient ? () => queryClient.getQueryState(deviceKeys.list(session.userId))?.dataUpdatedAt : undefined,
    structuralSharing: shareUnchangedDevice,
    staleTime: DEVICE_STALE_TIME_MS,
    ...deviceQueryErrorOptions(queryClient),
  } as const
}

function findListedDevice(queryClient: QueryClient, userId: string, deviceKey: string): Device | undefined {
  const list = queryClient.getQueryData<DeviceListData>(deviceKeys.list(userId))
  for (const page of list?.pages ?? []) {
    const device = page.devices.find((candidate) => candidate.key === deviceKey)
    if (device) return device
  }
  return undefined
}
