import { useDeviceLocation } from '../hooks/useDeviceLocation'

/**
 * ", Berlin, Germany" after a card's address, once DeviceKitProvider's `resolveLocation` answered
 * (asked once per address for the page: useDeviceLocation). The place is the host's text: isolated
 * in its own direction (`<bdi dir="auto">`), after the card's separator. Nothing without a resolver,
 * before it answers, or when it knows no place.
 */
export function DevicePlace({ ipAddress, separator }: { ipAddress: string; separator: string }) {
  const { location } = useDeviceLocation(ipAddress)
  if (!location) return null
  return (
    <>
      {separator}
      <bdi dir="auto">{location}</bdi>
    </>
  )
}

/** DevicePlaceContext's value: one function for the page's life. */
export const renderDevicePlace = (ipAddress: string, separator: string) => <DevicePlace ipAddress={ipAddress} separator={separator} />
