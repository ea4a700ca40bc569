import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useRef,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react'
import { revealControlCharacters } from '../format/controlCharacters'
import { shownLanguage } from '../i18n/translations'
import type { DeviceText } from '../i18n/deviceText'
import { mergeRefs } from './mergeRefs'
import { partClassName, useUnstyled } from './partClassName'
import { useDeviceText } from './useDeviceText'
import { useLatestCallback } from './useLatestCallback'

/** What the dialog asks to confirm (`data-variant`): forgetting this device, another one or every other one, or signing out everywhere (Cognito's GlobalSignOut). */
export type ConfirmDialogVariant = 'this-device' | 'other-device' | 'all-other-devices' | 'sign-out-everywhere'

export interface ConfirmDialogProps extends Omit<ComponentPropsWithoutRef<'dialog'>, 'children' | 'open' | 'onCancel'> {
  /** Controlled: the dialog shows as a modal while true. */
  open: boolean
  variant: ConfirmDialogVariant
  /** The display name of the device, for `other-device` ("Forget “Chrome 131 on macOS”?"). */
  deviceName?: string | undefined
  /** How many other devices `all-other-devices` forgets, when known (for the plural title). */
  otherDeviceCount?: number | undefined
  /**
   * This session's access-token lifetime in seconds (`DeviceSession.accessTokenLifetimeSeconds`): a
   * device signed out from here stays signed in at most this long, and so does this one once forgotten.
   */
  accessTokenLifetimeSeconds?: number | undefined
  /**
   * The forget call is running: the Forget button reads "Forgetting…" and ignores presses, and so do
   * Cancel and Escape (a forget cannot be called back once sent); close the dialog when it settles.
   */
  isPending?: boolean
  onConfirm: () => void
  /** Cancel button, Escape, or the browser's close request; not while `isPending`. */
  onCancel: () => void
  /**
   * Called as the dialog closes, before focus goes back to the element that had it when the dialog
   * opened (its trigger). `event.preventDefault()` keeps focus from going there, so the owner can put
   * it elsewhere (as Radix Dialog's `onCloseAutoFocus`).
   */
  onCloseAutoFocus?: ((event: Event) => void) | undefined
  /** BCP 47 locale; defaults to DeviceKitProvider's, else 'en'. */
  locale?: string
  displayText?: DeviceText
  /** Drop the `rcd-` classes (and so the shipped styles); see partClassName.ts. */
  unstyled?: boolean
}

/**
 * Asks before forgetting a device or every other one, or signing out everywhere, and says what it means: the device is signed out once its current session
 * ends (its refresh token needs the device key ForgetDevice deletes), within one access-token
 * lifetime, and its next sign-in is the full one. With Cancel and the action.
 *
 * A native `<dialog>` opened with `showModal()` (top layer, rest of the page inert). Focus moves to
 * Cancel — the safe choice — on open and, on close, back to whatever had focus (the trigger) unless
 * `onCloseAutoFocus` prevents it. Escape cancels. Where `showModal` is missing (jsdom, very old
 * browsers) it opens non-modally.
 */
