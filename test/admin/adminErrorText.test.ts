import { describe, expect, it } from 'vitest'
import { adminErrorText } from '../../src/admin'
import { resolveErrorText, registerTranslations } from '../../src/i18n/translations'
import { errorSentence } from '../../src/i18n/errorText'
import { ar } from '../../src/locales/ar'
import { de } from '../../src/locales/de'

registerTranslations(de, ar)
const adminStates = ['admin-credentials', 'admin-access-denied', 'user-not-found'] as const

describe('adminErrorText', () => {
  it.each(['en', 'de-AT', 'ar-EG'])('gives %s a heading, a sentence and a short form for each admin state, and a button only to the credentials state', (locale) => {
    const text = resolveErrorText(locale, adminErrorText(locale))
    for (const state of adminStates) {
      expect(text.states[state]?.heading).toMatch(/\S/)
      expect(errorSentence(text, state, { misconfiguration: undefined })).toMatch(/\S/)
      expect(adminErrorText(locale).short?.[state]).toMatch(/\S/)
    }
    expect(text.states['admin-credentials']?.action).toMatch(/\S/)
    expect(text.states['admin-access-denied']?.action).toBeUndefined()
    expect(text.states['user-not-found']?.action).toBeUndefined()
  })

  it('follows the language the kit shows: a locale with no registered translation gets English', () => {
    expect(adminErrorText('de').states?.['user-not-found']?.heading).toBe('Benutzer nicht gefunden')
    expect(adminErrorText('fr-FR')).toBe(adminErrorText('en'))
    expect(adminErrorText(undefined).states?.['user-not-found']?.heading).toBe('User not found')
  })
})
