/** The kind of hardware, for the icon. */
export type DeviceType = 'desktop' | 'mobile' | 'tablet' | 'unknown'

/** What one reader (Client Hints, user agent) found in a device name. */
export interface DeviceNameParts {
  readonly browser: string | undefined
  /** The major version only: "131". */
  readonly version: string | undefined
  /** The system ("macOS"), or the model when the name carries one ("Pixel 8"). */
  readonly os: string | undefined
  readonly deviceType: DeviceType
}

/**
 * The icon a name earns by its own words ("iPad", "Pixel Tablet", "Alice's iPhone", "MacBook"):
 * a phone or tablet icon only when the name says so.
 */
export function deviceTypeFromWords(name: string): DeviceType {
  if (/iPad|\btablet\b/i.test(name)) return 'tablet'
  if (/iPhone|iPod|\bphone\b/i.test(name)) return 'mobile'
  if (/MacBook|iMac|\bMac ?(?:mini|Pro|Studio)\b/i.test(name)) return 'desktop'
  return 'unknown'
}
