/**
 * A device's `device_name` -> what a person recognises ("Chrome 121 on macOS", "Alice's iPhone") and
 * which icon to show. Each Cognito client writes something else (see test/format/deviceNameCorpus.ts):
 * aws-amplify v6 in Chromium browsers its User-Agent Client Hints (clientHintsName.ts), older clients
 * and other browsers `navigator.userAgent` (userAgentName.ts), the mobile SDKs a device or model name,
 * which is shown as it is written. Nothing under src/hooks, src/query or src/api imports this file.
 */
import type { Device } from '../model/device'
import { readClientHints } from './clientHintsName'
import { deviceTypeFromWords, type DeviceType } from './deviceNameParts'
import { readUserAgent } from './userAgentName'

export type { DeviceType } from './deviceNameParts'

/** What a device name says, reduced to what the UI shows. Absent parts were not found. */
export interface DeviceNameDescription {
  /** "Chrome", "Safari", "Firefox", "Microsoft Edge". */
  readonly browser: string | undefined
  /** The major version only: "131". */
  readonly browserVersion: string | undefined
  /** "macOS", "iOS", "Windows", "Android", "Linux", "ChromeOS", or a model the name carries ("Pixel 8"). */
  readonly os: string | undefined
  readonly deviceType: DeviceType
  /**
   * The name as the client wrote it, when it is not a browser's: a device or model name ("Alice's
   * iPhone", "Pixel 8") or anything else readable, with runs of white space made one space and
   * shortened to 64 characters.
   */
  readonly asWritten: string | undefined
}

/** @deprecated Renamed DeviceNameDescription: a device name is not always a user agent. */
export type UserAgentDescription = DeviceNameDescription

const nothingFound: DeviceNameDescription = Object.freeze({
  browser: undefined,
  browserVersion: undefined,
  os: undefined,
  deviceType: 'unknown',
  asWritten: undefined,
})

const LONGEST_SHOWN = 64
// ConfirmDevice takes up to 1024 characters; reading no more keeps a hostile value from costing time.
const LONGEST_READ = 1024

/** Read a device name. Never throws: missing, empty or unreadable input describes nothing. */
export function describeDeviceName(name: string | undefined): DeviceNameDescription {
  const spaced = name?.slice(0, LONGEST_READ).replace(/\s+/g, ' ').trim()
  // Nothing but control, format and space characters: nothing to show of it.
  if (!spaced || !/[^\p{C}\p{Z}]/u.test(spaced)) return nothingFound
  const parts = readClientHints(spaced) ?? readUserAgent(spaced)
  if (parts) {
    const { browser, version, os, deviceType } = parts
    return { browser, browserVersion: browser ? version : undefined, os, deviceType, asWritten: undefined }
  }
  const characters = [...spaced]
  const asWritten = characters.length > LONGEST_SHOWN ? `${characters.slice(0, LONGEST_SHOWN - 1).join('')}…` : spaced
  return { ...nothingFound, deviceType: deviceTypeFromWords(spaced), asWritten }
}

/** The words a device name is made of; see `deviceName` and `unknownDevice` in DeviceText. */
export interface DeviceNameText {
  /** Called only when at least the browser or the system is known. */
  deviceName: (parts: { browser: string | undefined; os: string | undefined }) => string
  unknownDevice: string
}

/** The English words of a name (DeviceText's English defaults take these too). */
export const englishNameText: DeviceNameText = {
  deviceName: ({ browser, os }) => (browser && os ? `${browser} on ${os}` : browser ? browser : `Device on ${os}`),
  unknownDevice: 'Unknown device',
}

/** Compose the name from a description: "Chrome 131 on macOS", the name as written, or `unknownDevice`. */
export function nameFromDescription(description: DeviceNameDescription, text: DeviceNameText = englishNameText): string {
  const { browser, browserVersion, os, asWritten } = description
  if (asWritten) return asWritten
  if (!browser && !os) return text.unknownDevice
  const browserWithVersion = browser && browserVersion ? `${browser} ${browserVersion}` : browser
  return text.deviceName({ browser: browserWithVersion, os })
}

/**
 * The name the kit's cards show for a device, in the words of `text` (English by default): "Chrome
 * 131 on macOS", "Alice's iPhone", or "Unknown device". The raw value stays in the card's details.
 * Untrusted text: render it as text, as the cards do (they also make control characters visible).
 */
export function formatDeviceName(device: Pick<Device, 'name'>, text: DeviceNameText = englishNameText): string {
  return nameFromDescription(describeDeviceName(device.name), text)
}
