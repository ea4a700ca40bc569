import { describe, expect, it } from 'vitest'
import { adminErrorText, registerAdminTranslations } from '../../src/admin'
import { adminAr } from '../../src/adminLocales/ar'
import { adminDe } from '../../src/adminLocales/de'
import { registerTranslations, resolveErrorText, type DeviceKitTranslation } from '../../src/i18n/translations'
import { englishErrorText, errorSentence } from '../../src/i18n/errorText'
import { englishManagerText } from '../../src/i18n/managerText'
import { englishDeviceText } from '../../src/i18n/deviceText'
import { ar } from '../../src/locales/ar'
import { de } from '../../src/locales/de'

/** A host's own translation that words one admin state itself. */
const french: DeviceKitTranslation = {
  language: 'fr',
  direction: 'ltr',
  device: englishDeviceText,
  manager: englishManagerText,
  errors: {
    ...englishErrorText,
    states: { ...englishErrorText.states, 'user-not-found': { heading: 'Utilisateur introuvable', message: "Aucun utilisateur de ce nom dans le groupe d'utilisateurs." } },
    short: { ...englishErrorText.short, 'user-not-found': "Aucun utilisateur de ce nom." },
  },
}
registerTranslations(de, ar, french)
registerAdminTranslations(adminDe, adminAr)
const adminStates = ['admin-credentials', 'admin-access-denied', 'user-not-found'] as const

describe('adminErrorText', () => {
  it.each([
    ['en', 'User not found'],
    ['de-AT', 'Benutzer nicht gefunden'],
    ['ar-EG', 'المستخدم غير موجود'],
  ])('gives %s a heading, a sentence and a short form for each admin state, in its language, and a button only to the credentials state', (locale, userNotFound) => {
    const words = adminErrorText(locale)
    const text = resolveErrorText(locale, words)
    for (const state of adminStates) {
      expect(words.states?.[state]?.heading).toMatch(/\S/)
      expect(words.states?.[state]?.message).toMatch(/\S/)
      expect(words.short?.[state]).toMatch(/\S/)
    }
    expect(text.states['user-not-found']?.heading).toBe(userNotFound)
    expect(text.states['admin-credentials']?.action).toMatch(/\S/)
    expect(text.states['admin-access-denied']?.action).toBeUndefined()
    expect(text.states['user-not-found']?.action).toBeUndefined()
  })

  it('follows the language the kit shows: a locale with no registered translation gets English', () => {
    expect(adminErrorText('es-ES').states?.['user-not-found']?.heading).toBe('User not found')
    expect(adminErrorText(undefined).short?.['admin-access-denied']).toBe("Your role may not manage this user pool's devices.")
  })

  it("aims misconfigured at adminDeviceApi's needs when the console's setup is at fault, and keeps the pool's sentence otherwise", () => {
    const sentence = (locale: string, misconfiguration: 'app-setup' | 'user-pool-setup') =>
      errorSentence(resolveErrorText(locale, adminErrorText(locale)), 'misconfigured', { misconfiguration })

    expect(sentence('en', 'app-setup')).toMatch(/userPoolId such as "eu-west-1_AbC123".*https:\/\/ or from localhost/)
    expect(sentence('en', 'app-setup')).not.toMatch(/Amplify/)
    expect(sentence('de', 'app-setup')).toMatch(/^Für Entwickler: Geben Sie adminDeviceApi/)
    expect(sentence('ar', 'app-setup')).toMatch(/adminDeviceApi/)
    expect(sentence('en', 'user-pool-setup')).toBe(errorSentence(englishErrorText, 'misconfigured', { misconfiguration: 'user-pool-setup' }))
    expect(sentence('de', 'user-pool-setup')).toMatch(/Geräteverfolgung/)
  })

  it("takes a host's own translation's words for the states it words, English for the others", () => {
    const words = adminErrorText('fr-CA')
    expect(words.states?.['user-not-found']?.heading).toBe('Utilisateur introuvable')
    expect(words.short?.['user-not-found']).toBe('Aucun utilisateur de ce nom.')
    expect(words.states?.['admin-access-denied']?.heading).toBe('Not allowed')
  })
})
