import type { AdminErrorState, DeviceErrorState } from '../errors/classifyError'
import { errorSentence, type ErrorStateText, type ErrorTextOverrides } from '../i18n/errorText'
import { resolveErrorText } from '../i18n/translations'
import { adminTranslationFor, type AdminErrorWords } from './adminTranslations'

export const englishAdminErrorWords: AdminErrorWords = {
  states: {
    // The credentials provider is asked again on every call: after the admin signs in again (or the
    // backend vends new credentials) the same request succeeds, so this state has a button.
    'admin-credentials': {
      heading: 'Administrator sign-in needed',
      message: 'The AWS credentials for managing devices are missing or have expired. Sign in again as an administrator.',
      action: 'Try again',
    },
    // An admin's role or target user: a person has to change them, not a retry.
    'admin-access-denied': {
      heading: 'Not allowed',
      message: "Your role may not manage this user pool's devices. Ask an administrator for access.",
    },
    'user-not-found': {
      heading: 'User not found',
      message: 'No user with this name exists in the user pool.',
    },
  },
  short: {
    'admin-credentials': 'The administrator credentials are missing or have expired.',
    'admin-access-denied': "Your role may not manage this user pool's devices.",
    'user-not-found': 'No such user in this user pool.',
  },
  consoleSetup:
    'For the developer: give adminDeviceApi a userPoolId such as "eu-west-1_AbC123" (or a region), and serve the console over https:// or from localhost, where browsers offer the WebCrypto it signs requests with.',
}

const adminStates: readonly AdminErrorState[] = ['admin-credentials', 'admin-access-denied', 'user-not-found']

/**
 * The admin states' text for `locale`, as error-text overrides: give it to a DeviceErrorBoundary or
 * DeviceErrorView of your own; AdminDeviceManager uses it already. Each state's words come from the
 * translation registered for the locale's language where it has them (a host's own may), else from
 * the admin translation registered for it (registerAdminTranslations), else English. `misconfigured` keeps the kit's sentence for a
 * user pool's setup and says what adminDeviceApi needs when the console's own setup is at fault (its
 * ConfigurationErrors: a pool id without a region, no WebCrypto).
 */
export function adminErrorText(locale: string | undefined): ErrorTextOverrides {
  const ours = adminTranslationFor(locale)?.errors ?? englishAdminErrorWords
  const base = resolveErrorText(locale)
  const states: Partial<Record<DeviceErrorState, ErrorStateText>> = {
    misconfigured: {
      ...base.states.misconfigured,
      message: (details) => (details.misconfiguration === 'app-setup' ? ours.consoleSetup : errorSentence(base, 'misconfigured', details)),
    },
  }
  const short: Partial<Record<AdminErrorState, string>> = {}
  for (const state of adminStates) {
    states[state] = base.states[state] ?? ours.states[state]
    short[state] = base.short[state] ?? ours.short[state]
  }
  return { states, short }
}