export const ConfirmDialog = /* @__PURE__ */ forwardRef<HTMLDialogElement, ConfirmDialogProps>(function ConfirmDialog(
  {
    open,
    variant,
    deviceName,
    otherDeviceCount,
    accessTokenLifetimeSeconds,
    isPending = false,
    onConfirm,
    onCancel,
    onCloseAutoFocus,
    locale,
    displayText,
    unstyled: unstyledProp,
    className,
    onKeyDown,
    ...rest
  },
  ref,
) {
  const unstyled = useUnstyled(unstyledProp)
  const { locale: resolvedLocale, text } = useDeviceText(locale, displayText)
  // The dialog sits in the top layer, away from any lang/dir the host set around the kit: it names
  // the language of the text it shows (English when the locale's has no registered translation).
  const { lang, dir } = shownLanguage(resolvedLocale)
  const titleId = useId()
  const descriptionId = useId()
  const whenId = useId()
  const dialogRef = useRef<HTMLDialogElement | null>(null)
  const cancelRef = useRef<HTMLButtonElement | null>(null)
  const setDialogRef = useMemo(() => mergeRefs(dialogRef, ref), [ref])
  // The owner's latest handler, for the close below (an effect's cleanup sees the props of its own render).
  const closeAutoFocus = useLatestCallback((event: Event) => onCloseAutoFocus?.(event))

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || !open) return
    // the trigger: what had focus as the dialog opened
    const trigger = dialog.ownerDocument.activeElement
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    }
    cancelRef.current?.focus()
    return () => {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
      const event = new Event('rcd.closeAutoFocus', { cancelable: true })
      closeAutoFocus(event)
      if (!event.defaultPrevented && trigger instanceof HTMLElement && trigger.isConnected) trigger.focus()
    }
  }, [open, closeAutoFocus])

  const cancel = (event: SyntheticEvent) => {
    // Stay controlled: the host closes the dialog by setting `open` to false.
    event.preventDefault()
    if (!isPending) onCancel()
  }

  // Per variant: the title, what it means, when the device is signed out, and the button (idle, pending).
  const words = {
    'this-device': [
      text.forgetThisDeviceTitle,
      text.forgetThisDeviceDescription,
      text.thisDeviceSignedOutWhen(accessTokenLifetimeSeconds),
      text.forgetDevice,
      text.forgetting,
    ],
    'other-device': [
      text.forgetDeviceTitle(deviceName ? revealControlCharacters(deviceName) : text.unknownDevice),
      text.forgetDeviceDescription,
      text.signedOutWhen(accessTokenLifetimeSeconds),
      text.signOutDevice,
      text.signingOut,
    ],
    'all-other-devices': [
      text.forgetOtherDevicesTitle(otherDeviceCount),
      text.forgetOtherDevicesDescription,
      text.othersSignedOutWhen(accessTokenLifetimeSeconds),
      text.forgetOtherDevices,
      text.signingOut,
    ],
    'sign-out-everywhere': [text.signOutEverywhereTitle, text.signOutEverywhereDescription, undefined, text.signOutEverywhere, text.signingOutEverywhere],
  } satisfies Record<ConfirmDialogVariant, readonly [string, string, string | undefined, string, string]>
  const [title, description, when, idleLabel, pendingLabel] = words[variant]
  const confirmLabel = isPending ? pendingLabel : idleLabel

  // Its children are elements only: no part below reads `unstyled` from context.
  return (
    <dialog
      ref={setDialogRef}
      aria-labelledby={titleId}
      aria-describedby={when ? `${descriptionId} ${whenId}` : descriptionId}
      lang={lang}
      dir={dir}
      {...rest}
      className={partClassName(unstyled, 'rcd-forget-dialog', [variant], className)}
      data-state={open ? 'open' : 'closed'}
      data-variant={variant}
      data-pending={isPending ? '' : undefined}
      onCancel={cancel}
      onKeyDown={(event: KeyboardEvent<HTMLDialogElement>) => {
        onKeyDown?.(event)
        // Handled here too because not every environment turns Escape into a `cancel` event;
        // preventing the keydown stops browsers that do from sending a second one.
        if (event.key === 'Escape' && !event.defaultPrevented) cancel(event)
      }}
    >
      <h2 id={titleId} className={partClassName(unstyled, 'rcd-forget-dialog__title')}>
        {title}
      </h2>
      <p id={descriptionId} className={partClassName(unstyled, 'rcd-forget-dialog__description')}>
        {description}
      </p>
      {when ? (
        <p id={whenId} className={partClassName(unstyled, 'rcd-forget-dialog__when')}>
          {when}
        </p>
      ) : null}
      <div className={partClassName(unstyled, 'rcd-forget-dialog__actions')}>
        <button
          ref={cancelRef}
          type="button"
          className={partClassName(unstyled, 'rcd-forget-dialog__cancel')}
          aria-disabled={isPending || undefined}
          onClick={cancel}
        >
          {text.cancel}
        </button>
        <button
          type="button"
          className={partClassName(unstyled, 'rcd-forget-dialog__confirm')}
          aria-disabled={isPending || undefined}
          onClick={() => {
            if (!isPending) onConfirm()
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
})

/** @deprecated Renamed `ConfirmDialog`: it also asks before signing out everywhere. The old name goes in the next major version. */
export const ConfirmForgetDialog = ConfirmDialog
/** @deprecated Renamed `ConfirmDialogProps`. */
export type ConfirmForgetDialogProps = ConfirmDialogProps
/** @deprecated Renamed `ConfirmDialogVariant`. */
export type ForgetVariant = ConfirmDialogVariant
