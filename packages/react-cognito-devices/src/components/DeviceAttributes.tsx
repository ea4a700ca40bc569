import { forwardRef, useId, useState, type ComponentPropsWithoutRef } from 'react'
import type { DeviceAttribute } from '../model/device'
import { revealControlCharacters } from '../format/controlCharacters'
import type { DeviceText, ResolvedDeviceText } from '../i18n/deviceText'
import { partClassName, UnstyledContext, useUnstyled } from './partClassName'
import { useDeviceText } from './useDeviceText'

export interface DeviceAttributesProps extends Omit<ComponentPropsWithoutRef<'dl'>, 'children'> {
  /** The device's `{name, value}` pairs, in order. Both are untrusted and rendered as text only. */
  attributes: readonly DeviceAttribute[]
  /** Values longer than this many characters are clamped with a "Show all" toggle. Default 80. */
  clampAfter?: number
  /** BCP 47 locale; defaults to DeviceKitProvider's, else 'en'. */
  locale?: string
  displayText?: DeviceText
  /** Drop the `rcd-` classes (and so the shipped styles); see partClassName.ts. */
  unstyled?: boolean
}

/** Values longer than this many characters clamp unless `clampAfter` says otherwise. */
export const DEFAULT_CLAMP_AFTER = 80

/** Labels for the attributes Cognito sets; any other name is shown as it came. */
function attributeLabel(name: string, text: ResolvedDeviceText): string {
  switch (name) {
    case 'device_name':
      return text.attributeDeviceName
    case 'last_ip_used':
      return text.attributeLastIpUsed
    case 'dev:device_remembered_status':
      return text.attributeRememberedStatus
    case 'device_status':
      return text.attributeDeviceStatus
    default:
      return name
  }
}

/** Known enumerated values in words; anything else as it came. */
function attributeValue(name: string, value: string, text: ResolvedDeviceText): string {
  if (name === 'dev:device_remembered_status') {
    if (value === 'remembered') return text.yes
    if (value === 'not_remembered') return text.no
  }
  return value
}

interface AttributeRowProps {
  attribute: DeviceAttribute
  text: ResolvedDeviceText
  clampAfter: number
  unstyled: boolean
}

function AttributeRow({ attribute, text, clampAfter, unstyled }: AttributeRowProps) {
  const [expanded, setExpanded] = useState(false)
  const nameId = useId()
  const valueId = useId()
  const shownName = revealControlCharacters(attributeLabel(attribute.name, text))
  const shownValue = revealControlCharacters(attributeValue(attribute.name, attribute.value, text))
  const long = shownValue.length > clampAfter
  const state = long ? (expanded ? 'expanded' : 'collapsed') : undefined
  return (
    <div className={partClassName(unstyled, 'rcd-device-attributes__item')}>
      <dt id={nameId} className={partClassName(unstyled, 'rcd-device-attributes__name')}>
        <bdi dir="auto">{shownName}</bdi>
      </dt>
      <dd className={partClassName(unstyled, 'rcd-device-attributes__value', [state])} data-state={state}>
        <bdi id={valueId} dir="auto" className={partClassName(unstyled, 'rcd-device-attributes__text')} title={long ? shownValue : undefined}>
          {shownValue}
        </bdi>
        {long ? (
          <button
            type="button"
            className={partClassName(unstyled, 'rcd-device-attributes__toggle')}
            aria-expanded={expanded}
            aria-controls={valueId}
            aria-describedby={nameId}
            onClick={() => setExpanded((value) => !value)}
          >
            {expanded ? text.showLess : text.showAll}
          </button>
        ) : null}
      </dd>
    </div>
  )
}

/**
 * A device's attributes as a description list. Known names get labels (`device_name` -> Name,
 * `last_ip_used` -> Last IP address, ...); values are text in `<bdi dir="auto">` with control and
 * bidi-override characters made visible, and long values clamp with the full value in `title` and
 * behind a "Show all" button.
 */
export const DeviceAttributes = /* @__PURE__ */ forwardRef<HTMLDListElement, DeviceAttributesProps>(function DeviceAttributes(
  { attributes, clampAfter = DEFAULT_CLAMP_AFTER, locale, displayText, unstyled: unstyledProp, className, ...rest },
  ref,
) {
  const unstyled = useUnstyled(unstyledProp)
  const { text } = useDeviceText(locale, displayText)
  return (
    <UnstyledContext.Provider value={unstyled}>
      <dl ref={ref} {...rest} className={partClassName(unstyled, 'rcd-device-attributes', [], className)}>
        <AttributeRows attributes={attributes} clampAfter={clampAfter} text={text} unstyled={unstyled} />
      </dl>
    </UnstyledContext.Provider>
  )
})

export interface AttributeRowsProps {
  attributes: readonly DeviceAttribute[]
  clampAfter: number
  /** Already resolved (useDeviceText). */
  text: ResolvedDeviceText
  unstyled: boolean
}

/**
 * The rows of DeviceAttributes, inside a `<dl>` the caller renders. Internal: DeviceCard uses it
 * with the texts it resolved once.
 */
export function AttributeRows({ attributes, clampAfter, text, unstyled }: AttributeRowsProps) {
  return attributes.map((attribute, index) => (
    // Names may repeat (the wire does not forbid it), so the position is part of the key.
    <AttributeRow key={`${index}:${attribute.name}`} attribute={attribute} text={text} clampAfter={clampAfter} unstyled={unstyled} />
  ))
}
