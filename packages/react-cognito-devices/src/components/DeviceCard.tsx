import { forwardRef, useContext, useId, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import type { Device } from '../model/device'
import { revealControlCharacters } from '../format/controlCharacters'
import { cached } from '../format/cached'
import { describeDeviceName, nameFromDescription, type DeviceNameDescription } from '../format/deviceName'
import { shownLanguage } from '../i18n/translations'
import type { DeviceAttribute } from '../model/device'
import { AttributeRows, DEFAULT_CLAMP_AFTER } from './DeviceAttributes'
import { TimestampRows } from './DeviceTimestamps'
import { DevicePlaceContext, lastUsedFrom } from './DeviceLastUsedFrom'
import type { DeviceText, ResolvedDeviceText } from '../i18n/deviceText'
import { partClassName, UnstyledContext, useUnstyled } from './partClassName'
import { useDeviceText } from './useDeviceText'

/** `data-state` of a card: the current device wins over its remembered status. */
export type DeviceCardState = 'current' | 'remembered' | 'not-remembered'

export type HeadingLevel = 2 | 3 | 4 | 5 | 6

export interface DeviceCardProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  device: Device
  /** The device this browser signed in with (the access token's `device_key`). */
  isCurrent?: boolean
  /** Buttons for this device (forget, remember, ...), rendered in the card's actions part. */
  actions?: ReactNode
  /**
   * Replace the friendly name (default: "Chrome 131 on macOS" from a browser's name, a device's own
   * name such as "Alice's iPhone" as it was written; see formatDeviceName). The result is
   * rendered as text with control characters made visible.
   */
  formatDeviceName?: (device: Device) => string
  /** The level of the name's heading. Default 3. */
  headingLevel?: HeadingLevel
  /** The moment relative timestamps are measured from. */
  now?: Date
  /** BCP 47 locale; defaults to DeviceKitProvider's, else 'en'. */
  locale?: string
  displayText?: DeviceText
  /** Drop the `rcd-` classes (and so the shipped styles); see partClassName.ts. */
  unstyled?: boolean
}

/** What a card's state is, for hosts that sort or filter the same way the card shows it. */
export function deviceCardState(device: Pick<Device, 'remembered'>, isCurrent: boolean): DeviceCardState {
  if (isCurrent) return 'current'
  // Cognito's user-side ListDevices returns only remembered devices, often without the status
  // attribute, so "not said" counts as remembered; only an explicit `not_remembered` does not.
  return device.remembered === false ? 'not-remembered' : 'remembered'
}

/** What each name says, read once per name: a long list holds the same few browsers many times. */
const descriptions = new Map<string | undefined, DeviceNameDescription>()

/**
 * One device: type icon, friendly name, "This device" badge, remembered status (only when the answer
 * carries it: admin answers do, a browser's never do), timestamps, "Last used from" its IP, the raw
 * attributes (with the raw device name) in a details disclosure, and an actions slot.
 */
