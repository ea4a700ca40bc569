import { registerPasskeyTranslations, registerTranslations } from '../../src'
import { ar } from '../../src/locales/ar'
import { arPasskeys } from '../../src/locales/ar-passkeys'
import { de } from '../../src/locales/de'
import { dePasskeys } from '../../src/locales/de-passkeys'

/**
 * The language of the kit's text, as a host chooses it: `?lang=de` or `?lang=ar` (right to left),
 * else the browser's. The demo's own words stay English.
 */
export const PAGE_LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const

export type PageLanguage = (typeof PAGE_LANGUAGES)[number]

/** The `?lang=` the address names, if the demo has it. */
export function chosenLanguage(search: string = window.location.search): PageLanguage | undefined {
  const code = new URLSearchParams(search).get('lang')
  return PAGE_LANGUAGES.find((language) => language.code === code)
}

/** Once, before the first render: the opt-in translations (as docs/i18n.md says a host does), and the page's direction. */
export function setUpPageLanguage(language: PageLanguage | undefined = chosenLanguage()): void {
  registerTranslations(de, ar)
  registerPasskeyTranslations(dePasskeys, arPasskeys)
  if (!language) return
  document.documentElement.lang = language.code
  document.documentElement.dir = language.dir
}
