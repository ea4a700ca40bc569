import { useCallback, useEffect, useRef, useState } from 'react'
import type { Device } from '../../cognito/device'
import type { ForgetVariant } from '../../components/ConfirmForgetDialog'
import { classifyError } from '../../errors/classifyError'
import { useForgetDevice } from '../../hooks/useForgetDevice'
import { useForgetOtherDevices } from '../../hooks/useForgetOtherDevices'
import { useSignOutEverywhere } from '../../hooks/useSignOutEverywhere'
import type { DeviceManagerErrorEvent, DeviceManagerEvent, DeviceManagerText } from './types'

interface Confirmation {
  variant: ForgetVariant
  device?: Device
  /** For `all-other-devices`, counted when the dialog opened (when every page is loaded). */
  otherDeviceCount?: number | undefined
}

interface ForgetConfirmationOptions {
  titleId: string
  text: DeviceManagerText
  nameOf: (device: Device) => string
  announce: (message: string) => void
  onSuccess: ((event: DeviceManagerEvent) => void) | undefined
  onError: ((event: DeviceManagerErrorEvent) => void) | undefined
}

/** Focus goes to the panel's heading (the other targets are OTHERS and a device's key). */
const TITLE = '\u0000title'
/** Focus goes to the "Forget all other devices" button. */
const OTHERS = '\u0000others'
/** Focus goes to the "Sign out everywhere" button. */
const SIGN_OUT = '\u0000sign-out'

/**
 * The forget (and sign-out-everywhere) confirmation: which dialog is open, what confirming it does, and where focus goes when it
 * closes. A forget removes the control that opened the dialog at once (optimistically); a failure puts
 * the device back as a new element. Either way the dialog cannot return focus to its trigger, and the
 * browser would leave it on <body>. So once the modal dialog has closed (while it is open the rest of
 * the page is inert) focus goes to the restored Forget button after a failure, else the heading.
 */
export function useForgetConfirmation({ titleId, text, nameOf, announce, onSuccess, onError }: ForgetConfirmationOptions) {
  const forget = useForgetDevice()
  const forgetOthers = useForgetOtherDevices()
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null)
  const focusAfterClose = useRef<string | undefined>(undefined)
  // (a Map kept for the panel's life; not a ref, as the rows' ref callbacks write into it)
  const [forgetButtons] = useState(() => new Map<string, HTMLButtonElement>())
  const forgetOthersButtonRef = useRef<HTMLButtonElement>(null)
  const signOut = useSignOutEverywhere()
  const signOutEverywhereButtonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const target = focusAfterClose.current
    if (confirmation !== null || !target) return
    focusAfterClose.current = undefined
    const button =
      target === TITLE
        ? undefined
        : target === OTHERS
          ? forgetOthersButtonRef.current
          : target === SIGN_OUT
            ? signOutEverywhereButtonRef.current
            : forgetButtons.get(target)
    button?.focus()
    // no such button (a host's own actions, a device that is gone after all) or it took no focus (disabled)
    if (!button || document.activeElement !== button) document.getElementById(titleId)?.focus()
  }, [confirmation, titleId, forgetButtons])

  // The run ends with no other device left, and its button with them: the heading takes focus, not the page's body.
  const othersWereRunning = useRef(false)
  useEffect(() => {
    if (othersWereRunning.current && !forgetOthers.isRunning && document.activeElement === document.body) document.getElementById(titleId)?.focus()
    othersWereRunning.current = forgetOthers.isRunning
  }, [forgetOthers.isRunning, titleId])

  /** Closes the dialog; focus then goes to `focusTarget` (TITLE, OTHERS or a device's key), or back to its trigger when undefined. */
  const close = (focusTarget: string | undefined) => {
    focusAfterClose.current = focusTarget
    setConfirmation(null)
  }

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
        onSettled: (_data, error) => close(error ? SIGN_OUT : TITLE),
      })
      return
    }
    if (variant === 'all-other-devices') {
      // The dialog closes at once: the run takes a while (ten devices a second) and shows its
      // progress in the panel, which stays usable meanwhile. Focus goes back to the button.
      close(OTHERS)
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
      // after a success the card that held focus is gone: the panel's heading takes it, not the page's body
      onSettled: (_data, error) => close(error ? device.key : TITLE),
    })
  }

  return {
    /** For ConfirmForgetDialog. */
    dialog: {
      open: confirmation !== null,
      variant: confirmation?.variant ?? ('other-device' as const),
      deviceName: confirmation?.device ? nameOf(confirmation.device) : undefined,
      otherDeviceCount: confirmation?.otherDeviceCount,
      isPending: forget.isPending || signOut.isPending,
      onConfirm: confirm,
      onCancel: () => close(undefined),
    },
    requestForget: useCallback(
      (device: Device, isCurrent: boolean) => setConfirmation({ variant: isCurrent ? 'this-device' : 'other-device', device }),
      [],
    ),
    /** The latest "sign out all other devices": where it stands, and a retry for the devices it could not sign out. */
    others: {
      done: forgetOthers.done,
      total: forgetOthers.total,
      failed: forgetOthers.failed,
      isRunning: forgetOthers.isRunning,
      retry: (devices: readonly Device[]) => runOthers(devices),
    },
    /** `otherDeviceCount` is undefined when not every page is loaded. */
    requestForgetOthers: (otherDeviceCount: number | undefined) => setConfirmation({ variant: 'all-other-devices', otherDeviceCount }),
    registerForgetButton: useCallback(
      (deviceKey: string, button: HTMLButtonElement | null) => {
        if (button) forgetButtons.set(deviceKey, button)
        else forgetButtons.delete(deviceKey)
      },
      [forgetButtons],
    ),
    forgetOthersButtonRef,
    requestSignOutEverywhere: () => setConfirmation({ variant: 'sign-out-everywhere' }),
    signOutEverywhereButtonRef,
    /** Why the last "sign out everywhere" failed (this session goes on); undefined when it did not. */
    signOutFailure: signOut.error ? classifyError(signOut.error) : undefined,
  }
}
