import { useQuery } from '@tanstack/react-query'
import { formatIpAddress } from '../format/ipAddress'
import { useOptionalDeviceKit } from '../provider/DeviceKitProvider'
import { deviceLocationQuery } from '../query/deviceLocation'

/** What `useDeviceLocation(lastIpUsed)` gives. */
export interface DeviceLocation {
  /** `last_ip_used` when it is an IPv4 or IPv6 address, else undefined: show it at once. */
  readonly ipAddress: string | undefined
  /** The place DeviceKitProvider's `resolveLocation` gave for it, once it has; undefined before, without one, or on failure. */
  readonly location: string | undefined
  /** `resolveLocation` is being asked. */
  readonly isResolving: boolean
  /** What `resolveLocation` rejected with, if it did (nothing more is shown then). */
  readonly error: Error | null
}

/**
 * Where a device was last used: its address now, and the place when the host's `resolveLocation`
 * (a DeviceKitProvider prop) answers. Never waits for the place; one call per distinct address for
 * the whole page (see `deviceLocationQuery`). Without a provider or a resolver: the address alone.
 * A field is read from the query only when a component reads it, so one that shows `location` alone
 * does not re-render while the place is asked.
 */
export function useDeviceLocation(lastIpUsed: string | undefined): DeviceLocation {
  const kit = useOptionalDeviceKit()
  const ipAddress = formatIpAddress(lastIpUsed)
  const query = useQuery(deviceLocationQuery({ resolveLocation: kit?.resolveLocation }, ipAddress))
  return {
    ipAddress,
    get location() {
      return query.data ?? undefined
    },
    get isResolving() {
      return query.isFetching
    },
    get error() {
      return query.error
    },
  }
}
