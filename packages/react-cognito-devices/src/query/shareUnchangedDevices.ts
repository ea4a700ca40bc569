import { replaceEqualDeep } from '@tanstack/react-query'
import type { Device } from '../model/device'

/**
 * `structuralSharing` for the device list. A device fetched again unchanged keeps its previous object
 * (TanStack's default cannot see into its Dates), so a component that reads it does not render again
 * for that refetch. TanStack also runs it on what `select` returns, the flat
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

/**
 * After an optimistic write nearly every device is the very object it was: no need to serialise it
 * (two JSON.stringify per device on every write were most of a forget's script time). A refetch
 * brings new objects; Dates serialise as ISO strings, so equal JSON means equal devices.
 */
function sameDevice(before: Device, device: Device): boolean {
  return before === device || JSON.stringify(before) === JSON.stringify(device)
}

/** `structuralSharing` for one device (or `null`, no device): its previous object while its data is the same. */
export function shareUnchangedDevice(previous: unknown, next: unknown): unknown {
  return previous && next && sameDevice(previous as Device, next as Device) ? previous : next
}
