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
  /** The forget dialog's sentence: what forgetting one of this user's devices means (it is signed out). */
  readonly forgetDeviceDescription: string
}

/** The username as one unit of text, kept in its own direction inside a right-to-left sentence (FSI … PDI). */
const isolated = (username: string) => `\u2068${username}\u2069`

const english: AdminText = {
  title: (username) => `Devices of ${username}`,
  description:
    'Every device this user has signed in on, remembered or not. Sign out one that is lost or not theirs: it is forgotten, and its next sign-in is the full one.',
  emptyTitle: 'No devices',
  emptyDescription: 'Cognito knows no device of this user.',
  forgetDeviceDescription:
    'This device will be signed out of this user\'s account and forgotten: to use the account on it again, someone must go through the full sign-in, with any extra verification step.',
}

const german: AdminText = {
  title: (username) => `Geräte von ${username}`,
  description:
    'Alle Geräte, auf denen sich dieser Benutzer angemeldet hat, gespeichert oder nicht. Melden Sie eines ab, das verloren ist oder nicht zu ihm gehört: Es wird vergessen, und seine nächste Anmeldung ist die vollständige.',
  emptyTitle: 'Keine Geräte',
  emptyDescription: 'Cognito kennt kein Gerät dieses Benutzers.',
  forgetDeviceDescription:
    'Dieses Gerät wird vom Konto dieses Benutzers abgemeldet und vergessen: Um das Konto darauf wieder zu nutzen, ist die vollständige Anmeldung nötig, mit jedem zusätzlichen Bestätigungsschritt.',
}

const arabic: AdminText = {
  title: (username) => `أجهزة ${isolated(username)}`,
  description: 'كل الأجهزة التي سجّل هذا المستخدم الدخول عليها، محفوظة أو غير محفوظة. سجّل خروج أي جهاز مفقود أو لا يخصّه: سيُنسى، ويكون تسجيل دخوله التالي كاملًا.',
  emptyTitle: 'لا توجد أجهزة',
  emptyDescription: 'لا يعرف Cognito أي جهاز لهذا المستخدم.',
  forgetDeviceDescription:
    'سيتم تسجيل خروج هذا الجهاز من حساب هذا المستخدم ونسيانه: لاستخدام الحساب عليه من جديد يلزم تسجيل الدخول كاملًا، مع أي خطوة تحقّق إضافية.',
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
