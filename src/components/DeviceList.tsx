import { forwardRef, useMemo, useState } from 'react'
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
  const current = useCurrentDevice()
  const listed = useUnchangedDevices(list.devices)
  const devices = useMemo(() => orderDevices(listed, list.currentDeviceKey, current.data), [listed, list.currentDeviceKey, current.data])
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

/**
 * The previous Device object for every device whose data did not change, so that the list's
 * memoised rows skip them. TanStack Query's structural sharing does not keep them: Dates are not
 * plain objects to it, so after a refetch every device is a new object, and when a device leaves
 * the middle of a page the ones after it are compared with their neighbours and copied.
 */
function useUnchangedDevices(devices: readonly Device[]): readonly Device[] {
  // Mutable on purpose: latest object per key, written only from the memo below (idempotent).
  const [known] = useState(() => new Map<string, Device>())
  return useMemo(() => {
    const result = devices.map((device) => {
      const previous = known.get(device.key)
      return previous && sameDevice(previous, device) ? previous : device
    })
    known.clear()
    for (const device of result) known.set(device.key, device)
    return result.every((device, index) => device === devices[index]) ? devices : result
  }, [known, devices])
}

function sameDevice(a: Device, b: Device): boolean {
  if (a === b) return true
  return (
    a.key === b.key &&
    a.name === b.name &&
    a.remembered === b.remembered &&
    a.lastIpUsed === b.lastIpUsed &&
    sameDate(a.createdAt, b.createdAt) &&
    sameDate(a.lastModifiedAt, b.lastModifiedAt) &&
    sameDate(a.lastAuthenticatedAt, b.lastAuthenticatedAt) &&
    a.attributes.length === b.attributes.length &&
    a.attributes.every((attribute, index) => attribute.name === b.attributes[index]!.name && attribute.value === b.attributes[index]!.value)
  )
}

function sameDate(a: Date | undefined, b: Date | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.getTime() === b.getTime())
}
