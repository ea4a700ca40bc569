import { describe, expect, it } from 'vitest'
import { englishDisplayText, resolveDisplayText } from '../../src/i18n/translations'
import { registerTranslations } from '../../src/i18n/translations'
import { ar } from '../../src/locales/ar'
import { de } from '../../src/locales/de'

registerTranslations(de, ar)
const defaultDisplayText = { en: englishDisplayText, de: resolveDisplayText('de'), ar: resolveDisplayText('ar') }

describe('resolveDisplayText', () => {
  it('picks the registered language by the locale’s language subtag', () => {
    expect(resolveDisplayText('de-AT')).toEqual({ ...de.device, errorMessage: expect.any(Function) })
    expect(resolveDisplayText('ar-EG')).toEqual({ ...ar.device, errorMessage: expect.any(Function) })
    expect(resolveDisplayText('en-GB')).toBe(englishDisplayText)
  })

  it('falls back to English for other, missing or malformed locales', () => {
    expect(resolveDisplayText('fr').thisDevice).toBe('This device')
    expect(resolveDisplayText(undefined)).toBe(englishDisplayText)
    expect(resolveDisplayText('!!')).toBe(englishDisplayText)
  })

  it('returns the defaults for the locale', () => {
    expect(resolveDisplayText('de').thisDevice).toBe('Dieses Gerät')
    expect(resolveDisplayText('ar').thisDevice).toBe('هذا الجهاز')
  })

  it('puts overrides on top and ignores overrides left undefined', () => {
    const text = resolveDisplayText('de', { thisDevice: 'Hier', cancel: undefined })
    expect(text.thisDevice).toBe('Hier')
    expect(text.cancel).toBe('Abbrechen')
    expect(text.showMore).toBe('Weitere anzeigen')
  })

  it('gives every locale every key', () => {
    const keys = Object.keys(defaultDisplayText.en).sort()
    expect(Object.keys(defaultDisplayText.de).sort()).toEqual(keys)
    expect(Object.keys(defaultDisplayText.ar).sort()).toEqual(keys)
  })

  it('has a message for every error state in every locale', () => {
    for (const text of Object.values(defaultDisplayText)) {
      expect(text.errorMessage('throttled')).not.toBe('')
      expect(text.errorMessage('signed-out')).not.toBe(text.errorMessage('offline'))
    }
  })

  it('uses the English plural', () => {
    const { forgetOtherDevicesTitle } = defaultDisplayText.en
    expect(forgetOtherDevicesTitle(1)).toBe('Sign out 1 other device?')
    expect(forgetOtherDevicesTitle(4)).toBe('Sign out 4 other devices?')
  })

  it('uses the German plural', () => {
    const { forgetOtherDevicesTitle } = defaultDisplayText.de
    expect(forgetOtherDevicesTitle(1)).toBe('Das andere Gerät abmelden?')
    expect(forgetOtherDevicesTitle(4)).toBe('4 andere Geräte abmelden?')
  })

  it('uses the Arabic plural forms (one, two, few, many, other)', () => {
    const { forgetOtherDevicesTitle } = defaultDisplayText.ar
    const number = (n: number) => new Intl.NumberFormat('ar').format(n)
    expect(forgetOtherDevicesTitle(1)).toBe('تسجيل خروج الجهاز الآخر؟')
    expect(forgetOtherDevicesTitle(2)).toBe('تسجيل خروج الجهازين الآخرين؟')
    expect(forgetOtherDevicesTitle(3)).toBe(`تسجيل خروج ${number(3)} أجهزة أخرى؟`)
    expect(forgetOtherDevicesTitle(11)).toBe(`تسجيل خروج ${number(11)} جهازًا آخر؟`)
    expect(forgetOtherDevicesTitle(100)).toBe(`تسجيل خروج ${number(100)} جهاز آخر؟`)
    expect(forgetOtherDevicesTitle(undefined)).toBe('تسجيل خروج جميع الأجهزة الأخرى؟')
  })
})
