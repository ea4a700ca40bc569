import { forwardRef, useMemo } from 'react'
import type { Device } from '../cognito/device'
import { classifyError, type DeviceErrorState } from '../errors/classifyError'
import { useCurrentDevice } from '../hooks/useCurrentDevice'
import { useDevices } from '../hooks/useDevices'
import { DeviceListView, type DeviceListViewProps } from './DeviceListView'

export type DeviceListProps = Omit<
  DeviceListViewProps,
  'devices' | 'currentDeviceKey' | 'isLoading' | 'error' | 'onRetry' | 'hasMore' | 'onShowMore' | 'isFetchingMore'
>

/**
 * The signed-in user's devices: this device first, then the most recently used; "Show more" loads
 * Cognito's next page. This device is shown even when ListDevices leaves it out (not remembered).
 * A transient failure shows inline below what is already listed; a paused (offline) first load
 * says so instead of spinning.
 */
export const DeviceList = forwardRef<HTMLDivElement, DeviceListProps>(function DeviceList(props, ref) {
  const list = useDevices()
  const current = useCurrentDevice({ enabled: needsCurrentDevice(list) })
  const devices = useMemo(
    () => orderDevices(list.devices, list.currentDeviceKey, current.data),
    [list.devices, list.currentDeviceKey, current.data],
  )
  return (
    <DeviceListView
      ref={ref}
      {...props}
      devices={devices}
      currentDeviceKey={list.currentDeviceKey}
      isLoading={list.isPending && list.fetchStatus !== 'paused'}
      error={listError(list)}
      onRetry={() => void list.refetch()}
      hasMore={list.hasNextPage}
      onShowMore={() => void list.fetchNextPage()}
      isFetchingMore={list.isFetchingNextPage}
    />
  )
})

/**
 * Ask Cognito for this device only once the list has loaded without it (not remembered, or on a
 * page not loaded yet): when it is listed, opening the panel costs one ListDevices and nothing else.
 */
export function needsCurrentDevice(list: { isSuccess: boolean; devices: readonly Device[]; currentDeviceKey: string | undefined }): boolean {
  return list.isSuccess && !list.devices.some((device) => device.key === list.currentDeviceKey)
}

function listError(list: { error: unknown; fetchStatus: string; isPending: boolean }): DeviceErrorState | undefined {
  if (list.error) return classifyError(list.error)
  if (list.isPending && list.fetchStatus === 'paused') return 'offline'
  return undefined
}

/** This device first, then by last sign-in, newest first (unknown dates last); ties keep Cognito's order. */
export function orderDevices(
  listed: readonly Device[],
  currentDeviceKey: string | undefined,
  currentDevice: Device | undefined,
): readonly Device[] {
  const thisDevice = listed.find((device) => device.key === currentDeviceKey) ?? (currentDevice?.key === currentDeviceKey ? currentDevice : undefined)
  const others = listed.filter((device) => device.key !== currentDeviceKey).sort((a, b) => lastSignIn(b) - lastSignIn(a))
  return thisDevice ? [thisDevice, ...others] : others
}

function lastSignIn(device: Device): number {
  return device.lastAuthenticatedAt?.getTime() ?? Number.MIN_SAFE_INTEGER
}
