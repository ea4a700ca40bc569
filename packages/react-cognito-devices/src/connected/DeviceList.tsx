import { forwardRef, useMemo, useState, type ReactNode, type RefAttributes } from 'react'
import { isRemembered, type Device } from '../model/device'
import { classifyError, type DeviceErrorState } from '../errors/classifyError'
import { orderDevices } from '../format/deviceOrder'
import { useCurrentDevice } from '../hooks/useCurrentDevice'
import { useDevices } from '../hooks/useDevices'
import { DevicePlaceContext } from '../components/DeviceLastUsedFrom'
import { DeviceListView, type DeviceListViewProps } from '../components/DeviceListView'
import { renderDevicePlace } from './DevicePlace'
import { useDeviceKit } from '../provider/DeviceKitProvider'

export type DeviceListProps<RowState = unknown> = Omit<
  DeviceListViewProps<RowState>,
  'devices' | 'currentDeviceKey' | 'isLoading' | 'error' | 'onRetry' | 'isRetrying' | 'hasMore' | 'onShowMore' | 'isFetchingMore'
>

/**
 * The signed-in user's devices: this device first, then the most recently used; "Show more" loads
 * Cognito's next page. This device is shown first even when the pages loaded so far leave it out, if
 * GetDevice finds it; not when it answers "not found" (Cognito's answer for a device not remembered),
 * nor from a copy cached before that answer.
 * A transient failure shows inline below what is already listed; a paused (offline) first load
 * says so instead of spinning.
 */
export const DeviceList = /* @__PURE__ */ forwardRef<HTMLDivElement, DeviceListProps>(function DeviceList(props, ref) {
  const list = useDevices()
  // Without a resolver there is no place to show: no card asks (no query per address).
  const { resolveLocation } = useDeviceKit()
  const current = useCurrentDevice({ enabled: needsCurrentDevice(list) })
  const currentDevice = current.data && !current.isError && isRemembered(current.data) ? current.data : undefined
  const devices = useMemo(
    () => orderDevices(list.devices, list.currentDeviceKey, currentDevice),
    [list.devices, list.currentDeviceKey, currentDevice],
  )
  const { error, isRetrying } = useListFailure(list)
  return (
    <DevicePlaceContext.Provider value={resolveLocation ? renderDevicePlace : null}>
      <DeviceListView
        ref={ref}
        {...props}
        devices={devices}
        currentDeviceKey={list.currentDeviceKey}
        // A retry of a failed first page is loading too, but shows as the error row retrying.
        isLoading={list.isPending && list.fetchStatus !== 'paused' && error === undefined}
        error={error}
        onRetry={() => void list.refetch()}
        isRetrying={isRetrying}
        hasMore={list.hasNextPage}
        onShowMore={() => void list.fetchNextPage()}
        isFetchingMore={list.isFetchingNextPage}
      />
    </DevicePlaceContext.Provider>
  )
}) as <RowState = unknown>(props: DeviceListProps<RowState> & RefAttributes<HTMLDivElement>) => ReactNode

/**
 * Ask Cognito for this device only once the list has loaded without it (not remembered, or on a
 * page not loaded yet): when it is listed, opening the panel costs one ListDevices and nothing else.
 */
export function needsCurrentDevice(list: { isSuccess: boolean; devices: readonly Device[]; currentDeviceKey: string | undefined }): boolean {
  return list.isSuccess && !list.devices.some((device) => device.key === list.currentDeviceKey)
}

interface ListStatus {
  error: unknown
  fetchStatus: string
  isPending: boolean
}

/**
 * The failure to show, and whether the list is fetching again while it shows ("Try again",
 * Refresh, a refocus). React Query forgets the error of a first page that failed as soon as it
 * fetches again (back to pending): the last failure is kept until a fetch ends without one, so the
 * error row, its button and the focus on it stay through the retry instead of turning to skeletons.
 */
function useListFailure(list: ListStatus): { error: DeviceErrorState | undefined; isRetrying: boolean } {
  const current = listError(list)
  const isFetching = list.fetchStatus === 'fetching'
  const [last, setLast] = useState(current)
  const error = current ?? (isFetching ? last : undefined)
  // Adjusted during render, as React's "storing information from previous renders" does.
  if (error !== last) setLast(error)
  return { error, isRetrying: isFetching && error !== undefined }
}

function listError(list: ListStatus): DeviceErrorState | undefined {
  if (list.error) return classifyError(list.error)
  if (list.isPending && list.fetchStatus === 'paused') return 'offline'
  return undefined
}
