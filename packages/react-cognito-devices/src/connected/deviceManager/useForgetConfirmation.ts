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
  /** For `all-other-devices`, counted when the dialog opened: the list empties (optimistically) while they are forgotten. */
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

  /** Closes the dialog; focus then goes to `focusTarget` (TITLE, OTHERS or a device's key), or back to its trigger when undefined. */
  const close = (focusTarget: string | undefined) => {
    focusAfterClose.current = focusTarget
    setConfirmation(null)
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
      forgetOthers.mutate(undefined, {
        onSuccess: (count) => {
          announce(text.forgotOtherDevices(count))
          onSuccess?.({ action: 'forget-others' })
        },
        onError: (error) => onError?.({ action: 'forget-others', state: classifyError(error), error }),
        // after a success the "Forget all other devices" button is gone with the devices
        onSettled: (_count, error) => close(error ? OTHERS : TITLE),
      })
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
      isPending: forget.isPending || forgetOthers.isPending || signOut.isPending,
      onConfirm: confirm,
      onCancel: () => close(undefined),
    },
    requestForget: useCallback(
      (device: Device, isCurrent: boolean) => setConfirmation({ variant: isCurrent ? 'this-device' : 'other-device', device }),
      [],
    ),
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
