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
  /** The per-device forget button. */
  forget?: string
  remember?: string
  stopRemembering?: string
  /** Announced after a device was forgotten. */
  forgotDevice?: (deviceName: string) => string
  forgotOtherDevices?: (count: number) => string
  rememberedDevice?: (deviceName: string) => string
  stoppedRememberingDevice?: (deviceName: string) => string
  /** Shown next to the action that failed, before the error state's own sentence. */
  forgetFailed?: string
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
  description: 'Devices remembered for your account. Forget any you no longer use or do not recognise.',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  forget: 'Forget',
  remember: 'Remember',
  stopRemembering: 'Stop remembering',
  forgotDevice: (name) => `${name} was forgotten.`,
  forgotOtherDevices: (count) => (count === 1 ? '1 other device was forgotten.' : `${count} other devices were forgotten.`),
  rememberedDevice: (name) => `${name} is now remembered.`,
  stoppedRememberingDevice: (name) => `${name} is no longer remembered.`,
  forgetFailed: 'Could not forget this device.',
  forgetOthersFailed: 'Could not forget the other devices.',
  rememberFailed: 'Could not change whether this device is remembered.',
  thisDeviceNotRemembered: 'This device is not remembered',
  rememberThisDevice: 'Remember this device',
  rememberThisDeviceGone: 'This device is no longer known to your account (it may have been forgotten elsewhere). Sign in again to remember it.',
  signOutEverywhere: 'Sign out everywhere',
  signOutEverywhereFailed: 'Could not sign out everywhere. You are still signed in here.',
}
