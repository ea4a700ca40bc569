import { infiniteQueryOptions, queryOptions, skipToken, type InfiniteData, type QueryClient } from '@tanstack/react-query'
import type { DeviceApi, DeviceSession } from '../api/DeviceApi'
import { MAX_PAGE_SIZE, type Device, type DevicePage } from '../model/device'
import { assertDeviceKey } from '../cognito/deviceKey'
import { deviceKeys } from './deviceKeys'
import { deviceQueryErrorOptions } from './errorHandling'
import { shareUnchangedDevices } from './shareUnchangedDevices'

/** Devices change rarely; a list or device fetched this recently is shown without asking again. */
export const DEVICE_STALE_TIME_MS = 30_000

export type DeviceListData = InfiniteData<DevicePage, string | undefined>

/** What every device query needs: where devices come from, the host's QueryClient, who is signed in. */
export interface DeviceQueryContext {
  readonly api: DeviceApi
  readonly queryClient: QueryClient
  /** Undefined while the session is loading: queries wait (`skipToken`). */
  readonly session?: DeviceSession | undefined
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
  detail: ({ api, queryClient, session }: DeviceQueryContext, deviceKey: string) =>
    queryOptions({
      queryKey: deviceKeys.detail(session?.userId ?? '', deviceKey),
      queryFn: session
        ? ({ signal }) => {
            assertDeviceKey(deviceKey)
            return api.getDevice(deviceKey, { signal })
          }
        : skipToken,
      initialData: session ? () => findListedDevice(queryClient, session.userId, deviceKey) : undefined,
      initialDataUpdatedAt: session ? () => queryClient.getQueryState(deviceKeys.list(session.userId))?.dataUpdatedAt : undefined,
      staleTime: DEVICE_STALE_TIME_MS,
      ...deviceQueryErrorOptions(queryClient),
    }),

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

function findListedDevice(queryClient: QueryClient, userId: string, deviceKey: string): Device | undefined {
  const list = queryClient.getQueryData<DeviceListData>(deviceKeys.list(userId))
  for (const page of list?.pages ?? []) {
    const device = page.devices.find((candidate) => candidate.key === deviceKey)
    if (device) return device
  }
  return undefined
}
