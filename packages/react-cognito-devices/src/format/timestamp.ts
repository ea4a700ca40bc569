/**
 * How a device timestamp reads: a relative phrase ("3 days ago") from `Intl.RelativeTimeFormat`,
 * an absolute date from `Intl.DateTimeFormat`, and the ISO string for `<time dateTime>`.
 * A missing, invalid or epoch-zero (1970) date has no reading: the caller shows "Unknown".
 */
import { cached } from './cached'

export interface TimestampReading {
  /** For `<time dateTime>`. */
  readonly iso: string
  /** "3 days ago", "vor 3 Tagen", "قبل 3 أيام". */
  readonly relative: string
  /** "November 23, 2026 at 4:17 AM" in the locale. */
  readonly absolute: string
}

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const MONTH = 30 * DAY
const YEAR = 365 * DAY

/**
 * How far ahead of `now` a date may be and still read "now": Cognito stamps dates with its clock,
 * the phrase is measured with the browser's, and the two can disagree by a few minutes.
 */
const CLOCK_SKEW = 5 * MINUTE

/**
 * Below each threshold, the unit to speak in and its length (thresholds as moment.js / date-fns use).
 * Past a threshold the larger unit is spoken even though less than one of it has passed (50 minutes
 * reads "1 hour ago"), so formatRelativeTime counts at least one of it.
 */
const units: ReadonlyArray<readonly [threshold: number, unit: Intl.RelativeTimeFormatUnit, length: number]> = [
  [45 * SECOND, 'second', SECOND],
  [45 * MINUTE, 'minute', MINUTE],
  [22 * HOUR, 'hour', HOUR],
  [26 * DAY, 'day', DAY],
  [11 * MONTH, 'month', MONTH],
  [Infinity, 'year', YEAR],
]

/** A usable date: a real Date, not NaN, and after 1970-01-01 (a zero timestamp means "not sent"). */
export function isKnownDate(date: unknown): date is Date {
  return date instanceof Date && Number.isFinite(date.getTime()) && date.getTime() > 0
}

/** Each locale asked about, and what supportedLocale answered. */
const canonicalLocales = new Map<string, string>()
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()
const absoluteFormats = new Map<string, Intl.DateTimeFormat>()

/** A locale Intl accepts, else 'en' (a host may pass anything). */
export function supportedLocale(locale: string | undefined): string {
  if (!locale) return 'en'
  return cached(canonicalLocales, locale, () => {
    try {
      return Intl.getCanonicalLocales(locale)[0] ?? 'en'
    } catch {
      return 'en'
    }
  })
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  return cached(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }))
}

function absoluteFormat(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  // In a named zone the time says which ("4:17:05 AM UTC"): it is not the reader's local time.
  return cached(absoluteFormats, `${locale}|${timeZone ?? ''}`, () =>
    new Intl.DateTimeFormat(locale, timeZone ? { dateStyle: 'long', timeStyle: 'long', timeZone } : { dateStyle: 'long', timeStyle: 'short' }),
  )
}

/**
 * "3 days ago" for `date` seen from `now`, in `locale`. A date up to five minutes ahead (clock skew)
 * reads "now"; one further ahead reads "in 2 hours".
 */
export function formatRelativeTime(date: Date, now: Date, locale: string): string {
  const elapsed = date.getTime() - now.getTime()
  if (elapsed > 0 && elapsed <= CLOCK_SKEW) return phrase(locale, 0, 'second')
  const distance = Math.abs(elapsed)
  const [, unit, length] = units.find(([threshold]) => distance < threshold) ?? units[units.length - 1]!
  // Round toward zero so "2 days and 23 hours ago" reads "2 days ago", never "3 days ago"; but never
  // to zero past a threshold: with numeric 'auto', 0 reads "this hour" / "today" / "this month",
  // which 50 minutes, 23 hours or 28 days ago are not.
  const whole = Math.max(Math.trunc(distance / length), unit === 'second' ? 0 : 1)
  return phrase(locale, whole === 0 ? 0 : Math.sign(elapsed) * whole, unit)
}

/** Each phrase asked of Intl once: a long list says "2 days ago" many times. */
const phrases = new Map<string, string>()

const phrase = (locale: string, value: number, unit: Intl.RelativeTimeFormatUnit) =>
  cached(phrases, `${locale}|${value}${unit}`, () => relativeFormat(locale).format(value, unit))

/**
 * The absolute date and time in `locale`, e.g. "26. November 2026 um 04:17", in the local time zone
 * or in `timeZone` (then named: "26. November 2026 um 04:17:05 UTC").
 */
export function formatAbsoluteDate(date: Date, locale: string, timeZone?: string): string {
  return absoluteFormat(locale, timeZone).format(date)
}

/**
 * The full reading of a timestamp, or `undefined` when the date is missing or unusable. With
 * `timeZone`, the absolute date is given in that zone (server rendering uses 'UTC').
 */
export function readTimestamp(date: Date | undefined, now: Date, locale: string | undefined, timeZone?: string): TimestampReading | undefined {
  if (!isKnownDate(date)) return undefined
  const usableLocale = supportedLocale(locale)
  return {
    iso: date.toISOString(),
    relative: formatRelativeTime(date, now, usableLocale),
    absolute: formatAbsoluteDate(date, usableLocale, timeZone),
  }
}
