import type { AdminErrorState, DeviceErrorState, Misconfiguration, UserErrorState } from '../errors/classifyError'

/** What a state's sentence may interpolate. */
export interface ErrorTextDetails {
  /** For `misconfigured`: whether the developer must fix the app's setup or the user pool. */
  readonly misconfiguration: Misconfiguration | undefined
}

/** A state's sentence: plain text, or built from the details. */
export type ErrorSentence = string | ((details: ErrorTextDetails) => string)

/** The text of one state. */
export interface ErrorStateText {
  readonly heading: string
  /** One sentence saying what happened and what to do; it must make sense with no button beside it. */
  readonly message: ErrorSentence
  /** The label of the state's button, for the states that have one. */
  readonly action?: string
}

/**
 * The one error vocabulary: each state's long form (a heading, a sentence and maybe a button, for the
 * error views that replace a panel) and its short form (one sentence, shown inline next to a list or
 * an action that failed).
 */
export interface ErrorText {
  /**
   * Every state a user's own calls can cause; the admin states' are optional (the admin entry brings
   * them). A view of a state with none shows `unknown`'s heading and sentence, and no button.
   */
  readonly states: { readonly [S in UserErrorState]: ErrorStateText } & { readonly [S in AdminErrorState]?: ErrorStateText }
  /** The short form of each state: `DeviceText.errorMessage`'s default (`unknown`'s for a state with none). */
  readonly short: { readonly [S in UserErrorState]: string } & { readonly [S in AdminErrorState]?: string }
  /** Shown while a throttled state waits before it tries again (it waits the service's retry delay). */
  readonly retryCountdown: (seconds: number) => string
  /** Shown when the wait is over and the next attempt is under way. */
  readonly retryingNow: string
  /** The summary of the small support section, and its two labels. */
  readonly detailsSummary: string
  readonly errorNameLabel: string
  readonly requestIdLabel: string
}

/** What a host may override: any heading, sentence, label or function, per state. */
export interface ErrorTextOverrides {
  readonly states?: { readonly [S in DeviceErrorState]?: Partial<ErrorStateText> }
  readonly short?: { readonly [S in DeviceErrorState]?: string }
  readonly retryCountdown?: ErrorText['retryCountdown']
  readonly retryingNow?: string
  readonly detailsSummary?: string
  readonly errorNameLabel?: string
  readonly requestIdLabel?: string
}

/** The short form of each state in English (kept apart, so a bundle with only the device components leaves the long forms out). */
export const englishShortErrors: Required<ErrorText>['short'] = {
  'signed-out': 'Your session has ended. Please sign in again.',
  'password-reset-required': 'You need to reset your password before you can continue.',
  'account-unconfirmed': 'Your account has not been confirmed yet.',
  'device-not-found': 'This device no longer exists.',
  'invalid-request': 'This request could not be completed.',
  throttled: 'Too many requests. Wait a moment and try again.',
  blocked: 'This request was blocked.',
  misconfigured: 'Device management is not set up for this app.',
  offline: 'You appear to be offline. Check your connection and try again.',
  unavailable: 'The service is temporarily unavailable. Try again in a moment.',
  unknown: 'Something went wrong. Try again.',
}

/** The built-in English text; other languages come from `react-cognito-devices/locales/*`. */
export const englishErrorText: Required<ErrorText> = {
  states: {
    'signed-out': {
      heading: 'Your session has ended',
      message: 'Sign in again to see and manage your devices.',
      action: 'Sign in again',
    },
    'password-reset-required': {
      heading: 'Password reset required',
      message: 'Your account needs a new password before you can manage your devices: reset it, then sign in again.',
      action: 'Reset password',
    },
    'account-unconfirmed': {
      heading: 'Account not confirmed',
      message: 'Confirm your account with the code you were sent by email or text message, then sign in again.',
      action: 'Confirm account',
    },
    misconfigured: {
      heading: "Device management isn't set up",
      message: ({ misconfiguration }) =>
        misconfiguration === 'user-pool-setup'
          ? 'For the developer: turn on device tracking in the Cognito user pool (Device tracking: Always or User opt-in) and make sure this operation is enabled for the app client.'
          : 'For the developer: call Amplify.configure(...) with Auth.Cognito settings (userPoolId, userPoolClientId) before rendering, or give tokenDeviceApi a region or endpoint.',
    },
    'device-not-found': {
      heading: 'Device not found',
      message: 'This device is no longer remembered for your account; it may have been forgotten from another device.',
    },
    'invalid-request': {
      heading: "The request wasn't accepted",
      message: 'Reload the page and try once more; if it keeps happening, contact support with the details below.',
    },
    blocked: {
      heading: 'Request blocked',
      message: 'A security check blocked the request; wait a little and try again, or contact support if it keeps happening.',
      action: 'Try again',
    },
    throttled: {
      heading: 'Too many requests',
      message: 'The service asked us to slow down for a moment.',
      action: 'Try again',
    },
    offline: {
      heading: "You're offline",
      message: "Check your connection; we'll try again when you're back online.",
    },
    unavailable: {
      heading: "Devices can't be reached right now",
      message: "The device service didn't answer; please try again in a moment.",
      action: 'Try again',
    },
    unknown: {
      heading: 'Something went wrong',
      message: 'Try again; if it keeps happening, contact support with the details below.',
      action: 'Try again',
    },
  },
  short: englishShortErrors,

  retryCountdown: (seconds) => (seconds === 1 ? 'Trying again in 1 second.' : `Trying again in ${seconds} seconds.`),
  retryingNow: 'Trying again…',
  detailsSummary: 'Details for support',
  errorNameLabel: 'Error',
  requestIdLabel: 'Request ID',
}

/**
 * The text of a state: its own, else `unknown`'s heading and sentence (an admin state whose words the
 * admin entry did not give); not its button label: whether a state offers a button is its own words' to say.
 */
export function errorStateText(text: ErrorText, state: DeviceErrorState): ErrorStateText {
  const { heading, message } = text.states.unknown
  return text.states[state] ?? { heading, message }
}

/** The sentence of a state, with its details interpolated. */
export function errorSentence(text: ErrorText, state: DeviceErrorState, details: ErrorTextDetails): string {
  const message = errorStateText(text, state).message
  return typeof message === 'function' ? message(details) : message
}
