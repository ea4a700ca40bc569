import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import { readTimestamp } from '../format/timestamp'
import type { DeviceText, ResolvedDeviceText } from '../i18n/deviceText'
import { partClassName, UnstyledContext, useUnstyled } from './partClassName'
import { useDeviceText } from './useDeviceText'
import { useHydrated } from '../provider/useHydrated'

export interface DeviceTimestampsProps extends Omit<ComponentPropsWithoutRef<'dl'>, 'children'> {
  createdAt?: Date | undefined
  lastModifiedAt?: Date | undefined
  lastAuthenticatedAt?: Date | undefined
  /** The moment relative phrases are measured from. Defaults to the time of each render. */
  now?: Date
  /** BCP 47 locale; defaults to DeviceKitProvider's, else 'en'. Dates follow it. */
  locale?: string
  displayText?: DeviceText
  /** Drop the `rcd-` classes (and so the shipped styles); see partClassName.ts. */
  unstyled?: boolean
}

/** Which timestamp a row shows (`data-timestamp`). */
export type DeviceTimestampKind = 'created' | 'last-modified' | 'last-authenticated'

/**
 * Created, last modified and last authenticated, each a `<time dateTime>` reading "3 days ago" with
 * the absolute date in its title (hover) and in a span that screen readers always read and the
 * stylesheet reveals while keyboard focus is inside the card. A missing or unusable date
 * reads "Unknown".
 */
export const DeviceTimestamps = /* @__PURE__ */ forwardRef<HTMLDListElement, DeviceTimestampsProps>(function DeviceTimestamps(
  { createdAt, lastModifiedAt, lastAuthenticatedAt, now, locale: localeProp, displayText, unstyled: unstyledProp, className, ...rest },
  ref,
) {
  const unstyled = useUnstyled(unstyledProp)
  const { locale, text } = useDeviceText(localeProp, displayText)
  return (
    <UnstyledContext.Provider value={unstyled}>
      <dl ref={ref} {...rest} className={partClassName(unstyled, 'rcd-device-timestamps', [], className)}>
        <TimestampRows
          createdAt={createdAt}
          lastModifiedAt={lastModifiedAt}
          lastAuthenticatedAt={lastAuthenticatedAt}
          now={now}
          locale={locale}
          text={text}
          unstyled={unstyled}
        />
      </dl>
    </UnstyledContext.Provider>
  )
})

export interface TimestampRowsProps extends Pick<DeviceTimestampsProps, 'createdAt' | 'lastModifiedAt' | 'lastAuthenticatedAt' | 'now'> {
  /** Already resolved (useDeviceText): a supported locale and its texts. */
  locale: string
  text: ResolvedDeviceText
  unstyled: boolean
}

/**
 * The rows of DeviceTimestamps, inside a `<dl>` the caller renders. Internal: DeviceCard uses it
 * with the texts it resolved once, instead of a DeviceTimestamps that looks them up again per card.
 */
export function TimestampRows({ createdAt, lastModifiedAt, lastAuthenticatedAt, now: nowProp, locale, text, unstyled }: TimestampRowsProps) {
  // The clock as the dates are shown, not as the page opened: a refetch brings dates newer than the
  // first render, which measured from then read as the future ("in 9 minutes").
  const now = nowProp ?? new Date()
  // "3 minutes ago" and a local time are not the same on the server, in the HTML a browser hydrates
  // minutes later, or in another time zone: React would report a hydration mismatch. Until hydration
  // is over, every date reads as the same absolute UTC time everywhere; then relative and local.
  const serverPass = !useHydrated()
  // One row; rendered here rather than as a component of its own, of which a long list has thousands.
  const row = (kind: DeviceTimestampKind, label: string, date: Date | undefined) => {
    const reading = readTimestamp(date, now, locale, serverPass ? 'UTC' : undefined)
    const state = reading ? 'known' : 'unknown'
    return (
      <div className={partClassName(unstyled, 'rcd-device-timestamps__item')} data-timestamp={kind}>
        <dt className={partClassName(unstyled, 'rcd-device-timestamps__label')}>{label}</dt>
        <dd className={partClassName(unstyled, 'rcd-device-timestamps__value', [state])} data-state={state}>
          {reading ? (
            <>
              <time className={partClassName(unstyled, 'rcd-device-timestamps__relative')} dateTime={reading.iso} title={reading.absolute}>
                {serverPass ? reading.absolute : reading.relative}
              </time>
              {/*
                Always read by screen readers; mouse users get the title on hover; the stylesheet shows
                it to keyboard users while focus is inside the card (its details or actions). The <time> itself is not a
                tab stop: three extra stops per device would make a long list tedious to tab through.
                The space before it is its own: one text node less per timestamp in a long list.
              */}
              <span className={partClassName(unstyled, 'rcd-device-timestamps__absolute')}>{` ${reading.absolute}`}</span>
            </>
          ) : (
            text.unknownDate
          )}
        </dd>
      </div>
    )
  }
  return (
    <>
      {row('created', text.createdAt, createdAt)}
      {row('last-modified', text.lastModifiedAt, lastModifiedAt)}
      {row('last-authenticated', text.lastAuthenticatedAt, lastAuthenticatedAt)}
    </>
  )
}
