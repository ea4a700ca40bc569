/**
 * The words of the connected panel (DeviceManager) beyond the presentational components' own
 * (`DeviceText`): header, per-device actions and the live-region announcements. Same pattern:
 * partial overrides over complete defaults per locale.
 */

export interface ManagerText {
  title?: string
  description?: string
  refresh?: string
  refreshing?: string
  /** The forget button on this device's card. */
  forget?: string
  /** The button on another device's card: forgetting it signs it out. */
  signOutOtherDevice?: string
  remember?: string
  stopRemembering?: string
  /** Announced after a device was forgotten. */
  forgotDevice?: (deviceName: string) => string
  /** Announced when every other device was signed out. */
  forgotOtherDevices?: (count: number) => string
  /** Labels the progress while the other devices are signed out. */
  signingOutOthers?: string
  /** The progress in words: "12 of 75" (shown, and announced now and then). */
  signOutOthersCount?: (done: number, total: number) => string
  /** Under the progress: devices leave the list one by one, and leaving the page loses nothing. */
  signOutOthersGoesOn?: string
  /** Above the devices Cognito did not sign out. */
  signOutOthersPartly?: (done: number, total: number) => string
  /** Sends the devices that were not signed out again. */
  retrySignOutOthers?: (count: number) => string
  rememberedDevice?: (deviceName: string) => string
  stoppedRememberingDevice?: (deviceName: string) => string
  /** Shown next to the action that failed, before the error state's own sentence: this device's forget. */
  forgetFailed?: string
  /** The same for another device's sign-out. */
  signOutFailed?: string
  /** Shown above the list when "forget all other devices" failed. */
  forgetOthersFailed?: string
  rememberFailed?: string
  /**
   * @deprecated Shown by no part: a browser cannot tell its device forgotten elsewhere from one not
   * remembered (GetDevice answers "not found" for both), so the panel says `thisDeviceNotRemembered`
   * and, when remembering fails, `rememberThisDeviceGone`. Ignored; removed in the next major version.
   */
  currentDeviceForgotten?: string
  /** This browser's device is tracked but not remembered (GetDevice answers "not found"). */
  thisDeviceNotRemembered?: string
  rememberThisDevice?: string
  /** "Remember this device" answered "not found": the device was forgotten, only a new sign-in brings it back. */
  rememberThisDeviceGone?: string
  /** Opens the sign-out-everywhere confirmation. */
  signOutEverywhere?: string
  /** Shown above the list when signing out everywhere failed (the session here is kept). */
  signOutEverywhereFailed?: string
}

export type ResolvedManagerText = Required<Omit<ManagerText, 'currentDeviceForgotten'>> & Pick<ManagerText, 'currentDeviceForgotten'>

/** The built-in English text; other languages come from `react-cognito-devices/locales/*`. */
export const englishManagerText: ResolvedManagerText = {
  title: 'Your devices',
  description: 'Devices remembered for your account. Sign out any you no longer use or do not recognise.',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  forget: 'Forget',
  signOutOtherDevice: 'Sign out',
  remember: 'Remember',
  stopRemembering: 'Stop remembering',
  forgotDevice: (name) => `${name} was forgotten and will be signed out when its current session ends.`,
  forgotOtherDevices: (count) =>
    count === 1
      ? 'The other device was forgotten and will be signed out when its current session ends.'
      : `All ${count} other devices were forgotten and will be signed out when their current sessions end.`,
  signingOutOthers: 'Signing out other devices…',
  signOutOthersCount: (done, total) => `${done} of ${total}`,
  signOutOthersGoesOn: 'Each device leaves the list once it is signed out. If you leave this page, the ones not yet signed out stay listed.',
  signOutOthersPartly: (done, total) => `${done} of ${total} other devices were signed out. These were not:`,
  retrySignOutOthers: (count) => (count === 1 ? 'Try this one again' : `Try these ${count} again`),
  rememberedDevice: (name) => `${name} is now remembered.`,
  stoppedRememberingDevice: (name) => `${name} is no longer remembered.`,
  forgetFailed: 'Could not forget this device.',
  signOutFailed: 'Could not sign out this device.',
  forgetOthersFailed: 'Could not sign out the other devices.',
  rememberFailed: 'Could not change whether this device is remembered.',
  thisDeviceNotRemembered: 'This device is not remembered',
  rememberThisDevice: 'Remember this device',
  rememberThisDeviceGone: 'This device is no longer known to your account (it may have been forgotten elsewhere). Sign in again to remember it.',
  signOutEverywhere: 'Sign out everywhere',
  signOutEverywhereFailed: 'Could not sign out everywhere. You are still signed in here.',
}
