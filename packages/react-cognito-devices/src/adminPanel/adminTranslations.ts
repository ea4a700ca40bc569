import type { AdminErrorState } from '../errors/classifyError'
import type { ErrorStateText } from '../i18n/errorText'
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

/** The admin states' words in one language: the long form (error views) and the short one (inline). */
export interface AdminErrorWords {
  readonly states: { readonly [S in AdminErrorState]: ErrorStateText }
  readonly short: { readonly [S in AdminErrorState]: string }
  /** `misconfigured` when the console's own setup is at fault (`app-setup`): what adminDeviceApi needs. */
  readonly consoleSetup: string
}

/**
 * The admin console's words in one language: its panel's and its error states'. Opt in, as for the
 * main entry's locales, so a console that needs only English downloads no other:
 *
 *   import { registerAdminTranslations } from 'react-cognito-devices/admin'
 *   import { adminDe } from 'react-cognito-devices/admin/locales/de'
 *   registerAdminTranslations(adminDe)
 */
export interface AdminTranslation {
  /** The BCP 47 language subtag it serves, as DeviceKitTranslation's. */
  readonly language: string
  readonly text: AdminText
  readonly errors: AdminErrorWords
}

const registered = new Map<string, AdminTranslation>()

/** Adds the admin console's words in more languages, used where the kit shows that language (its translation is registered too). */
export function registerAdminTranslations(...translations: readonly AdminTranslation[]): void {
  for (const translation of translations) registered.set(translation.language.toLowerCase(), translation)
}

/** The admin words for the language the kit shows for `locale`, if registered; else undefined (English). */
export function adminTranslationFor(locale: string | undefined): AdminTranslation | undefined {
  const language = translationFor(locale)?.language
  return language === undefined ? undefined : registered.get(language.toLowerCase())
}
