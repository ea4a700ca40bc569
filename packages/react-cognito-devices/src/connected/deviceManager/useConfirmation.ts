import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Device } from '../../model/device'
import type { ConfirmDialogProps, ConfirmDialogVariant } from '../../components/ConfirmDialog'
import { classifyError } from '../../errors/classifyError'
import { useForgetDevice } from '../../hooks/useForgetDevice'
import { useForgetOtherDevices } from '../../hooks/useForgetOtherDevices'
import { useSignOutEverywhere } from '../../hooks/useSignOutEverywhere'
import type { ReturnFocusToDevice } from './rowStates'
import type { DeviceManagerErrorEvent, DeviceManagerEvent, DeviceManagerText } from './types'

/** The question the dialog asks. */
export interface Confirmation {
  variant: ConfirmDialogVariant
  device?: Device
  /** For `all-other-devices`, counted when the dialog opened (when every page is loaded). */
  otherDeviceCount?: number | undefined
}

/**
 * Where focus goes as the dialog closes. Decided once, by how the dialog ended, and applied once,
 * in the dialog's `onCloseAutoFocus`.
 */
export type FocusAfterDialog =
  /** Cancelled: back to the button that opened it (the dialog's own default). */
  | { readonly to: 'trigger' }
  /** Done: what the trigger acted on has gone with it, so the panel's heading. */
  | { readonly to: 'title' }
  /** A forget failed: the Forget button of the device, put back in the list as a new element. */
  | { readonly to: 'forget'; readonly deviceKey: string }
  /** Forgetting the other devices failed. */
  | { readonly to: 'forget-others' }
  /** Signing out everywhere failed (this session goes on). */
  | { readonly to: 'sign-out-everywhere' }

const backToTrigger: FocusAfterDialog = { to: 'trigger' }

interface ConfirmationOptions {
  titleId: string
  text: DeviceManagerText
  nameOf: (device: Device) => string
  announce: (message: string) => void
  onSuccess: ((event: DeviceManagerEvent) => void) | undefined
  onError: ((event: DeviceManagerErrorEvent) => void) | undefined
}

/**
 * The panel's confirmation dialog: which question is open, what confirming it does, and where focus
 * goes when it closes. A forget removes the control that opened the dialog at once (optimistically)
 * and a failure puts the device back as a new element, so the dialog's own return to its trigger
 * would find nothing; the outcome names the target instead (FocusAfterDialog), falling back to the
 * panel's heading when that target is gone or takes no focus.
 */
