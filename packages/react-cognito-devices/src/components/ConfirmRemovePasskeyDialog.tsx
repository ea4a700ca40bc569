import { useEffect, useId, useRef, type SyntheticEvent } from 'react'
import type { PasskeyText } from '../i18n/passkeyText'
import { partClassName, useUnstyled } from './partClassName'
import { usePasskeyText } from './usePasskeyText'

export interface ConfirmRemovePasskeyDialogProps {
  open: boolean
  /** The passkey's name, shown in the title (control characters made visible by the caller). */
  passkeyName: string
  isPending?: boolean
  onConfirm: () => void
  onCancel: () => void
  locale?: string
  displayText?: PasskeyText
  unstyled?: boolean
}

/**
 * Asks before removing a passkey and says what it means: it stops working for this account, and the
 * authenticator may still list it. A native modal `<dialog>` styled as the forget dialog; focus goes
 * to Cancel on open and back to the trigger on close; Escape cancels (not while removing).
 */
export function ConfirmRemovePasskeyDialog({
  open,
  passkeyName,
  isPending = false,
  onConfirm,
  onCancel,
  locale,
  displayText,
  unstyled: unstyledProp,
}: ConfirmRemovePasskeyDialogProps) {
  const unstyled = useUnstyled(unstyledProp)
  const { text, lang, dir } = usePasskeyText(locale, displayText)
  const titleId = useId()
  const descriptionId = useId()
  const dialogRef = useRef<HTMLDialogElement | null>(null)
  const cancelRef = useRef<HTMLButtonElement | null>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || !open) return
    const active = dialog.ownerDocument.activeElement
    const trigger = active instanceof HTMLElement ? active : null
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    }
    cancelRef.current?.focus()
    return () => {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
      if (trigger?.isConnected) trigger.focus()
    }
  }, [open])

  const cancel = (event: SyntheticEvent) => {
    event.preventDefault()
    if (!isPending) onCancel()
  }
  const part = (name: string) => partClassName(unstyled, `rcd-forget-dialog__${name}`)

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      lang={lang}
      dir={dir}
      className={partClassName(unstyled, 'rcd-forget-dialog', ['remove-passkey'])}
      data-state={open ? 'open' : 'closed'}
      data-pending={isPending ? '' : undefined}
      onCancel={cancel}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) cancel(event)
      }}
    >
      <h2 id={titleId} className={part('title')}>
        {text.confirmRemoveTitle(passkeyName)}
      </h2>
      <p id={descriptionId} className={part('description')}>
        {text.confirmRemoveDescription}
      </p>
      <div className={part('actions')}>
        <button ref={cancelRef} type="button" className={part('cancel')} aria-disabled={isPending || undefined} onClick={cancel}>
          {text.cancel}
        </button>
        <button
          type="button"
          className={part('confirm')}
          aria-disabled={isPending || undefined}
          onClick={() => {
            if (!isPending) onConfirm()
          }}
        >
          {isPending ? text.removing : text.remove}
        </button>
      </div>
    </dialog>
  )
}
