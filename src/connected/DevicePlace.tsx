import { useDeviceText } from '../components/useDeviceText'
import { useDeviceLocation } from '../hooks/useDeviceLocation'

/**
 * ", Berlin, Germany" after a card's address, once DeviceKitProvider's `resolveLocation` answered
 * (asked once per address for the page: useDeviceLocation). The place is the host's text: isolated
 * in its own direction (`<bdi dir="auto">`). Nothing without a resolver, before it answers, or when
 * it knows no place.
 */
export function DevicePlace({ ipAddress }: { ipAddress: string }) {
  const { location } = useDeviceLocation(ipAddress)
  const { placeSeparator } = useDeviceText(undefined, undefined).text
  if (!location) return null
  return (
    <>
      {placeSeparator}
      <bdi dir="auto">{location}</bdi>
    </>
  )
}

/** DevicePlaceContext's value: one function for the page's life. */
export const renderDevicePlace = (ipAddress: string) => <DevicePlace ipAddress={ipAddress} />
