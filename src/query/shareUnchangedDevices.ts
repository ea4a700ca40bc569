import { replaceEqualDeep } from '@tanstack/react-query'
import type { Device } from '../cognito/device'

/**
 * `structuralSharing` for the device list. TanStack also runs it on what `select` returns, the flat
 * device array that `useDevices` gives: there every device whose data did not change keeps its
 * previous object, so memoised rows skip it. TanStack's default cannot: a device shifted by a
 * removal is compared with its old neighbour and deep-copied into a new object. The pages
 * themselves keep TanStack's sharing.
 */
export function shareUnchangedDevices(previous: unknown, next: unknown): unknown {
  if (!Array.isArray(previous) || !Array.isArray(next)) return replaceEqualDeep(previous, next)
  const known = new Map((previous as Device[]).map((device) => [device.key, device]))
  const result = (next as Device[]).map((device) => {
    const before = known.get(device.key)
    return before && sameDevice(before, device) ? before : device
  })
  return result.length === previous.length && result.every((device, index) => device === previous[index]) ? previous : result
}

const sameTime = (a: Date | undefined, b: Date | undefined) => a === b || (a !== undefined && b !== undefined && a.getTime() === b.getTime())

/**
 * Field by field (no serialising: this runs for every device on every change of the list). After an
 * optimistic write most devices are the very same objects; after a refetch they are new objects
 * with equal fields.
 */
function sameDevice(a: Device, b: Device): boolean {
  if (a === b) return true
  if (a.name !== b.name || a.remembered !== b.remembered || a.lastIpUsed !== b.lastIpUsed) return false
  if (!sameTime(a.createdAt, b.createdAt) || !sameTime(a.lastModifiedAt, b.lastModifiedAt) || !sameTime(a.lastAuthenticatedAt, b.lastAuthenticatedAt)) return false
  return a.attributes.length === b.attributes.length && a.attributes.every((attribute, index) => attribute.name === b.attributes[index]!.name && attribute.value === b.attributes[index]!.value)
}
