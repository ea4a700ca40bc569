/**
 * Every word the components show, as one typed object (Amplify UI's ChangePassword pattern):
 * components take `displayText?: Partial<DeviceText>` and merge it over the defaults for their
 * locale, so each string is overridable and the defaults are complete (`Required<DeviceText>`).
 * Plurals and interpolation are functions. English, German and Arabic (right-to-left) ship.
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
  /** The inline error row's message for each error state. */
  errorMessage?: (state: DeviceErrorState) => string
  retry?: string
  showMore?: string
  loadingMore?: string

  // DeviceCard
  thisDevice?: string
  remembered?: string
  notRemembered?: string
  /** "Chrome 131 on macOS"; called only when the browser or the system is known. */
  deviceName?: (parts: { browser: string | undefined; os: string | undefined }) => string
  unknownDevice?: string
  /** The summary of the disclosure holding all attributes (with the raw user agent). */
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
}

export type ResolvedDeviceText = Required<DeviceText>

export type DeviceTextLocale = 'en' | 'de' | 'ar'

const en: ResolvedDeviceText = {
  deviceListLabel: 'Your devices',
  loadingDevices: 'Loading devices…',
  emptyTitle: 'No remembered devices',
  emptyDescription: 'Devices you choose to remember when you sign in will appear here.',
  errorMessage: (state) => englishErrors[state],
  retry: 'Try again',
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
    'This device will no longer be remembered. The next time someone signs in to your account on it, it will be treated as a new device and may be asked for an extra verification step.',
  forgetOtherDevicesTitle: (count) =>
    count === undefined ? 'Forget all other devices?' : count === 1 ? 'Forget 1 other device?' : `Forget ${count} other devices?`,
  forgetOtherDevicesDescription:
    'Every device except this one will no longer be remembered. Each will be treated as a new device the next time someone signs in to your account on it.',
  forgetDevice: 'Forget device',
  forgetOtherDevices: 'Forget all other devices',
  forgetting: 'Forgetting…',
}

