import type { DeviceType } from '../format/deviceName'

interface DeviceTypeIconProps {
  deviceType: DeviceType
  className?: string | undefined
}

/** Stroke paths (24x24, currentColor) for each device type. Decorative: the name says the rest. */
const paths: Readonly<Record<DeviceType, readonly string[]>> = {
  desktop: ['M3 5h18v11H3z', 'M8 20h8', 'M12 16v4'],
  mobile: ['M7 2h10v20H7z', 'M11 18h2'],
  tablet: ['M4 3h16v18H4z', 'M11 17h2'],
  unknown: ['M4 4h16v16H4z', 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7', 'M12 17h.01'],
}

/** The inline SVG icon of a device type, hidden from assistive technology. */
export function DeviceTypeIcon({ deviceType, className }: DeviceTypeIconProps) {
  return (
    <svg
      className={className}
      data-device-type={deviceType}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[deviceType].map((path) => (
        <path key={path} d={path} />
      ))}
    </svg>
  )
}
