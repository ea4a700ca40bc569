/**
 * User agent -> what a person recognises ("Chrome 131 on macOS") and which icon to show.
 *
 * Cognito stores the browser's raw user-agent string as `device_name` (Amplify writes
 * `navigator.userAgent`). Parsing uses bowser (MIT, about 8 KB gzipped). This file is the ONLY place
 * that imports it, and nothing under src/hooks, src/query or src/api imports this file, so a
 * hooks-only bundle never pays for the parser. Components reach it through DeviceCard, which always
 * parses the user agent for the type icon (`data-device-type`), so a host that passes its own
 * `formatDeviceName` still loads the parser (static import); a packaging step can turn this module
 * into a lazy chunk without changing its API.
 */
import Bowser from 'bowser'
import type { Device } from '../model/device'

/** The kind of hardware, for the icon. */
export type DeviceType = 'desktop' | 'mobile' | 'tablet' | 'unknown'

/** What the user agent says, reduced to what the UI shows. Absent parts were not recognised. */
export interface UserAgentDescription {
  /** "Chrome", "Safari", "Firefox", "Microsoft Edge". */
  readonly browser: string | undefined
  /** The major version only: "131". */
  readonly browserVersion: string | undefined
  /** "macOS", "iOS", "Windows", "Android", "Linux". */
  readonly os: string | undefined
  readonly deviceType: DeviceType
}

const nothingRecognised: UserAgentDescription = Object.freeze({
  browser: undefined,
  browserVersion: undefined,
  os: undefined,
  deviceType: 'unknown',
})

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function toDeviceType(platformType: string | undefined): DeviceType {
  switch (platformType) {
    case 'desktop':
    case 'mobile':
    case 'tablet':
      return platformType
    default:
      // bowser also knows 'tv' and 'bot'; the UI has no icon for them.
      return 'unknown'
  }
}

/**
 * Parsed descriptions by user agent. A list of devices repeats a handful of user agents, and bowser
 * takes a fraction of a millisecond per parse: about a tenth of a 600-card render in a CPU profile.
 * Bounded: the oldest entry goes once the cap is reached (Map keeps insertion order).
 */
const descriptions = new Map<string, UserAgentDescription>()
const DESCRIPTION_CACHE_SIZE = 200

/** Parse a user-agent string. Never throws: empty, garbage or missing input describes nothing. */
export function describeUserAgent(userAgent: string | undefined): UserAgentDescription {
  if (!userAgent || !userAgent.trim()) return nothingRecognised
  const cached = descriptions.get(userAgent)
  if (cached) return cached
  const description = Object.freeze(parseUserAgent(userAgent))
  if (descriptions.size >= DESCRIPTION_CACHE_SIZE) descriptions.delete(descriptions.keys().next().value!)
  descriptions.set(userAgent, description)
  return description
}

function parseUserAgent(userAgent: string): UserAgentDescription {
  try {
    const parsed = Bowser.parse(userAgent)
    const browser = present(parsed.browser.name)
    const os = present(parsed.os.name)
    const version = present(parsed.browser.version)?.split('.')[0]
    return {
      browser,
      // A version without a browser name ("Version/17") says nothing on its own.
      browserVersion: browser ? present(version) : undefined,
      os,
      deviceType: browser || os ? toDeviceType(parsed.platform.type) : 'unknown',
    }
  } catch {
    return nothingRecognised
  }
}

/** The words a device name is made of; see `deviceName` and `unknownDevice` in DeviceText. */
export interface DeviceNameText {
  /** Called only when at least the browser or the system is known. */
  deviceName: (parts: { browser: string | undefined; os: string | undefined }) => string
  unknownDevice: string
}

const englishNameText: DeviceNameText = {
  deviceName: ({ browser, os }) => (browser && os ? `${browser} on ${os}` : browser ? browser : `Device on ${os}`),
  unknownDevice: 'Unknown device',
}

/** Compose the name from a parsed description: "Chrome 131 on macOS", or `unknownDevice`. */
export function nameFromDescription(description: UserAgentDescription, text: DeviceNameText = englishNameText): string {
  const { browser, browserVersion, os } = description
  if (!browser && !os) return text.unknownDevice
  const browserWithVersion = browser && browserVersion ? `${browser} ${browserVersion}` : browser
  return text.deviceName({ browser: browserWithVersion, os })
}

/**
 * "Chrome 131 on macOS" for a device, in the words of `text` (English by default).
 * A device without a recognisable user agent is "Unknown device"; the raw string stays available
 * in the card's details.
 */
export function formatDeviceName(device: Pick<Device, 'name'>, text: DeviceNameText = englishNameText): string {
  return nameFromDescription(describeUserAgent(device.name), text)
}
