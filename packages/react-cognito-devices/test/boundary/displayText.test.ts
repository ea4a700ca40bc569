import { describe, expect, it } from 'vitest'
import { englishErrorText, errorSentence, errorStateText } from '../../src/i18n/errorText'
import { resolveDisplayText, resolveErrorText } from '../../src/i18n/translations'
import { textDirection } from '../../src/i18n/translations'
import { deviceErrorStates, type AdminErrorState, type UserErrorState } from '../../src/errors/classifyError'
import { registerTranslations } from '../../src/i18n/translations'
import { ar } from '../../src/locales/ar'
import { de } from '../../src/locales/de'

registerTranslations(de, ar)
const defaultErrorText = { en: englishErrorText, de: de.errors, ar: ar.errors }
const adminStates: readonly AdminErrorState[] = ['admin-credentials', 'admin-access-denied', 'user-not-found']
const userStates = deviceErrorStates.filter((state): state is UserErrorState => !(adminStates as readonly string[]).includes(state))

describe('resolveErrorText', () => {
  it('picks the language of a locale tag', () => {
    expect(resolveErrorText('de-AT')).toBe(defaultErrorText.de)
    expect(resolveErrorText('ar_EG')).toBe(defaultErrorText.ar)
    expect(resolveErrorText('EN-gb')).toBe(defaultErrorText.en)
  })
  it('falls back to English for other or missing locales', () => {
    expect(resolveErrorText('fr-FR')).toBe(defaultErrorText.en)
    expect(resolveErrorText(undefined)).toBe(defaultErrorText.en)
    expect(resolveErrorText('')).toBe(defaultErrorText.en)
    expect(resolveErrorText('__proto__')).toBe(defaultErrorText.en)
  })
  it('lays overrides over the defaults per state and per field, ignoring undefined', () => {
    const text = resolveErrorText('de', { states: { offline: { heading: 'Keine Verbindung', message: undefined } }, detailsSummary: 'Technisches' })
    expect(text.states.offline.heading).toBe('Keine Verbindung')
    expect(text.states.offline.message).toBe(defaultErrorText.de.states.offline.message)
    expect(text.states.throttled).toBe(defaultErrorText.de.states.throttled)
    expect(text.detailsSummary).toBe('Technisches')
    expect(text.requestIdLabel).toBe('Anfrage-ID')
  })
  it('does not change the defaults', () => {
    resolveErrorText('en', { states: { unknown: { heading: 'Changed' } } })
    expect(defaultErrorText.en.states.unknown.heading).toBe('Something went wrong')
  })
})

describe('default text', () => {
  it.each(['en', 'de', 'ar'] as const)('%s has a heading and a sentence for every state a user can meet, and labels where there is a button', (language) => {
    const text = defaultErrorText[language]
    for (const state of userStates) {
      expect(text.states[state].heading.length).toBeGreaterThan(0)
      expect(text.short[state].length).toBeGreaterThan(0)
      expect(errorSentence(text, state, { misconfiguration: undefined }).length).toBeGreaterThan(0)
    }
    for (const state of ['signed-out', 'password-reset-required', 'account-unconfirmed', 'blocked', 'throttled', 'unavailable', 'unknown'] as const) {
      expect(text.states[state].action?.length).toBeGreaterThan(0)
    }
  })
  it.each(['en', 'de', 'ar'] as const)("%s leaves the admin states' words to the admin entry: a view of one without them reads as unknown", (language) => {
    const text = defaultErrorText[language]
    for (const state of adminStates) {
      expect(text.states[state]).toBeUndefined()
      expect(text.short[state]).toBeUndefined()
      expect(errorStateText(text, state)).toEqual({ heading: text.states.unknown.heading, message: text.states.unknown.message })
      expect(resolveDisplayText(language).errorMessage(state)).toBe(text.short.unknown)
    }
  })
  it("lays an override for an admin state over the unknown state's words, so a partial one is whole, without its button", () => {
    const text = resolveErrorText('en', { states: { 'user-not-found': { heading: 'No such customer' } } })
    expect(text.states['user-not-found']).toEqual({ heading: 'No such customer', message: englishErrorText.states.unknown.message })
  })
  it('aims the misconfigured sentence at the fix', () => {
    expect(errorSentence(defaultErrorText.en, 'misconfigured', { misconfiguration: 'app-setup' })).toMatch(/Amplify\.configure/)
    expect(errorSentence(defaultErrorText.en, 'misconfigured', { misconfiguration: 'user-pool-setup' })).toMatch(/device tracking/)
    expect(errorSentence(defaultErrorText.de, 'misconfigured', { misconfiguration: 'user-pool-setup' })).toMatch(/Geräteverfolgung/)
  })
  it('counts seconds in each language', () => {
    expect(defaultErrorText.en.retryCountdown(1)).toBe('Trying again in 1 second.')
    expect(defaultErrorText.en.retryCountdown(30)).toBe('Trying again in 30 seconds.')
    expect(defaultErrorText.de.retryCountdown(1)).toBe('Neuer Versuch in 1 Sekunde.')
    expect(defaultErrorText.de.retryCountdown(3)).toBe('Neuer Versuch in 3 Sekunden.')
    const n = (value: number) => new Intl.NumberFormat('ar').format(value)
    expect(defaultErrorText.ar.retryCountdown(1)).toBe('نحاول مجددًا خلال ثانية واحدة.')
    expect(defaultErrorText.ar.retryCountdown(2)).toBe('نحاول مجددًا خلال ثانيتين.')
    expect(defaultErrorText.ar.retryCountdown(7)).toBe(`نحاول مجددًا خلال ${n(7)} ثوانٍ.`)
    expect(defaultErrorText.ar.retryCountdown(15)).toBe(`نحاول مجددًا خلال ${n(15)} ثانية.`)
    expect(defaultErrorText.ar.retryCountdown(100)).toBe(`نحاول مجددًا خلال ${n(100)} ثانية.`)
  })
})

describe('textDirection', () => {
  it('is rtl for right-to-left languages', () => {
    expect(textDirection('ar')).toBe('rtl')
    expect(textDirection('he-IL')).toBe('rtl')
    expect(textDirection('fa')).toBe('rtl')
  })
  it('is ltr otherwise', () => {
    expect(textDirection('de')).toBe('ltr')
    expect(textDirection(undefined)).toBe('ltr')
  })
})
