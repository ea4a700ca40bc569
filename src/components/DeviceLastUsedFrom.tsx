import type { ResolvedDeviceText } from '../i18n/deviceText'
import { formatIpAddress } from '../format/ipAddress'
import { useDeviceLocation } from '../hooks/useDeviceLocation'
import { useOptionalDeviceKit } from '../provider/DeviceKitProvider'
import { partClassName } from './partClassName'

interface DeviceLastUsedFromProps {
  lastIpUsed: string | undefined
  text: ResolvedDeviceText
  unstyled: boolean
}

/**
 * "Last used from 203.0.113.7, Berlin, Germany": the address at once, the place when DeviceKitProvider's
 * `resolveLocation` gave one. Nothing when `last_ip_used` is not an address (see formatIpAddress).
 * The address is isolated left to right (`<bdi dir="ltr">`: an IPv6 address in an Arabic sentence
 * keeps its order), the place in its own direction (`dir="auto"`: it is the host's text).
 */
export function DeviceLastUsedFrom(props: DeviceLastUsedFromProps) {
  // A card outside a provider (or one without a resolver) needs no QueryClient: it shows the address alone.
  return useOptionalDeviceKit()?.resolveLocation ? <ResolvedLastUsedFrom {...props} /> : <LastUsedFromLine {...props} ipAddress={formatIpAddress(props.lastIpUsed)} />
}

function ResolvedLastUsedFrom(props: DeviceLastUsedFromProps) {
  const { ipAddress, location } = useDeviceLocation(props.lastIpUsed)
  return <LastUsedFromLine {...props} ipAddress={ipAddress} location={location} />
}

function LastUsedFromLine({ ipAddress, location, text, unstyled }: DeviceLastUsedFromProps & { ipAddress: string | undefined; location?: string | undefined }) {
  if (!ipAddress) return null
  return (
    <p className={partClassName(unstyled, 'rcd-device-card__location')}>
      {text.lastUsedFrom} <bdi dir="ltr">{ipAddress}</bdi>
      {location ? (
        <>
          {text.placeSeparator}
          <bdi dir="auto">{location}</bdi>
        </>
      ) : null}
    </p>
  )
}
