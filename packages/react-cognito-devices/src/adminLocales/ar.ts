/**
 * Arabic words of the admin console (react-cognito-devices/admin). Opt in once at start-up, beside
 * the main entry's Arabic: `registerTranslations(ar)` and `registerAdminTranslations(adminAr)` with
 * `adminAr` from 'react-cognito-devices/admin/locales/ar'.
 */
import type { AdminErrorWords, AdminText, AdminTranslation } from '../adminPanel/adminTranslations'

/** The username as one unit of text, kept in its own direction inside a right-to-left sentence (FSI … PDI). */
const isolated = (username: string) => `\u2068${username}\u2069`

const arabic: AdminText = {
  title: (username) => `أجهزة ${isolated(username)}`,
  description: 'كل الأجهزة التي سجّل هذا المستخدم الدخول عليها، محفوظة أو غير محفوظة. سجّل خروج أي جهاز مفقود أو لا يخصّه: سيُنسى، ويكون تسجيل دخوله التالي كاملًا.',
  emptyTitle: 'لا توجد أجهزة',
  emptyDescription: 'لا يعرف Cognito أي جهاز لهذا المستخدم.',
  forgetDeviceDescription:
    'سيتم تسجيل خروج هذا الجهاز من حساب هذا المستخدم ونسيانه: لاستخدام الحساب عليه من جديد يلزم تسجيل الدخول كاملًا، مع أي خطوة تحقّق إضافية.',
}

const arabicErrors: AdminErrorWords = {
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

export const adminAr: AdminTranslation = { language: 'ar', text: arabic, errors: arabicErrors }
