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
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return registered.get(language)
}
