/**
 * Arabic (right-to-left) text for every part of the main entry (the admin entry brings its own:
 * adminErrorText). Opt in once at start-up, so apps that do not need it do not download it:
 *
 *   import { registerTranslations } from 'react-cognito-devices'
 *   import { ar } from 'react-cognito-devices/locales/ar'
 *   registerTranslations(ar)
 */
import type { DeviceTextTranslation } from '../i18n/deviceText'
import type { ErrorText } from '../i18n/errorText'
import type { ResolvedManagerText } from '../i18n/managerText'
import type { UserErrorState } from '../errors/classifyError'
import type { DeviceKitTranslation } from '../i18n/translations'

const arabicErrors: Readonly<Record<UserErrorState, string>> = {
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
  if (count === undefined) return 'تسجيل خروج جميع الأجهزة الأخرى؟'
  const n = arabicNumber.format(count)
  switch (new Intl.PluralRules('ar').select(count)) {
    case 'one':
      return 'تسجيل خروج الجهاز الآخر؟'
    case 'two':
      return 'تسجيل خروج الجهازين الآخرين؟'
    case 'few':
      return `تسجيل خروج ${n} أجهزة أخرى؟`
    case 'many':
      return `تسجيل خروج ${n} جهازًا آخر؟`
    default:
      return `تسجيل خروج ${n} جهاز آخر؟`
  }
}

/** The forms of one unit of time by CLDR plural category: one, two, few (3–10), many (11–99), other. */
const arabicUnits = {
  day: ['يوم', 'يومين', 'أيام', 'يومًا', 'يوم'],
  hour: ['ساعة', 'ساعتين', 'ساعات', 'ساعة', 'ساعة'],
  minute: ['دقيقة', 'دقيقتين', 'دقائق', 'دقيقة', 'دقيقة'],
  second: ['ثانية', 'ثانيتين', 'ثوانٍ', 'ثانية', 'ثانية'],
} as const

/** "ساعة", "٥ دقائق": an access-token lifetime, after "خلال" (within). */
function arabicDuration(seconds: number): string {
  const [amount, unit] =
    seconds % 86_400 === 0 ? [seconds / 86_400, 'day' as const] : seconds % 3600 === 0 ? [seconds / 3600, 'hour' as const] : seconds % 60 === 0 ? [seconds / 60, 'minute' as const] : [seconds, 'second' as const]
  const [one, two, few, many, other] = arabicUnits[unit]
  switch (new Intl.PluralRules('ar').select(amount)) {
    case 'one':
      return one
    case 'two':
      return two
    case 'few':
      return `${arabicNumber.format(amount)} ${few}`
    case 'many':
      return `${arabicNumber.format(amount)} ${many}`
    default:
      return `${arabicNumber.format(amount)} ${other}`
  }
}

const deviceText: DeviceTextTranslation = {
  deviceListLabel: 'أجهزتك',
  loadingDevices: 'جارٍ تحميل الأجهزة…',
  emptyTitle: 'لا توجد أجهزة محفوظة',
  emptyDescription: 'ستظهر هنا الأجهزة التي تختار تذكّرها عند تسجيل الدخول.',
  retry: 'إعادة المحاولة',
  retrying: 'جارٍ إعادة المحاولة…',
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
    'لن يعود هذا الجهاز محفوظًا، وسيتم تسجيل خروجك هنا: لا يمكن تجديد جلستك هنا من دونه. سيكون تسجيل دخولك التالي على هذا الجهاز كاملًا، مع أي خطوة تحقّق إضافية.',
  thisDeviceSignedOutWhen: (lifetime) =>
    lifetime ? `تبقى مسجّل الدخول هنا حتى تنتهي هذه الجلسة، خلال ${arabicDuration(lifetime)} على الأكثر.` : 'تبقى مسجّل الدخول هنا حتى تنتهي هذه الجلسة.',
  forgetDeviceTitle: (deviceName) => `تسجيل خروج «${deviceName}»؟`,
  forgetDeviceDescription:
    'سيتم تسجيل خروج هذا الجهاز من حسابك ونسيانه: لاستخدام حسابك عليه من جديد يلزم تسجيل الدخول كاملًا، مع أي خطوة تحقّق إضافية.',
  signedOutWhen: (lifetime) =>
    lifetime ? `يبقى مسجّل الدخول حتى تنتهي جلسته الحالية، خلال ${arabicDuration(lifetime)} على الأكثر.` : 'يبقى مسجّل الدخول حتى تنتهي جلسته الحالية.',
  forgetOtherDevicesTitle: arabicOtherDevicesTitle,
  forgetOtherDevicesDescription:
    'سيتم تسجيل خروج كل جهاز مدرج هنا ونسيانه، ويبقى هذا الجهاز مسجّل الدخول. لاستخدام حسابك من جديد يلزم كلًّا منها تسجيل الدخول كاملًا، مع أي خطوة تحقّق إضافية. أما عمليات تسجيل الدخول التي لا تعرضها هذه القائمة (جهاز غير محفوظ، أو تسجيل دخول عبر موقع آخر) فلا ينهيها إلا «تسجيل الخروج من كل الأجهزة».',
  othersSignedOutWhen: (lifetime) =>
    lifetime ? `يبقى كلٌّ منها مسجّل الدخول حتى تنتهي جلسته الحالية، خلال ${arabicDuration(lifetime)} على الأكثر.` : 'يبقى كلٌّ منها مسجّل الدخول حتى تنتهي جلسته الحالية.',
  forgetDevice: 'نسيان الجهاز',
  signOutDevice: 'تسجيل خروج الجهاز',
  forgetOtherDevices: 'تسجيل خروج جميع الأجهزة الأخرى',
  forgetting: 'جارٍ النسيان…',
  signingOut: 'جارٍ تسجيل الخروج…',
  signOutEverywhereTitle: 'تسجيل الخروج من كل الأجهزة؟',
  signOutEverywhereDescription:
    'سيتم تسجيل خروجك من كل الأجهزة، بما فيها هذا الجهاز، ومن عمليات تسجيل الدخول التي لا تعرضها هذه القائمة. لا يستطيع أي جهاز تجديد جلسته؛ على كل جهاز تسجيل الدخول من جديد. تبقى الأجهزة المحفوظة محفوظة.',
  signOutEverywhere: 'تسجيل الخروج من كل الأجهزة',
  signingOutEverywhere: 'جارٍ تسجيل الخروج…',
  lastUsedFrom: 'آخر استخدام من',
  placeSeparator: '، ',
}