export const DeviceCard = /* @__PURE__ */ forwardRef<HTMLElement, DeviceCardProps>(function DeviceCard(
  {
    device,
    isCurrent = false,
    actions,
    formatDeviceName,
    headingLevel = 3,
    now,
    locale: localeProp,
    displayText,
    unstyled: unstyledProp,
    className,
    ...rest
  },
  ref,
) {
  const unstyled = useUnstyled(unstyledProp)
  const { locale, text } = useDeviceText(localeProp, displayText)
  const nameId = useId()
  const renderPlace = useContext(DevicePlaceContext)
  const description = cached(descriptions, device.name, () => describeDeviceName(device.name))
  // Both come from untrusted text (a name the client wrote is shown as it was written).
  const name = revealControlCharacters(formatDeviceName ? formatDeviceName(device) : nameFromDescription(description, text))
  const state = deviceCardState(device, isCurrent)
  const Heading = `h${headingLevel}` as const
  // The language of the text shown (English where the locale has no translation), so Arabic is laid
  // out right to left and read with an Arabic voice on any page.
  const { lang, dir } = shownLanguage(locale)

  const card = (
    <article
      ref={ref}
      aria-labelledby={nameId}
      lang={lang}
      dir={dir}
      {...rest}
      className={partClassName(unstyled, 'rcd-device-card', [state], className)}
      data-state={state}
      data-device-type={description.deviceType}
      data-current={isCurrent ? '' : undefined}
    >
      {/* main and footer group the parts so a dense layout can put the actions beside them */}
      <div className={partClassName(unstyled, 'rcd-device-card__main')}>
        <div className={partClassName(unstyled, 'rcd-device-card__header')}>
          {/*
            The type icon: drawn by the stylesheet from `data-device-type` (two pseudo-elements; no SVG or
            image for a strict CSP to block). Decorative: the name says the rest. Unstyled, it draws nothing.
          */}
          <span className={partClassName(unstyled, 'rcd-device-card__icon')} data-device-type={description.deviceType} aria-hidden="true" />
          {/* tabIndex -1: a list moves focus here to the first card of a page it loaded */}
          <Heading id={nameId} tabIndex={-1} className={partClassName(unstyled, 'rcd-device-card__name')}>
            {name}
          </Heading>
          {isCurrent ? <span className={partClassName(unstyled, 'rcd-device-card__badge')}>{text.thisDevice}</span> : null}
          {device.remembered === undefined ? null : (
            <span
              className={partClassName(unstyled, 'rcd-device-card__status', [device.remembered ? 'remembered' : 'not-remembered'])}
              data-state={device.remembered ? 'remembered' : 'not-remembered'}
            >
              {device.remembered ? text.remembered : text.notRemembered}
            </span>
          )}
        </div>
        {/* What DeviceTimestamps renders, with the texts resolved above (not looked up again per card part). */}
        <dl className={partClassName(unstyled, 'rcd-device-timestamps', [], partClassName(unstyled, 'rcd-device-card__timestamps'))}>
          <TimestampRows
            createdAt={device.createdAt}
            lastModifiedAt={device.lastModifiedAt}
            lastAuthenticatedAt={device.lastAuthenticatedAt}
            now={now}
            locale={locale}
            text={text}
            unstyled={unstyled}
          />
        </dl>
        <div className={partClassName(unstyled, 'rcd-device-card__footer')}>
          {lastUsedFrom({ lastIpUsed: device.lastIpUsed, text, unstyled, renderPlace })}
          {device.attributes.length > 0 ? <AttributesDisclosure attributes={device.attributes} text={text} unstyled={unstyled} /> : null}
        </div>
      </div>
      {actions ? <div className={partClassName(unstyled, 'rcd-device-card__actions')}>{actions}</div> : null}
    </article>
  )
  // Parts inside inherit `unstyled` from the nearest provider: a card says it again only when given its own.
  return unstyledProp === undefined ? card : <UnstyledContext.Provider value={unstyled}>{card}</UnstyledContext.Provider>
})

interface AttributesDisclosureProps {
  attributes: readonly DeviceAttribute[]
  text: ResolvedDeviceText
  unstyled: boolean
}

/**
 * The raw attributes (what DeviceAttributes renders, with the card's texts) in a closed `<details>`.
 * Its rows are rendered when it opens, not before: most cards are never opened, and their rows were
 * most of a card's elements.
 */
function AttributesDisclosure({ attributes, text, unstyled }: AttributesDisclosureProps) {
  const [open, setOpen] = useState(false)
  return (
    <details className={partClassName(unstyled, 'rcd-device-card__details')} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={partClassName(unstyled, 'rcd-device-card__summary')}>{text.details}</summary>
      {open ? (
        <dl className={partClassName(unstyled, 'rcd-device-attributes', [], partClassName(unstyled, 'rcd-device-card__attributes'))}>
          <AttributeRows attributes={attributes} clampAfter={DEFAULT_CLAMP_AFTER} text={text} unstyled={unstyled} />
        </dl>
      ) : null}
    </details>
  )
}
