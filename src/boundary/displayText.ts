import type { DeviceErrorState, Misconfiguration } from '../errors/classifyError'

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

const de: Required<ErrorText> = {
  states: {
    'signed-out': {
      heading: 'Ihre Sitzung ist abgelaufen',
      message: 'Melden Sie sich erneut an, um Ihre Geräte zu sehen und zu verwalten.',
      action: 'Erneut anmelden',
    },
    'password-reset-required': {
      heading: 'Neues Passwort erforderlich',
      message: 'Bevor Sie Ihre Geräte verwalten können, braucht Ihr Konto ein neues Passwort: Setzen Sie es zurück und melden Sie sich dann erneut an.',
      action: 'Passwort zurücksetzen',
    },
    'account-unconfirmed': {
      heading: 'Konto nicht bestätigt',
      message: 'Bestätigen Sie Ihr Konto mit dem Code, den Sie per E-Mail oder SMS erhalten haben, und melden Sie sich dann erneut an.',
      action: 'Konto bestätigen',
    },
    misconfigured: {
      heading: 'Die Geräteverwaltung ist nicht eingerichtet',
      message: ({ misconfiguration }) =>
        misconfiguration === 'user-pool-setup'
          ? 'Für Entwickler: Aktivieren Sie im Cognito-Benutzerpool die Geräteverfolgung (Device tracking: Always oder User opt-in) und prüfen Sie, ob dieser Vorgang für den App-Client freigegeben ist.'
          : 'Für Entwickler: Rufen Sie vor dem Rendern Amplify.configure(...) mit den Auth.Cognito-Einstellungen (userPoolId, userPoolClientId) auf oder geben Sie tokenDeviceApi eine Region oder einen Endpunkt.',
    },
    'device-not-found': {
      heading: 'Gerät nicht gefunden',
      message: 'Dieses Gerät ist für Ihr Konto nicht mehr gespeichert; vielleicht wurde es auf einem anderen Gerät entfernt.',
    },
    'invalid-request': {
      heading: 'Die Anfrage wurde nicht angenommen',
      message: 'Laden Sie die Seite neu und versuchen Sie es noch einmal; wenn es wieder passiert, wenden Sie sich mit den Angaben unten an den Support.',
    },
    blocked: {
      heading: 'Anfrage blockiert',
      message: 'Eine Sicherheitsprüfung hat die Anfrage blockiert; warten Sie kurz und versuchen Sie es erneut oder wenden Sie sich an den Support, wenn es wieder passiert.',
      action: 'Erneut versuchen',
    },
    throttled: {
      heading: 'Zu viele Anfragen',
      message: 'Der Dienst hat uns gebeten, kurz zu warten.',
      action: 'Erneut versuchen',
    },
    offline: {
      heading: 'Sie sind offline',
      message: 'Prüfen Sie Ihre Verbindung; sobald Sie wieder online sind, versuchen wir es erneut.',
    },
    unavailable: {
      heading: 'Die Geräte sind gerade nicht erreichbar',
      message: 'Der Gerätedienst hat nicht geantwortet; bitte versuchen Sie es gleich noch einmal.',
      action: 'Erneut versuchen',
    },
    unknown: {
      heading: 'Etwas ist schiefgelaufen',
      message: 'Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich mit den Angaben unten an den Support.',
      action: 'Erneut versuchen',
    },
  },
  retryCountdown: (seconds) => (seconds === 1 ? 'Neuer Versuch in 1 Sekunde.' : `Neuer Versuch in ${seconds} Sekunden.`),
  retryingNow: 'Neuer Versuch läuft …',
  detailsSummary: 'Angaben für den Support',
  errorNameLabel: 'Fehler',
  requestIdLabel: 'Anfrage-ID',
}

const arabicPlural = new Intl.PluralRules('ar')
const arabicNumber = new Intl.NumberFormat('ar')

/** Arabic counts agree with the number: one, two (dual), 3–10 (plural), 11–99 and 100+ (singular). */
function arabicSeconds(seconds: number): string {
  const n = arabicNumber.format(seconds)
  switch (arabicPlural.select(seconds)) {
    case 'zero':
      return 'نحاول مجددًا الآن.'
    case 'one':
      return 'نحاول مجددًا خلال ثانية واحدة.'
    case 'two':
      return 'نحاول مجددًا خلال ثانيتين.'
    case 'few':
      return `نحاول مجددًا خلال ${n} ثوانٍ.`
    default:
      return `نحاول مجددًا خلال ${n} ثانية.`
  }
}