export function useConfirmation({ titleId, text, nameOf, announce, onSuccess, onError }: ConfirmationOptions) {
  const forget = useForgetDevice()
  const forgetOthers = useForgetOtherDevices()
  const signOut = useSignOutEverywhere()
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null)
  const [focusAfter, setFocusAfter] = useState<FocusAfterDialog>(backToTrigger)
  const forgetButtonRef = useRef<HTMLButtonElement>(null)
  const forgetOthersButtonRef = useRef<HTMLButtonElement>(null)
  const signOutEverywhereButtonRef = useRef<HTMLButtonElement>(null)

  const ask = useCallback((next: Confirmation) => {
    setFocusAfter(backToTrigger)
    setConfirmation(next)
  }, [])
  const close = (target: FocusAfterDialog) => {
    setFocusAfter(target)
    setConfirmation(null)
  }

  const onCloseAutoFocus = (event: Event) => {
    if (focusAfter.to === 'trigger') return
    event.preventDefault()
    const button = {
      title: null,
      forget: forgetButtonRef.current,
      'forget-others': forgetOthersButtonRef.current,
      'sign-out-everywhere': signOutEverywhereButtonRef.current,
    }[focusAfter.to]
    button?.focus()
    // no such button (a host's own actions, a device that is gone after all) or it took no focus
    if (!button || document.activeElement !== button) document.getElementById(titleId)?.focus()
  }

  // The run ends with no other device left, and its button with them: the heading takes focus, not the page's body.
  const othersWereRunning = useRef(false)
  useEffect(() => {
    if (othersWereRunning.current && !forgetOthers.isRunning && document.activeElement === document.body) document.getElementById(titleId)?.focus()
    othersWereRunning.current = forgetOthers.isRunning
  }, [forgetOthers.isRunning, titleId])

  /** Signs out the other devices (or, after a partial run, `devices` again) and announces how it ended. */
  const runOthers = (devices?: readonly Device[]) => {
    // one run at a time: a second would pace itself apart from the first and overrun the quota
    if (forgetOthers.isRunning) return
    forgetOthers.mutate(
      { devices },
      {
        onSuccess: ({ done, total, failed }) => {
          if (failed.length === 0) announce(text.forgotOtherDevices(done))
          else announce(`${text.signOutOthersPartly(done, total ?? done + failed.length)} ${failed.map(({ device }) => nameOf(device)).join(', ')}`)
          onSuccess?.({ action: 'forget-others' })
        },
        onError: (error) => onError?.({ action: 'forget-others', state: classifyError(error), error }),
      },
    )
  }

  const confirm = () => {
    if (!confirmation) return
    const { variant, device } = confirmation
    if (variant === 'sign-out-everywhere') {
      signOut.mutate(undefined, {
        // on success DeviceKitProvider's onSignIn has run and the session is gone: the panel goes with it
        onSuccess: () => onSuccess?.({ action: 'sign-out-everywhere' }),
        onError: (error) => onError?.({ action: 'sign-out-everywhere', state: classifyError(error), error }),
        onSettled: (_data, error) => close(error ? { to: 'sign-out-everywhere' } : { to: 'title' }),
      })
      return
    }
    if (variant === 'all-other-devices') {
      // The dialog closes at once: the run takes a while (ten devices a second) and shows its
      // progress in the panel, which stays usable meanwhile. Focus goes back to the button.
      close({ to: 'forget-others' })
      runOthers()
      return
    }
    if (!device) return
    forget.forget(device.key, {
      onSuccess: () => {
        announce(text.forgotDevice(nameOf(device)))
        onSuccess?.({ action: 'forget', deviceKey: device.key })
      },
      onError: (error) => onError?.({ action: 'forget', deviceKey: device.key, state: classifyError(error), error }),
      onSettled: (_data, error) => close(error ? { to: 'forget', deviceKey: device.key } : { to: 'title' }),
    })
  }

  const returnFocusKey = focusAfter.to === 'forget' ? focusAfter.deviceKey : undefined
  const returnFocus = useMemo<ReturnFocusToDevice | undefined>(
    () => (returnFocusKey === undefined ? undefined : { deviceKey: returnFocusKey, ref: forgetButtonRef }),
    [returnFocusKey],
  )

  const dialog: ConfirmDialogProps = {
    open: confirmation !== null,
    variant: confirmation?.variant ?? 'other-device',
    deviceName: confirmation?.device ? nameOf(confirmation.device) : undefined,
    otherDeviceCount: confirmation?.otherDeviceCount,
    isPending: forget.isPending || signOut.isPending,
    onConfirm: confirm,
    onCancel: () => close(backToTrigger),
    onCloseAutoFocus,
  }

  return {
    /** For ConfirmDialog. */
    dialog,
    /** The row whose Forget button takes focus once the dialog has closed, if one does. */
    returnFocus,
    /** Opens the dialog with a question; keeps its identity. */
    ask,
    /** The latest "sign out all other devices": where it stands (done, total, failed, isRunning). */
    others: forgetOthers,
    /** Sends the devices the latest run could not sign out again. */
    retryOthers: runOthers,
    forgetOthersButtonRef,
    signOutEverywhereButtonRef,
    /** Why the last "sign out everywhere" failed (this session goes on); undefined when it did not. */
    signOutFailure: signOut.error ? classifyError(signOut.error) : undefined,
  }
}
