import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import type { Passkey } from '../cognito/passkey'
import { revealControlCharacters } from '../format/controlCharacters'
import type { PasskeyText } from '../i18n/passkeyText'
import type { HeadingLevel } from './DeviceCard'
import { partClassName, useUnstyled } from './partClassName'
import { usePasskeyText } from './usePasskeyText'

export interface PasskeyCardProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  passkey: Passkey
  /** Buttons for this passkey (remove), rendered in the card's actions part. */
  actions?: ReactNode
  /** The level of the name's heading. Default 3. */
  headingLevel?: HeadingLevel
  locale?: string
  displayText?: PasskeyText
  unstyled?: boolean
}

/**
 * One passkey: its name (untrusted text, control characters shown), when it was added, whether it is
 * built into a device or a security key / phone, and how it connects, in words.
 * `data-state` is its attachment: `platform`, `cross-platform` or `unknown`.
 */
export const PasskeyCard = /* @__PURE__ */ forwardRef<HTMLElement, PasskeyCardProps>(function PasskeyCard(
  { passkey, actions, headingLevel = 3, locale, displayText, unstyled: unstyledProp, className, ...rest },
  ref,
) {
  const unstyled = useUnstyled(unstyledProp)
  const { locale: resolvedLocale, text } = usePasskeyText(locale, displayText)
  const nameId = useId()
  const Heading = `h${headingLevel}` as const
  const part = (name: string) => partClassName(unstyled, `rcd-passkey-card__${name}`)
  const attachment = passkey.attachment === 'platform' ? text.platform : passkey.attachment === 'cross-platform' ? text.crossPlatform : undefined
  const created = passkey.createdAt
    ? text.createdAt(new Intl.DateTimeFormat(resolvedLocale, { dateStyle: 'long' }).format(passkey.createdAt))
    : text.unknownDate
  const transports = passkey.transports.map((transport) => text.transport(transport))
  return (
    <article
      ref={ref}
      aria-labelledby={nameId}
      {...rest}
      className={partClassName(unstyled, 'rcd-passkey-card', [passkey.attachment ?? 'unknown'], className)}
      data-state={passkey.attachment ?? 'unknown'}
    >
      <Heading id={nameId} className={part('name')}>
        {revealControlCharacters(passkey.name)}
      </Heading>
      <p className={part('details')}>
        {created}
        {attachment ? <> · {attachment}</> : null}
      </p>
      {transports.length > 0 ? (
        <p className={part('transports')}>
          {text.transportsLabel} {new Intl.ListFormat(resolvedLocale, { type: 'unit' }).format(transports)}
        </p>
      ) : null}
      {actions ? <div className={part('actions')}>{actions}</div> : null}
    </article>
  )
})
