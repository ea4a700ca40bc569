import type { ErrorText } from '../boundary/displayText'
import type { ResolvedDeviceText } from '../components/displayText'
import type { ResolvedManagerText } from '../components/managerText'

/** All the kit's text in one language. English is built in; others are opt-in modules. */
export interface DeviceKitTranslation {
  /** The BCP 47 language subtag it serves: 'de' serves 'de', 'de-AT', 'de-CH'. */
  readonly language: string
  readonly direction: 'ltr' | 'rtl'
  readonly device: ResolvedDeviceText
  readonly errors: Required<ErrorText>
  readonly manager: ResolvedManagerText
}

const registered = new Map<string, DeviceKitTranslation>()

/**
 * Make translations available to every component, once at start-up:
 * `registerTranslations(de, ar)` with `de` from 'react-cognito-devices/locales/de'. A locale whose
 * language has no registered translation shows English (dates still follow the locale).
 */
export function registerTranslations(...translations: readonly DeviceKitTranslation[]): void {
  for (const translation of translations) registered.set(translation.language.toLowerCase(), translation)
}

/** The registered translation for a locale's language, if any. */
export function translationFor(locale: string | undefined): DeviceKitTranslation | undefined {
  return registered.get(languageOf(locale))
}

/** The language part of a BCP 47 tag, lower-cased: `de-AT` -> `de`. */
export function languageOf(locale: string | undefined): string {
  return (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
}

/** The defaults with a host's overrides laid over them, field by field; an override left `undefined` keeps the default. */
export function withOverrides<T extends object>(defaults: T, overrides: { readonly [K in keyof T]?: T[K] | undefined } | undefined): T {
  if (!overrides) return defaults
  const merged = { ...defaults } as Record<string, unknown>
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) merged[key] = value
  }
  return merged as T
}

/**
 * The `lang` and `dir` of the text actually shown for `locale`: its registered translation's, else
 * English's. A Hebrew locale with no Hebrew translation registered shows English, so it is marked
 * `en`, left to right, not laid out right to left.
 */
export function shownLanguage(locale: string | undefined): { lang: string; dir: 'ltr' | 'rtl' } {
  const translation = translationFor(locale)
  return translation && locale ? { lang: locale, dir: translation.direction } : { lang: 'en', dir: 'ltr' }
}
