/**
 * The one resolver of the kit's text: which language a locale shows (a registered translation of its
 * language, else English; each part falls back to its own English defaults, so a bundle holds only
 * the parts it uses) and that language's text with a host's overrides laid over it. The texts
 * themselves, with their types and English defaults, are deviceText.ts, managerText.ts and
 * errorText.ts; other languages are opt-in modules under src/locales.
 */
import { deviceErrorStates } from '../errors/classifyError'
import { englishDeviceText, type DeviceText, type DeviceTextTranslation, type ResolvedDeviceText } from './deviceText'
import { englishErrorText, englishShortErrors, errorStateText, type ErrorStateText, type ErrorText, type ErrorTextOverrides } from './errorText'
import { englishManagerText, type ManagerText, type ResolvedManagerText } from './managerText'

/** All the kit's text in one language. English is built in; others are opt-in modules. */
export interface DeviceKitTranslation {
  /** The BCP 47 language subtag it serves: 'de' serves 'de', 'de-AT', 'de-CH'. */
  readonly language: string
  readonly direction: 'ltr' | 'rtl'
  readonly device: DeviceTextTranslation
  readonly errors: Required<ErrorText>
  readonly manager: ResolvedManagerText
}

const registered = new Map<string, DeviceKitTranslation>()
/** Each registered language's complete device text, built once: a locale's defaults are the same object every time. */
const deviceTexts = new Map<string, ResolvedDeviceText>()

/**
 * Make translations available to every component, once at start-up:
 * `registerTranslations(de, ar)` with `de` from 'react-cognito-devices/locales/de'. A locale whose
 * language has no registered translation shows English (dates still follow the locale).
 */
export function registerTranslations(...translations: readonly DeviceKitTranslation[]): void {
  for (const translation of translations) {
    const language = translation.language.toLowerCase()
    registered.set(language, translation)
    deviceTexts.set(language, withShortErrors(translation.device, translation.errors.short))
  }
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

/** The error text for `locale` with the host's overrides laid over it, per state and per field. */
export function resolveErrorText(locale: string | undefined, overrides?: ErrorTextOverrides): Required<ErrorText> {
  const base = translationFor(locale)?.errors ?? englishErrorText
  if (!overrides) return base
  const states: Record<string, ErrorStateText> = { ...base.states }
  // An admin state the base has no words for starts from `unknown`'s, so a partial override is whole.
  for (const state of deviceErrorStates) {
    const own = overrides.states?.[state]
    if (own) states[state] = withOverrides(errorStateText(base, state), own)
  }
  const { states: _states, short, ...rest } = overrides
  return { ...withOverrides(base, rest), states: states as ErrorText['states'], short: withOverrides(base.short, short) }
}

/** The built-in English text of the device components, `errorMessage` included. */
export const englishDisplayText: ResolvedDeviceText = /* @__PURE__ */ withShortErrors(englishDeviceText, englishShortErrors)

function withShortErrors(device: DeviceTextTranslation, short: ErrorText['short']): ResolvedDeviceText {
  return { ...device, errorMessage: (state) => short[state] ?? short.unknown }
}

/** The device components' text for `locale` with `overrides` on top; `errorMessage` defaults to the error text's short form. */
export function resolveDisplayText(locale: string | undefined, overrides?: DeviceText): ResolvedDeviceText {
  return withOverrides(deviceTexts.get(languageOf(locale)) ?? englishDisplayText, overrides)
}

/** The panel's (DeviceManager's) own text for `locale` with `overrides` on top. */
export function resolveManagerText(locale: string | undefined, overrides: ManagerText | undefined): ResolvedManagerText {
  return withOverrides(translationFor(locale)?.manager ?? englishManagerText, overrides)
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

const rightToLeftLanguages: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'])

/**
 * `rtl` for right-to-left languages, else `ltr`: the direction of the language itself. The kit's
 * components mark their text with the language they actually show (English where a locale has no
 * registered translation), not with this.
 */
export function textDirection(locale: string | undefined): 'ltr' | 'rtl' {
  return rightToLeftLanguages.has(languageOf(locale)) ? 'rtl' : 'ltr'
}
