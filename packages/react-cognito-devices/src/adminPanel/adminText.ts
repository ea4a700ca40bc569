import type { DeviceText } from '../i18n/deviceText'
import type { ManagerText } from '../i18n/managerText'
import { adminTranslationFor, type AdminText } from './adminTranslations'

export const englishAdminText: AdminText = {
  title: (username) => `Devices of ${username}`,
  description: 'Every device this user has signed in on, remembered or not. Sign out one that is lost or not theirs: it is forgotten, and its next sign-in is the full one.',
  emptyTitle: 'No devices',
  emptyDescription: 'Cognito knows no device of this user.',
  forgetDeviceDescription:
    'This device will be signed out of this user\'s account and forgotten: to use the account on it again, someone must go through the full sign-in, with any extra verification step.',
}

/**
 * The admin panel's words for `locale`, in the language the rest of the kit shows for it when an admin
 * translation is registered for it (registerAdminTranslations), else English, as DeviceManager
 * `displayText` for `username`.
 */
export function adminDisplayText(locale: string | undefined, username: string): DeviceText & ManagerText {
  const text = adminTranslationFor(locale)?.text ?? englishAdminText
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