const ar: Required<ErrorText> = {
  states: {
    'signed-out': {
      heading: 'انتهت جلستك',
      message: 'سجّل الدخول مرة أخرى لعرض أجهزتك وإدارتها.',
      action: 'تسجيل الدخول مرة أخرى',
    },
    'password-reset-required': {
      heading: 'يلزم تعيين كلمة مرور جديدة',
      message: 'يحتاج حسابك إلى كلمة مرور جديدة قبل أن تتمكن من إدارة أجهزتك: أعد تعيينها، ثم سجّل الدخول مرة أخرى.',
      action: 'إعادة تعيين كلمة المرور',
    },
    'account-unconfirmed': {
      heading: 'لم يتم تأكيد الحساب',
      message: 'أكّد حسابك بالرمز الذي وصلك عبر البريد الإلكتروني أو رسالة نصية، ثم سجّل الدخول مرة أخرى.',
      action: 'تأكيد الحساب',
    },
    misconfigured: {
      heading: 'إدارة الأجهزة غير مُعدّة',
      message: ({ misconfiguration }) =>
        misconfiguration === 'user-pool-setup'
          ? 'ملاحظة للمطوّر: فعّل تتبّع الأجهزة في مجمّع مستخدمي Cognito (Device tracking: Always أو User opt-in)، وتأكّد من أن هذه العملية مفعّلة لعميل التطبيق.'
          : 'ملاحظة للمطوّر: استدعِ Amplify.configure(...) مع إعدادات Auth.Cognito (userPoolId وuserPoolClientId) قبل العرض، أو مرّر إلى tokenDeviceApi منطقةً أو نقطة اتصال.',
    },
    'device-not-found': {
      heading: 'الجهاز غير موجود',
      message: 'لم يعد هذا الجهاز محفوظًا في حسابك، وربما أُزيل من جهاز آخر.',
    },
    'invalid-request': {
      heading: 'لم يُقبل الطلب',
      message: 'أعد تحميل الصفحة وحاول مرة أخرى، وإذا تكرر ذلك فتواصل مع الدعم وأرفق التفاصيل أدناه.',
    },
    blocked: {
      heading: 'تم حظر الطلب',
      message: 'حظر فحصٌ أمني هذا الطلب؛ انتظر قليلًا ثم حاول مرة أخرى، أو تواصل مع الدعم إذا تكرر ذلك.',
      action: 'إعادة المحاولة',
    },
    throttled: {
      heading: 'طلبات كثيرة جدًا',
      message: 'طلبت منا الخدمة التمهّل قليلًا.',
      action: 'إعادة المحاولة',
    },
    offline: {
      heading: 'أنت غير متصل بالإنترنت',
      message: 'تحقّق من اتصالك، وسنحاول مجددًا عند عودة الاتصال.',
    },
    unavailable: {
      heading: 'تعذّر الوصول إلى الأجهزة حاليًا',
      message: 'لم تستجب خدمة الأجهزة؛ يُرجى المحاولة مرة أخرى بعد قليل.',
      action: 'إعادة المحاولة',
    },
    unknown: {
      heading: 'حدث خطأ ما',
      message: 'حاول مرة أخرى، وإذا تكرر ذلك فتواصل مع الدعم وأرفق التفاصيل أدناه.',
      action: 'إعادة المحاولة',
    },
  },
  retryCountdown: arabicSeconds,
  retryingNow: 'جارٍ إعادة المحاولة…',
  detailsSummary: 'تفاصيل للدعم',
  errorNameLabel: 'الخطأ',
  requestIdLabel: 'معرّف الطلب',
}

/** The built-in text, by language. */
export const defaultErrorText: Readonly<Record<'en' | 'de' | 'ar', Required<ErrorText>>> = { en, de, ar }

/** The language part of a BCP 47 tag, lower-cased: `de-AT` -> `de`. */
function languageOf(locale: string | undefined): string {
  return (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
}

/**
 * The text for a locale (its language: `de-CH` uses `de`; languages without built-in text use `en`),
 * with the host's overrides laid over it, per state and per field.
 */
export function resolveErrorText(locale: string | undefined, overrides?: ErrorTextOverrides): Required<ErrorText> {
  const language = languageOf(locale)
  const base = Object.hasOwn(defaultErrorText, language) ? defaultErrorText[language as keyof typeof defaultErrorText] : en
  if (!overrides) return base
  const states = { ...base.states }
  for (const state of Object.keys(states) as DeviceErrorState[]) {
    const override = overrides.states?.[state]
    if (override) states[state] = { ...states[state], ...withoutUndefined(override) }
  }
  const { states: _ignored, ...rest } = overrides
  return { ...base, ...withoutUndefined(rest), states }
}

/** The sentence of a state, with its details interpolated. */
export function errorSentence(text: ErrorText, state: DeviceErrorState, details: ErrorTextDetails): string {
  const message = text.states[state].message
  return typeof message === 'function' ? message(details) : message
}

const rightToLeftLanguages: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'])

/** `rtl` for right-to-left languages, else `ltr`. */
export function textDirection(locale: string | undefined): 'ltr' | 'rtl' {
  return rightToLeftLanguages.has(languageOf(locale)) ? 'rtl' : 'ltr'
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>
}
