import type { DeviceErrorState, Misconfiguration } from '../errors/classifyError'
import { languageOf, translationFor, withOverrides } from '../i18n/translations'

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

/** Every string the error views render. */
export interface ErrorText {
  readonly states: { readonly [S in DeviceErrorState]: ErrorStateText }
  /** Shown while a throttled or offline state waits to try again. */
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
  readonly retryCountdown?: ErrorText['retryCountdown']
  readonly retryingNow?: string
  readonly detailsSummary?: string
  readonly errorNameLabel?: string
  readonly requestIdLabel?: string
}

const en: Required<ErrorText> = {
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
    'admin-credentials': {
      heading: 'Administrator sign-in needed',
      message: 'The AWS credentials for managing devices are missing or have expired. Sign in again as an administrator.',
    },
    'admin-access-denied': {
      heading: 'Not allowed',
      message: "Your role may not manage this user pool's devices. Ask an administrator for access.",
    },
    'user-not-found': {
      heading: 'User not found',
      message: 'No user with this name exists in the user pool.',
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
  retryCountdown: (seconds) => (seconds === 1 ? 'Trying again in 1 second.' : `Trying again in ${seconds} seconds.`),
  retryingNow: 'Trying again…',
  detailsSummary: 'Details for support',
  errorNameLabel: 'Error',
  requestIdLabel: 'Request ID',
}

/** The built-in English text; other languages come from `react-cognito-devices/locales/*`. */
export const englishErrorText: Required<ErrorText> = en

/**
 * The text for a locale (a registered translation of its language: `de-CH` uses `de`; else `en`),
 * with the host's overrides laid over it, per state and per field.
 */
export function resolveErrorText(locale: string | undefined, overrides?: ErrorTextOverrides): Required<ErrorText> {
  const base = translationFor(locale)?.errors ?? en
  if (!overrides) return base
  const states = { ...base.states }
  for (const state of Object.keys(states) as DeviceErrorState[]) states[state] = withOverrides(states[state], overrides.states?.[state])
  const { states: _ignored, ...rest } = overrides
  return { ...withOverrides(base, rest), states }
}

/** The sentence of a state, with its details interpolated. */
export function errorSentence(text: ErrorText, state: DeviceErrorState, details: ErrorTextDetails): string {
  const message = text.states[state].message
  return typeof message === 'function' ? message(details) : message
}

const rightToLeftLanguages: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'])

/**
 * `rtl` for right-to-left languages, else `ltr`: the direction of the language itself. The kit's
 * components mark their text with the language they actually show (English where a locale has no
 * registered translation), not with this.
 */
export function textDirection(locale: string | undefined): 'ltr' | 'rtl' {
  return rightToLeftLanguages.has(languageOf(locale)) ? 'rtl' : 'ltr'
}