const englishErrors: Readonly<Record<DeviceErrorState, string>> = {
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

const germanErrors: Readonly<Record<DeviceErrorState, string>> = {
  'signed-out': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'password-reset-required': 'Sie müssen Ihr Passwort zurücksetzen, bevor Sie fortfahren können.',
  'account-unconfirmed': 'Ihr Konto wurde noch nicht bestätigt.',
  'device-not-found': 'Dieses Gerät existiert nicht mehr.',
  'invalid-request': 'Diese Anfrage konnte nicht ausgeführt werden.',
  throttled: 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
  blocked: 'Diese Anfrage wurde blockiert.',
  misconfigured: 'Die Geräteverwaltung ist für diese App nicht eingerichtet.',
  offline: 'Sie sind offenbar offline. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  unavailable: 'Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.',
  unknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
}

const de: ResolvedDeviceText = {
  deviceListLabel: 'Ihre Geräte',
  loadingDevices: 'Geräte werden geladen …',
  emptyTitle: 'Keine gespeicherten Geräte',
  emptyDescription: 'Geräte, die Sie sich bei der Anmeldung merken lassen, werden hier angezeigt.',
  errorMessage: (state) => germanErrors[state],
  retry: 'Erneut versuchen',
  showMore: 'Weitere anzeigen',
  loadingMore: 'Weitere werden geladen …',

  thisDevice: 'Dieses Gerät',
  remembered: 'Gespeichert',
  notRemembered: 'Nicht gespeichert',
  deviceName: ({ browser, os }) => (browser && os ? `${browser} unter ${os}` : browser ? browser : `Gerät unter ${os}`),
  unknownDevice: 'Unbekanntes Gerät',
  details: 'Details',

  attributeDeviceName: 'Name',
  attributeLastIpUsed: 'Letzte IP-Adresse',
  attributeRememberedStatus: 'Gespeichert',
  attributeDeviceStatus: 'Status',
  yes: 'Ja',
  no: 'Nein',
  showAll: 'Alles anzeigen',
  showLess: 'Weniger anzeigen',

  createdAt: 'Hinzugefügt',
  lastModifiedAt: 'Zuletzt geändert',
  lastAuthenticatedAt: 'Zuletzt angemeldet',
  unknownDate: 'Unbekannt',

  cancel: 'Abbrechen',
  forgetThisDeviceTitle: 'Dieses Gerät vergessen?',
  forgetThisDeviceDescription:
    'Dieses Gerät wird nicht mehr gespeichert. Bei Ihrer nächsten Anmeldung darauf gilt es als neues Gerät, und Sie müssen Ihre Identität möglicherweise erneut bestätigen.',
  forgetDeviceTitle: (deviceName) => `„${deviceName}“ vergessen?`,
  forgetDeviceDescription:
    'Dieses Gerät wird nicht mehr gespeichert. Wenn sich jemand das nächste Mal darauf bei Ihrem Konto anmeldet, gilt es als neues Gerät, und möglicherweise ist ein zusätzlicher Bestätigungsschritt nötig.',
  forgetOtherDevicesTitle: (count) =>
    count === undefined ? 'Alle anderen Geräte vergessen?' : count === 1 ? 'Das andere Gerät vergessen?' : `${count} andere Geräte vergessen?`,
  forgetOtherDevicesDescription:
    'Alle Geräte außer diesem werden nicht mehr gespeichert. Bei der nächsten Anmeldung bei Ihrem Konto gilt jedes davon als neues Gerät.',
  forgetDevice: 'Gerät vergessen',
  forgetOtherDevices: 'Alle anderen Geräte vergessen',
  forgetting: 'Wird vergessen …',
}

const arabicErrors: Readonly<Record<DeviceErrorState, string>> = {
  'signed-out': 'انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.',
  'password-reset-required': 'يجب إعادة تعيين كلمة المرور قبل المتابعة.',
  'account-unconfirmed': 'لم يتم تأكيد حسابك بعد.',
  'device-not-found': 'لم يعد هذا الجهاز موجودًا.',
  'invalid-request': 'تعذّر تنفيذ هذا الطلب.',
  throttled: 'طلبات كثيرة جدًا. انتظر لحظة ثم حاول مرة أخرى.',
  blocked: 'تم حظر هذا الطلب.',
  misconfigured: 'إدارة الأجهزة غير مُعدّة لهذا التطبيق.',
  offline: 'يبدو أنك غير متصل بالإنترنت. تحقّق من اتصالك ثم حاول مرة أخرى.',
  unavailable: 'الخدمة غير متاحة مؤقتًا. حاول مرة أخرى بعد قليل.',
  unknown: 'حدث خطأ ما. حاول مرة أخرى.',
}

const arabicNumber = new Intl.NumberFormat('ar')

/** Arabic has six plural forms; the counted noun changes with each (CLDR categories). */
function arabicOtherDevicesTitle(count: number | undefined): string {
  if (count === undefined) return 'نسيان جميع الأجهزة الأخرى؟'
  const n = arabicNumber.format(count)
  switch (new Intl.PluralRules('ar').select(count)) {
    case 'one':
      return 'نسيان الجهاز الآخر؟'
    case 'two':
      return 'نسيان الجهازين الآخرين؟'
    case 'few':
      return `نسيان ${n} أجهزة أخرى؟`
    case 'many':
      return `نسيان ${n} جهازًا آخر؟`
    default:
      return `نسيان ${n} جهاز آخر؟`
  }
}

const ar: ResolvedDeviceText = {
  deviceListLabel: 'أجهزتك',
  loadingDevices: 'جارٍ تحميل الأجهزة…',
  emptyTitle: 'لا توجد أجهزة محفوظة',
  emptyDescription: 'ستظهر هنا الأجهزة التي تختار تذكّرها عند تسجيل الدخول.',
  errorMessage: (state) => arabicErrors[state],
  retry: 'إعادة المحاولة',
  showMore: 'عرض المزيد',
  loadingMore: 'جارٍ تحميل المزيد…',

  thisDevice: 'هذا الجهاز',
  remembered: 'محفوظ',
  notRemembered: 'غير محفوظ',
  deviceName: ({ browser, os }) => (browser && os ? `${browser} على ${os}` : browser ? browser : `جهاز يعمل بنظام ${os}`),
  unknownDevice: 'جهاز غير معروف',
  details: 'التفاصيل',

  attributeDeviceName: 'الاسم',
  attributeLastIpUsed: 'آخر عنوان IP',
  attributeRememberedStatus: 'محفوظ',
  attributeDeviceStatus: 'الحالة',
  yes: 'نعم',
  no: 'لا',
  showAll: 'عرض الكل',
  showLess: 'عرض أقل',

  createdAt: 'تاريخ الإضافة',
  lastModifiedAt: 'آخر تعديل',
  lastAuthenticatedAt: 'آخر تسجيل دخول',
  unknownDate: 'غير معروف',

  cancel: 'إلغاء',
  forgetThisDeviceTitle: 'نسيان هذا الجهاز؟',
  forgetThisDeviceDescription:
    'لن يعود هذا الجهاز محفوظًا. عند تسجيل الدخول عليه في المرة القادمة سيُعامَل كجهاز جديد، وقد يُطلب منك تأكيد هويتك من جديد.',
  forgetDeviceTitle: (deviceName) => `نسيان «${deviceName}»؟`,
  forgetDeviceDescription:
    'لن يعود هذا الجهاز محفوظًا. عندما يسجّل أحدٌ الدخول إلى حسابك عليه في المرة القادمة سيُعامَل كجهاز جديد، وقد تلزم خطوة تحقّق إضافية.',
  forgetOtherDevicesTitle: arabicOtherDevicesTitle,
  forgetOtherDevicesDescription:
    'لن يبقى أي جهاز محفوظًا سوى هذا الجهاز. وسيُعامَل كلٌّ منها كجهاز جديد عند تسجيل الدخول إلى حسابك عليه في المرة القادمة.',
  forgetDevice: 'نسيان الجهاز',
  forgetOtherDevices: 'نسيان جميع الأجهزة الأخرى',
  forgetting: 'جارٍ النسيان…',
}

/** The shipped default texts, by language. */
export const defaultDisplayText: Readonly<Record<DeviceTextLocale, ResolvedDeviceText>> = { en, de, ar }

/** The shipped language for a BCP 47 locale: 'de-AT' -> 'de', 'ar-EG' -> 'ar', anything else -> 'en'. */
export function displayTextLocale(locale: string | undefined): DeviceTextLocale {
  if (!locale) return 'en'
  let language: string
  try {
    language = new Intl.Locale(locale).language
  } catch {
    return 'en'
  }
  return language === 'de' || language === 'ar' ? language : 'en'
}

/** The defaults for `locale` with `overrides` on top; an override left `undefined` keeps the default. */
export function resolveDisplayText(locale: string | undefined, overrides?: DeviceText): ResolvedDeviceText {
  const defaults = defaultDisplayText[displayTextLocale(locale)]
  if (!overrides) return defaults
  const resolved: Record<string, unknown> = { ...defaults }
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) resolved[key] = value
  }
  return resolved as ResolvedDeviceText
}
