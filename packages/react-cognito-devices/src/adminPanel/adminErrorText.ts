import type { AdminErrorState, DeviceErrorState } from '../errors/classifyError'
import { errorSentence, type ErrorStateText, type ErrorTextOverrides } from '../i18n/errorText'
import { resolveErrorText, translationFor } from '../i18n/translations'

/** The admin states' words in one language: the long form (error views) and the short one (inline). */
interface AdminErrorWords {
  readonly states: { readonly [S in AdminErrorState]: ErrorStateText }
  readonly short: { readonly [S in AdminErrorState]: string }
  /** `misconfigured` when the console's own setup is at fault (`app-setup`): what adminDeviceApi needs. */
  readonly consoleSetup: string
}

const english: AdminErrorWords = {
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

const german: AdminErrorWords = {
  states: {
    'admin-credentials': {
      heading: 'Administrator-Anmeldung nötig',
      message: 'Die AWS-Anmeldedaten zur Geräteverwaltung fehlen oder sind abgelaufen. Melden Sie sich erneut als Administrator an.',
      action: 'Erneut versuchen',
    },
    'admin-access-denied': {
      heading: 'Nicht erlaubt',
      message: 'Ihre Rolle darf die Geräte dieses Benutzerpools nicht verwalten. Bitten Sie einen Administrator um Zugriff.',
    },
    'user-not-found': {
      heading: 'Benutzer nicht gefunden',
      message: 'Einen Benutzer mit diesem Namen gibt es im Benutzerpool nicht.',
    },
  },
  short: {
    'admin-credentials': 'Die Administrator-Anmeldedaten fehlen oder sind abgelaufen.',
    'admin-access-denied': 'Ihre Rolle darf die Geräte dieses Benutzerpools nicht verwalten.',
    'user-not-found': 'Diesen Benutzer gibt es im Benutzerpool nicht.',
  },
  consoleSetup:
    'Für Entwickler: Geben Sie adminDeviceApi eine userPoolId wie "eu-west-1_AbC123" (oder eine Region) und liefern Sie die Konsole über https:// oder von localhost aus, wo Browser das WebCrypto anbieten, mit dem sie Anfragen signiert.',
}

const arabic: AdminErrorWords = {
  states: {
    'admin-credentials': {
      heading: 'يلزم تسجيل دخول المسؤول',
      message: 'بيانات اعتماد AWS لإدارة الأجهزة مفقودة أو منتهية الصلاحية. سجّل الدخول مرة أخرى بصفتك مسؤولًا.',
      action: 'إعادة المحاولة',
    },
    'admin-access-denied': {
      heading: 'غير مسموح',
      message: 'لا يسمح دورك بإدارة أجهزة مجمّع المستخدمين هذا. اطلب الوصول من أحد المسؤولين.',
    },
    'user-not-found': {
      heading: 'المستخدم غير موجود',
      message: 'لا يوجد مستخدم بهذا الاسم في مجمّع المستخدمين.',
    },
  },
  short: {
    'admin-credentials': 'بيانات اعتماد المسؤول مفقودة أو منتهية الصلاحية.',
    'admin-access-denied': 'لا يسمح دورك بإدارة أجهزة مجمّع المستخدمين هذا.',
    'user-not-found': 'لا يوجد مستخدم بهذا الاسم في مجمّع المستخدمين.',
  },
  consoleSetup:
    'ملاحظة للمطوّر: مرّر إلى adminDeviceApi قيمة userPoolId مثل "eu-west-1_AbC123" (أو منطقةً)، وقدّم لوحة التحكم عبر https:// أو من localhost، حيث توفّر المتصفحات WebCrypto الذي توقّع به الطلبات.',
}

const byLanguage: Readonly<Record<string, AdminErrorWords>> = { en: english, de: german, ar: arabic }
const adminStates: readonly AdminErrorState[] = ['admin-credentials', 'admin-access-denied', 'user-not-found']

/**
 * The admin states' text for `locale`, as error-text overrides: give it to a DeviceErrorBoundary or
 * DeviceErrorView of your own; AdminDeviceManager uses it already. Each state's words come from the
 * translation registered for the locale's language where it has them (a host's own may), else from
 * the kit's English, German or Arabic, else English. `misconfigured` keeps the kit's sentence for a
 * user pool's setup and says what adminDeviceApi needs when the console's own setup is at fault (its
 * ConfigurationErrors: a pool id without a region, no WebCrypto).
 */
export function adminErrorText(locale: string | undefined): ErrorTextOverrides {
  const translation = translationFor(locale)
  const ours = byLanguage[translation?.language ?? 'en'] ?? english
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
