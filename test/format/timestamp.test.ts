import { describe, expect, it } from 'vitest'
import { formatRelativeTime, isKnownDate, readTimestamp, supportedLocale } from '../../src/format/timestamp'

const now = new Date('2026-03-15T12:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000)

describe('formatRelativeTime', () => {
  it('reads "3 days ago" in English', () => {
    expect(formatRelativeTime(daysAgo(3), now, 'en')).toBe('3 days ago')
  })

  it('reads "vor 3 Tagen" in German', () => {
    expect(formatRelativeTime(daysAgo(3), now, 'de')).toBe('vor 3 Tagen')
  })

  it('reads Arabic in Arabic', () => {
    expect(formatRelativeTime(daysAgo(3), now, 'ar')).toBe(new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(-3, 'day'))
    expect(formatRelativeTime(daysAgo(3), now, 'ar')).toMatch(/أيام/)
  })

  it('reads "now" for the same moment and minutes, hours, months and years as they grow', () => {
    expect(formatRelativeTime(now, now, 'en')).toBe('now')
    expect(formatRelativeTime(new Date(now.getTime() - 5 * 60_000), now, 'en')).toBe('5 minutes ago')
    expect(formatRelativeTime(new Date(now.getTime() - 3 * 3_600_000), now, 'en')).toBe('3 hours ago')
    expect(formatRelativeTime(daysAgo(1), now, 'en')).toBe('yesterday')
    expect(formatRelativeTime(daysAgo(65), now, 'en')).toBe('2 months ago')
    expect(formatRelativeTime(daysAgo(800), now, 'en')).toBe('2 years ago')
  })

  it('rounds toward zero, so almost three days is still two', () => {
    expect(formatRelativeTime(new Date(daysAgo(3).getTime() + 60_000), now, 'en')).toBe('2 days ago')
  })

  it('reads a future date (clock skew) as "in ..."', () => {
    expect(formatRelativeTime(new Date(now.getTime() + 2 * 60_000), now, 'en')).toBe('in 2 minutes')
  })
})

describe('readTimestamp', () => {
  it('gives the ISO string, the relative phrase and the absolute date', () => {
    const date = daysAgo(3)
    expect(readTimestamp(date, now, 'en')).toEqual({
      iso: '2026-03-12T12:00:00.000Z',
      relative: '3 days ago',
      absolute: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(date),
    })
  })

  it.each([
    ['missing', undefined],
    ['invalid', new Date('not a date')],
    ['epoch zero (1970)', new Date(0)],
  ])('has no reading for a %s date', (_, date) => {
    expect(readTimestamp(date, now, 'en')).toBeUndefined()
  })

  it('falls back to English for a locale Intl rejects', () => {
    expect(readTimestamp(daysAgo(3), now, 'not a locale!!')?.relative).toBe('3 days ago')
  })
})

describe('isKnownDate and supportedLocale', () => {
  it('accepts only real dates after 1970', () => {
    expect(isKnownDate(now)).toBe(true)
    expect(isKnownDate('2026-03-15')).toBe(false)
    expect(isKnownDate(new Date(Number.NaN))).toBe(false)
  })

  it('canonicalises locales and defaults to English', () => {
    expect(supportedLocale('de-at')).toBe('de-AT')
    expect(supportedLocale(undefined)).toBe('en')
    expect(supportedLocale('')).toBe('en')
  })
})
