import { createContext, type ReactNode } from 'react'
import type { ResolvedDeviceText } from '../i18n/deviceText'
import { formatIpAddress } from '../format/ipAddress'
import { partClassName } from './partClassName'

type RenderPlace = (ipAddress: string, separator: string) => ReactNode

/**
 * How a card learns the place of an address: the connected list (DeviceList, DeviceManager) provides
 * a render function whose component asks DeviceKitProvider's `resolveLocation` (see
 * connected/DevicePlace.tsx), given the card's own separator (its locale and overrides). A card
 * without one shows the address alone, and the presentational bundle carries no query code for it.
 */
export const DevicePlaceContext = /* @__PURE__ */ createContext<RenderPlace | null>(null)

interface LastUsedFromProps {
  lastIpUsed: string | undefined
  text: ResolvedDeviceText
  unstyled: boolean
  /** DevicePlaceContext's value, read by the card. */
  renderPlace: RenderPlace | null
}

/**
 * "Last used from 203.0.113.7, Berlin, Germany": the address at once, the place when one is known.
 * Nothing when `last_ip_used` is not an address (see formatIpAddress). The address is isolated left
 * to right (`<bdi dir="ltr">`: an IPv6 address in an Arabic sentence keeps its order); the place
 * (DevicePlace) in its own direction. The card calls it (no component of its own: a list has hundreds).
 */
export function lastUsedFrom({ lastIpUsed, text, unstyled, renderPlace }: LastUsedFromProps): ReactNode {
  const ipAddress = formatIpAddress(lastIpUsed)
  if (!ipAddress) return null
  return (
    <p className={partClassName(unstyled, 'rcd-device-card__location')}>
      {/* one string, one text node */}
      {`${text.lastUsedFrom} `}
      <bdi dir="ltr">{ipAddress}</bdi>
      {renderPlace?.(ipAddress, text.placeSeparator)}
    </p>
  )
}
