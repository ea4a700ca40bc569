import { replaceEqualDeep } from '@tanstack/react-query'
import type { Device } from '../cognito/device'
import type { DeviceListData } from './deviceQueries'

/**
 * `structuralSharing` for the device list (TanStack applies it to the pages and again to the
 * `select`ed array): every device whose data did not change keeps its previous object, so memoised
 * rows skip it. TanStack's default cannot: Dates are not plain objects to it, so a refetch made every
 * device new, and a device leaving the middle of a list made the ones after it compare with their
 * old neighbours and be copied.
 */
export function shareUnchangedDevices(previous: unknown, next: unknown): unknown {
  if (Array.isArray(previous) && Array.isArray(next)) return reuseDevices(previous as Device[], next as Device[])
  const old = previous as DeviceListData | undefined
  const fresh = next as DeviceListData
  if (!old?.pages || !fresh?.pages) return replaceEqualDeep(previous, next)
  const known = byKey(old.pages.flatMap((page) => page.devices))
  const pages = fresh.pages.map((page, index) => {
    const devices = reuseDevices(page.devices, page.devices, known)
    const oldPage = old.pages[index]
    return oldPage && oldPage.nextCursor === page.nextCursor && sameItems(oldPage.devices, devices) ? oldPage : { ...page, devices }
  })
  const unchanged = sameItems(old.pages, pages) && sameItems(old.pageParams, fresh.pageParams)
  return unchanged ? old : { pages, pageParams: fresh.pageParams }
}

/** `next`, with each device that equals a previous one (by key) replaced by that previous object. */
function reuseDevices(previous: readonly Device[], next: readonly Device[], known = byKey(previous)): readonly Device[] {
  const result = next.map((device) => {
    const before = known.get(device.key)
    return before && sameDevice(before, device) ? before : device
  })
  return sameItems(previous, result) ? previous : result
}

function byKey(devices: readonly Device[]): Map<string, Device> {
  return new Map(devices.map((device) => [device.key, device]))
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}

function sameDevice(a: Device, b: Device): boolean {
  return (
    a === b ||
    (a.key === b.key &&
      a.name === b.name &&
      a.remembered === b.remembered &&
      a.lastIpUsed === b.lastIpUsed &&
      sameDate(a.createdAt, b.createdAt) &&
      sameDate(a.lastModifiedAt, b.lastModifiedAt) &&
      sameDate(a.lastAuthenticatedAt, b.lastAuthenticatedAt) &&
      a.attributes.length === b.attributes.length &&
      a.attributes.every((attribute, index) => attribute.name === b.attributes[index]!.name && attribute.value === b.attributes[index]!.value))
  )
}

function sameDate(a: Date | undefined, b: Date | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.getTime() === b.getTime())
}
