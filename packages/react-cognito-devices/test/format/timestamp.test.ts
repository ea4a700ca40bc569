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

  it('reads a date a few minutes ahead (clock skew) as "now", not "in 2 minutes"', () => {
    expect(formatRelativeTime(new Date(now.getTime() + 2 * 60_000), now, 'en')).toBe('now')
    expect(formatRelativeTime(new Date(now.getTime() + 5 * 60_000), now, 'en')).toBe('now')
    expect(formatRelativeTime(new Date(now.getTime() + 2 * 60_000), now, 'de')).toBe('jetzt')
  })

  it('reads a date further ahead as "in ..."', () => {
    expect(formatRelativeTime(new Date(now.getTime() + 6 * 60_000), now, 'en')).toBe('in 6 minutes')
    expect(formatRelativeTime(new Date(now.getTime() + 2 * 3_600_000), now, 'en')).toBe('in 2 hours')
  })
})

describe('formatRelativeTime across the unit boundaries', () => {
  // Now is 12:00 UTC; each row is how long ago the date was.
  const SECOND = 1000
  const MINUTE = 60 * SECOND
  const HOUR = 60 * MINUTE
  const DAY = 24 * HOUR
  const ago = (milliseconds: number) => new Date(now.getTime() - milliseconds)

  it.each([
    ['0 seconds', 'now', 0],
    ['44 seconds', '44 seconds ago', 44 * SECOND],
    ['45 seconds', '1 minute ago', 45 * SECOND],
    ['59 seconds', '1 minute ago', 59 * SECOND],
    ['2 minutes', '2 minutes ago', 2 * MINUTE],
    ['44 minutes', '44 minutes ago', 44 * MINUTE],
    ['45 minutes', '1 hour ago', 45 * MINUTE],
    ['50 minutes', '1 hour ago', 50 * MINUTE],
    ['2 hours', '2 hours ago', 2 * HOUR],
    ['21 hours', '21 hours ago', 21 * HOUR],
    ['22 hours', 'yesterday', 22 * HOUR],
    ['23 hours', 'yesterday', 23 * HOUR],
    ['2 days', '2 days ago', 2 * DAY],
    ['25 days', '25 days ago', 25 * DAY],
    ['26 days', 'last month', 26 * DAY],
    ['28 days', 'last month', 28 * DAY],
    ['60 days', '2 months ago', 60 * DAY],
    ['329 days', '10 months ago', 329 * DAY],
    ['330 days', 'last year', 330 * DAY],
    ['350 days', 'last year', 350 * DAY],
    ['730 days', '2 years ago', 730 * DAY],
  ])('%s ago reads "%s" in English', (_, phrase, milliseconds) => {
    expect(formatRelativeTime(ago(milliseconds), now, 'en')).toBe(phrase)
  })

  it.each([
    ['50 minutes', 'vor 1 Stunde', 50 * MINUTE],
    ['23 hours', 'gestern', 23 * HOUR],
    ['28 days', 'letzten Monat', 28 * DAY],
    ['350 days', 'letztes Jahr', 350 * DAY],
  ])('%s ago reads "%s" in German', (_, phrase, milliseconds) => {
    expect(formatRelativeTime(ago(milliseconds), now, 'de')).toBe(phrase)
  })

  it('counts at least one of the larger unit in the future too', () => {
    expect(formatRelativeTime(new Date(now.getTime() + 23 * HOUR), now, 'en')).toBe('tomorrow')
    expect(formatRelativeTime(new Date(now.getTime() + 50 * MINUTE), now, 'en')).toBe('in 1 hour')
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
