import type { DeviceText } from '../i18n/deviceText'
import type { ManagerText } from '../i18n/managerText'
import { translationFor } from '../i18n/translations'

/** The words AdminDeviceManager says differently from the user's own panel: it is about someone else. */
export interface AdminText {
  /** The heading, and the list's accessible name: whose devices these are. */
  readonly title: (username: string) => string
  readonly description: string
  readonly emptyTitle: string
  readonly emptyDescription: string
  /** The forget dialog's sentence: what forgetting one of this user's devices means. */
  readonly forgetDeviceDescription: string
}

/** The username as one unit of text, kept in its own direction inside a right-to-left sentence (FSI … PDI). */
const isolated = (username: string) => `\u2068${username}\u2069`

const english: AdminText = {
  title: (username) => `Devices of ${username}`,
  description: 'Every device this user has signed in on, remembered or not. Forget one that is lost or not theirs: it then counts as a new device at the next sign-in.',
  emptyTitle: 'No devices',
  emptyDescription: 'Cognito knows no device of this user.',
  forgetDeviceDescription:
    'This device will no longer be remembered for this user. The next time someone signs in to the account on it, it will be treated as a new device and may be asked for an extra verification step.',
}

const german: AdminText = {
  title: (username) => `Geräte von ${username}`,
  description:
    'Alle Geräte, auf denen sich dieser Benutzer angemeldet hat, gespeichert oder nicht. Vergessen Sie eines, das verloren ist oder nicht zu ihm gehört: Bei der nächsten Anmeldung gilt es dann als neues Gerät.',
  emptyTitle: 'Keine Geräte',
  emptyDescription: 'Cognito kennt kein Gerät dieses Benutzers.',
  forgetDeviceDescription:
    'Dieses Gerät wird für diesen Benutzer nicht mehr gespeichert. Meldet sich jemand auf ihm beim Konto an, gilt es als neues Gerät, und es kann ein zusätzlicher Bestätigungsschritt verlangt werden.',
}

const arabic: AdminText = {
  title: (username) => `أجهزة ${isolated(username)}`,
  description: 'كل الأجهزة التي سجّل هذا المستخدم الدخول عليها، محفوظة أو غير محفوظة. انسَ أي جهاز مفقود أو لا يخصّه: سيُعامل كجهاز جديد عند تسجيل الدخول التالي.',
  emptyTitle: 'لا توجد أجهزة',
  emptyDescription: 'لا يعرف Cognito أي جهاز لهذا المستخدم.',
  forgetDeviceDescription:
    'لن يتم تذكّر هذا الجهاز لهذا المستخدم بعد الآن. في المرة القادمة التي يسجّل فيها أحد الدخول إلى الحساب عليه، سيُعامل كجهاز جديد وقد يُطلب منه خطوة تحقق إضافية.',
}

const byLanguage: Readonly<Record<string, AdminText>> = { en: english, de: german, ar: arabic }

/**
 * The admin panel's words for `locale`, in the language the rest of the kit shows for it (a registered
 * translation's, else English), as DeviceManager `displayText` for `username`.
 */
export function adminDisplayText(locale: string | undefined, username: string): DeviceText & ManagerText {
  const text = byLanguage[translationFor(locale)?.language ?? 'en'] ?? english
  const title = text.title(username)
  return {
    title,
    description: text.description,
    deviceListLabel: title,
    emptyTitle: text.emptyTitle,
    emptyDescription: text.emptyDescription,
    forgetDeviceDescription: text.forgetDeviceDescription,
  }
}
