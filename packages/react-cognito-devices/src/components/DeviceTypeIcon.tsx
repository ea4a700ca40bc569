import type { DeviceType } from '../format/deviceName'

interface DeviceTypeIconProps {
  deviceType: DeviceType
  className?: string | undefined
}

/**
 * The icon of a device type: one element, drawn by the stylesheet from `data-device-type` (its two
 * pseudo-elements; no SVG, no image, so nothing for a strict Content-Security-Policy to block).
 * Decorative and hidden from assistive technology: the name says the rest. Unstyled, it draws nothing.
 */
export function DeviceTypeIcon({ deviceType, className }: DeviceTypeIconProps) {
  return <span className={className} data-device-type={deviceType} aria-hidden="true" />
}
