/**
 * Arabic text for the passkey section (right to left). Opt in once at start-up:
 *
 *   import { registerPasskeyTranslations } from 'react-cognito-devices'
 *   import { arPasskeys } from 'react-cognito-devices/locales/ar-passkeys'
 *   registerPasskeyTranslations(arPasskeys)
 */
import type { PasskeyTranslation } from '../i18n/passkeyText'

const transports: Readonly<Record<string, string>> = { usb: 'USB', nfc: 'NFC', ble: 'بلوتوث', hybrid: 'هاتف قريب', internal: 'هذا الجهاز', 'smart-card': 'بطاقة ذكية' }

export const arPasskeys: PasskeyTranslation = {
  language: 'ar',
  direction: 'rtl',
  text: {
    title: 'مفاتيح المرور',
    description: 'تتيح لك مفاتيح المرور تسجيل الدخول ببصمتك أو وجهك أو قفل الشاشة أو مفتاح أمان بدلاً من كلمة المرور.',
    listLabel: 'مفاتيح المرور الخاصة بك',
    loading: 'جارٍ تحميل مفاتيح المرور…',
    emptyTitle: 'لا توجد مفاتيح مرور بعد',
    emptyDescription: 'أضف مفتاح مرور لتسجيل الدخول بدون كلمة مرور.',
    add: 'إضافة مفتاح مرور',
    adding: 'جارٍ إضافة مفتاح المرور…',
    remove: 'إزالة',
    removing: 'جارٍ الإزالة…',
    createdAt: (date) => `أُضيف في ${date}`,
    unknownDate: 'أُضيف في تاريخ غير معروف',
    platform: 'مدمج في جهاز',
    crossPlatform: 'مفتاح أمان أو هاتف',
    transport: (transport) => transports[transport] ?? transport,
    transportsLabel: 'يتصل عبر',
    confirmRemoveTitle: (name) => `إزالة «${name}»؟`,
    confirmRemoveDescription: 'سيتوقف مفتاح المرور هذا عن العمل لهذا الحساب. قد يظل جهازك أو مدير كلمات المرور يعرضه حتى تحذفه هناك أيضاً.',
    cancel: 'إلغاء',
    added: 'تمت إضافة مفتاح المرور.',
    removed: (name) => `تمت إزالة ${name}.`,
    addFailed: 'تعذّرت إضافة مفتاح المرور.',
    removeFailed: 'تعذّرت إزالة مفتاح المرور.',
    errors: {
      'passkeys-not-enabled': 'مفاتيح المرور غير مفعّلة لهذا الحساب.',
      'passkeys-not-configured': 'لم يتم إعداد مفاتيح المرور لهذا التطبيق بعد.',
      'passkey-origin-not-allowed': 'لا يمكن إضافة مفاتيح مرور لهذا الحساب على هذا الموقع.',
      'passkey-relying-party-mismatch': 'ينتمي مفتاح المرور هذا إلى موقع آخر ولا يمكن استخدامه لهذا الحساب.',
      'passkey-challenge-expired': 'استغرق ذلك وقتاً طويلاً. يرجى المحاولة مرة أخرى.',
      'passkey-client-mismatch': 'لقد سجّلت الدخول مرة أخرى في هذه الأثناء. يرجى المحاولة مرة أخرى.',
      'passkey-not-supported': 'لا يمكن استخدام هذا المتصفح أو أداة المصادقة لمفاتيح المرور هنا.',
      'passkey-limit-reached': 'لديك أكبر عدد من مفاتيح المرور يسمح به هذا الحساب. أزل واحداً لإضافة آخر.',
      'passkey-already-registered': 'أداة المصادقة هذه لديها مفتاح مرور لهذا الحساب بالفعل.',
      'passkey-not-found': 'مفتاح المرور هذا لم يعد موجوداً.',
    },
    notEnabled: 'مفاتيح المرور غير مفعّلة لهذا الحساب.',
    genericError: 'حدث خطأ ما. يرجى المحاولة مرة أخرى.',
    retry: 'حاول مرة أخرى',
    showMore: 'عرض المزيد',
    loadingMore: 'جارٍ تحميل المزيد…',
  },
}
