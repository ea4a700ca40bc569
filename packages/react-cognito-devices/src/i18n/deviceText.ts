/**
 * Every word the device components show, as one typed object (Amplify UI's ChangePassword pattern):
 * components take `displayText?: DeviceText` and the resolver in translations.ts lays it over the
 * defaults for their locale, so each string is overridable and the defaults are complete
 * (`Required<DeviceText>`). Plurals and interpolation are functions. English ships here; German and
 * Arabic (right-to-left) are opt-in modules under src/locales.
 */
import type { DeviceErrorState } from '../errors/classifyError'

export interface DeviceText {
  // DeviceListView
  /** The accessible name of the device list. */
  deviceListLabel?: string
  /** Announced while the first page loads. */
  loadingDevices?: string
  emptyTitle?: string
  emptyDescription?: string
  /** The inline error row's message for each error state. Default: the state's short sentence (`ErrorText.short`). */
  errorMessage?: (state: DeviceErrorState) => string
  retry?: string
  /** The retry button while the retry is under way. */
  retrying?: string
  showMore?: string
  loadingMore?: string

  // DeviceCard
  thisDevice?: string
  remembered?: string
  notRemembered?: string
  /** "Chrome 131 on macOS"; called only when the browser or the system is known. */
  deviceName?: (parts: { browser: string | undefined; os: string | undefined }) => string
  unknownDevice?: string
  /** The summary of the disclosure holding all attributes (with the raw device name). */
  details?: string

  // DeviceAttributes
  attributeDeviceName?: string
  attributeLastIpUsed?: string
  attributeRememberedStatus?: string
  attributeDeviceStatus?: string
  yes?: string
  no?: string
  showAll?: string
  showLess?: string

  // DeviceTimestamps
  createdAt?: string
  lastModifiedAt?: string
  lastAuthenticatedAt?: string
  unknownDate?: string

  // ConfirmForgetDialog
  cancel?: string
  forgetThisDeviceTitle?: string
  forgetThisDeviceDescription?: string
  /** The title when forgetting one other device, given its display name. */
  forgetDeviceTitle?: (deviceName: string) => string
  forgetDeviceDescription?: string
  /** `count` is undefined when the number of other devices is not known. */
  forgetOtherDevicesTitle?: (count: number | undefined) => string
  forgetOtherDevicesDescription?: string
  forgetDevice?: string
  forgetOtherDevices?: string
  forgetting?: string
  // Sign out everywhere (the same dialog, variant `sign-out-everywhere`)
  signOutEverywhereTitle?: string
  signOutEverywhereDescription?: string
  signOutEverywhere?: string
  signingOutEverywhere?: string
  /** Before the last IP address on a card ("Last used from 203.0.113.7"). */
  lastUsedFrom?: string
  /** Between the address and the place the host's resolveLocation gave. */
  placeSeparator?: string
}

export type ResolvedDeviceText = Required<DeviceText>

/** What a translation gives for the device components: everything but `errorMessage`, which comes from its error text. */
export type DeviceTextTranslation = Omit<ResolvedDeviceText, 'errorMessage'>

/** The built-in English text (the error sentences are in errorText.ts). */
export const englishDeviceText: DeviceTextTranslation = {
  deviceListLabel: 'Your devices',
  loadingDevices: 'Loading devices…',
  emptyTitle: 'No remembered devices',
  emptyDescription: 'Devices you choose to remember when you sign in will appear here.',
  retry: 'Try again',
  retrying: 'Trying again…',
  showMore: 'Show more',
  loadingMore: 'Loading more…',

  thisDevice: 'This device',
  remembered: 'Remembered',
  notRemembered: 'Not remembered',
  deviceName: ({ browser, os }) => (browser && os ? `${browser} on ${os}` : browser ? browser : `Device on ${os}`),
  unknownDevice: 'Unknown device',
  details: 'Details',

  attributeDeviceName: 'Name',
  attributeLastIpUsed: 'Last IP address',
  attributeRememberedStatus: 'Remembered',
  attributeDeviceStatus: 'Status',
  yes: 'Yes',
  no: 'No',
  showAll: 'Show all',
  showLess: 'Show less',

  createdAt: 'Created',
  lastModifiedAt: 'Last modified',
  lastAuthenticatedAt: 'Last signed in',
  unknownDate: 'Unknown',

  cancel: 'Cancel',
  forgetThisDeviceTitle: 'Forget this device?',
  forgetThisDeviceDescription:
    'This device will no longer be remembered. The next time you sign in on it, it will be treated as a new device and you may be asked to verify your identity again.',
  forgetDeviceTitle: (deviceName) => `Forget “${deviceName}”?`,
  forgetDeviceDescription:
    'This device will no longer be remembered. The next time someone signs in to your account on it, it will be treated as a new device and go through the full sign-in, with any extra verification step. Forgetting does not sign it out; to end its sessions, use “Sign out everywhere”.',
  forgetOtherDevicesTitle: (count) =>
    count === undefined ? 'Forget all other devices?' : count === 1 ? 'Forget 1 other device?' : `Forget ${count} other devices?`,
  forgetOtherDevicesDescription:
    'Every device except this one will no longer be remembered. Each will be treated as a new device the next time someone signs in to your account on it.',
  forgetDevice: 'Forget device',
  forgetOtherDevices: 'Forget all other devices',
  forgetting: 'Forgetting…',
  signOutEverywhereTitle: 'Sign out everywhere?',
  signOutEverywhereDescription:
    'You will be signed out on every device, this one included. Each must sign in again. Remembered devices stay remembered.',
  signOutEverywhere: 'Sign out everywhere',
  signingOutEverywhere: 'Signing out…',
  lastUsedFrom: 'Last used from',
  placeSeparator: ', ',
}