const arabicPlural = new Intl.PluralRules('ar')

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

const errors: Required<ErrorText> = {
  short: arabicErrors,
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

const manager: ResolvedManagerText = {
  title: 'أجهزتك',
  description: 'الأجهزة المحفوظة لحسابك. سجّل خروج أي جهاز لم تعد تستخدمه أو لا تتعرّف عليه.',
  refresh: 'تحديث',
  refreshing: 'جارٍ التحديث…',
  forget: 'نسيان',
  signOutOtherDevice: 'تسجيل الخروج',
  remember: 'حفظ',
  stopRemembering: 'إيقاف الحفظ',
  forgotDevice: (name) => `تم نسيان ${name}، وسيُسجَّل خروجه عند انتهاء جلسته الحالية.`,
  forgotOtherDevices: (count) =>
    count === 1
      ? 'تم نسيان الجهاز الآخر، وسيُسجَّل خروجه عند انتهاء جلسته الحالية.'
      : `تم نسيان كل الأجهزة الأخرى (${arabicNumber.format(count)})، وسيُسجَّل خروج كلٍّ منها عند انتهاء جلسته الحالية.`,
  signingOutOthers: 'جارٍ تسجيل خروج الأجهزة الأخرى…',
  signOutOthersCount: (done, total) => `${arabicNumber.format(done)} من ${arabicNumber.format(total)}`,
  signOutOthersGoesOn: 'يغادر كل جهاز القائمة بمجرد تسجيل خروجه. إذا غادرت هذه الصفحة، تبقى الأجهزة التي لم يُسجَّل خروجها بعدُ مدرجة.',
  signOutOthersPartly: (done, total) => `تم تسجيل خروج ${arabicNumber.format(done)} من ${arabicNumber.format(total)} من الأجهزة الأخرى. أما هذه فلا:`,
  retrySignOutOthers: (count) => (count === 1 ? 'إعادة المحاولة لهذا الجهاز' : `إعادة المحاولة لهذه الأجهزة (${arabicNumber.format(count)})`),
  rememberedDevice: (name) => `أصبح ${name} محفوظًا.`,
  stoppedRememberingDevice: (name) => `لم يعد ${name} محفوظًا.`,
  forgetFailed: 'تعذّر نسيان هذا الجهاز.',
  signOutFailed: 'تعذّر تسجيل خروج هذا الجهاز.',
  forgetOthersFailed: 'تعذّر تسجيل خروج الأجهزة الأخرى.',
  rememberFailed: 'تعذّر تغيير حالة حفظ هذا الجهاز.',
  thisDeviceNotRemembered: 'هذا الجهاز غير محفوظ',
  rememberThisDevice: 'حفظ هذا الجهاز',
  rememberThisDeviceGone: 'لم يعد حسابك يعرف هذا الجهاز (ربما نُسي من جهاز آخر). سجّل الدخول من جديد لحفظه.',
  signOutEverywhere: 'تسجيل الخروج من كل الأجهزة',
  signOutEverywhereFailed: 'تعذّر تسجيل الخروج من كل الأجهزة. ما زلت مسجّل الدخول هنا.',
}

export const ar: DeviceKitTranslation = { language: 'ar', direction: 'rtl', device: deviceText, errors, manager }
