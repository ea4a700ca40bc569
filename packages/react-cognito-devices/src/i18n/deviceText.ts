/**
 * Every word the device components show, as one typed object (Amplify UI's ChangePassword pattern):
 * components take `displayText?: DeviceText` and the resolver in translations.ts lays it over the
 * defaults for their locale, so each string is overridable and the defaults are complete
 * (`Required<DeviceText>`). Plurals and interpolation are functions. English ships here; German and
 * Arabic (right-to-left) are opt-in modules under src/locales.
 */
import type { DeviceErrorState } from '../errors/classifyError'
import { englishNameText } from '../format/deviceName'

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

  // ConfirmDialog. Forgetting a device signs it out: its refresh token works only with the
  // device's key, which ForgetDevice deletes, so it is signed out once its current session ends.
  cancel?: string
  forgetThisDeviceTitle?: string
  forgetThisDeviceDescription?: string
  /** When this session ends, given this device's access-token lifetime in seconds (undefined when unknown). */
  thisDeviceSignedOutWhen?: (accessTokenLifetimeSeconds: number | undefined) => string
  /** The title when signing out one other device, given its display name. */
  forgetDeviceTitle?: (deviceName: string) => string
  forgetDeviceDescription?: string
  /** When the other device is signed out: its current session ends within one access-token lifetime (this device's, in seconds). */
  signedOutWhen?: (accessTokenLifetimeSeconds: number | undefined) => string
  /** `count` is undefined when the number of other devices is not known. */
  forgetOtherDevicesTitle?: (count: number | undefined) => string
  forgetOtherDevicesDescription?: string
  /** When the other devices are signed out (this device's access-token lifetime, in seconds). */
  othersSignedOutWhen?: (accessTokenLifetimeSeconds: number | undefined) => string
  /** Confirms forgetting this device. */
  forgetDevice?: string
  /** Confirms signing out one other device. */
  signOutDevice?: string
  /** Confirms signing out every other device; also the panel's button that asks. */
  forgetOtherDevices?: string
  /** While this device is being forgotten. */
  forgetting?: string
  /** While another device is being signed out. */
  signingOut?: string
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

/** "an hour", "5 minutes", "a day": an access-token lifetime (5 minutes to a day in Cognito). */
function englishDuration(seconds: number): string {
  const [amount, unit] =
    seconds % 86_400 === 0 ? [seconds / 86_400, 'day'] : seconds % 3600 === 0 ? [seconds / 3600, 'hour'] : seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second']
  return amount === 1 ? (unit === 'hour' ? 'an hour' : `a ${unit}`) : `${amount} ${unit}s`
}

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
  ...englishNameText,
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
    'This device will no longer be remembered, and you will be signed out here: your session here cannot be renewed without it. Your next sign-in on this device is the full one, with any extra verification step.',
  thisDeviceSignedOutWhen: (lifetime) =>
    lifetime ? `You stay signed in here until this session ends, within ${englishDuration(lifetime)} at the latest.` : 'You stay signed in here until this session ends.',
  forgetDeviceTitle: (deviceName) => `Sign out “${deviceName}”?`,
  forgetDeviceDescription:
    'This device will be signed out of your account and forgotten: to use your account on it again, someone must go through the full sign-in, with any extra verification step.',
  signedOutWhen: (lifetime) =>
    lifetime ? `It stays signed in until its current session ends, within ${englishDuration(lifetime)} at the latest.` : 'It stays signed in until its current session ends.',
  forgetOtherDevicesTitle: (count) =>
    count === undefined ? 'Sign out all other devices?' : count === 1 ? 'Sign out 1 other device?' : `Sign out ${count} other devices?`,
  forgetOtherDevicesDescription:
    'Every device listed here will be signed out and forgotten; this device stays signed in. To use your account again, each must go through the full sign-in, with any extra verification step. Sign-ins this list does not show (a device that is not remembered, a sign-in through another website) end only with “Sign out everywhere”.',
  othersSignedOutWhen: (lifetime) =>
    lifetime
      ? `Each stays signed in until its current session ends, within ${englishDuration(lifetime)} at the latest.`
      : 'Each stays signed in until its current session ends.',
  forgetDevice: 'Forget device',
  signOutDevice: 'Sign out device',
  forgetOtherDevices: 'Sign out all other devices',
  forgetting: 'Forgetting…',
  signingOut: 'Signing out…',
  signOutEverywhereTitle: 'Sign out everywhere?',
  signOutEverywhereDescription:
    'You will be signed out on every device, this one included, and on sign-ins this list does not show. No device can renew its session; each must sign in again. Remembered devices stay remembered.',
  signOutEverywhere: 'Sign out everywhere',
  signingOutEverywhere: 'Signing out…',
  lastUsedFrom: 'Last used from',
  placeSeparator: ', ',
}
