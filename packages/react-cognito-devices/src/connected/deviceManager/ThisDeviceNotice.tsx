import { useState } from 'react'
import { partClassName, useUnstyled } from '../../components/partClassName'
import { classifyError } from '../../errors/classifyError'
import { useCurrentDeviceStatus } from '../../hooks/useCurrentDeviceStatus'
import { useRefreshDevices } from '../../hooks/useRefreshDevices'
import { useSetDeviceRemembered } from '../../hooks/useSetDeviceRemembered'
import type { DeviceManagerErrorEvent, DeviceManagerEvent, DeviceManagerText } from './types'

interface ThisDeviceNoticeProps {
  /** The panel heading's id: focus goes there once this notice has gone. */
  titleId: string
  text: DeviceManagerText
  announce: (message: string) => void
  onSuccess: ((event: DeviceManagerEvent) => void) | undefined
  onError: ((event: DeviceManagerErrorEvent) => void) | undefined
}

/**
 * "This device is not remembered" with "Remember this device", when Cognito says so: GetDevice of the
 * token's `device_key` answers ResourceNotFoundException (useCurrentDeviceStatus). A browser's
 * ListDevices lists no such device, so it has no card. A device forgotten elsewhere reads the same,
 * and remembering it answers "not found" too: only signing in again tracks it anew, which the
 * failure says (evidence for both: the emulator package's FACTS.md, "User-side answers list only
 * remembered devices" and "Sign-in with a stale device key").
 */
export function ThisDeviceNotice({ titleId, text, announce, onSuccess, onError }: ThisDeviceNoticeProps) {
  const unstyled = useUnstyled(undefined)
  const { status, deviceKey } = useCurrentDeviceStatus()
  const remember = useSetDeviceRemembered()
  const refresh = useRefreshDevices()
  // From "remembered" until Cognito's list and GetDevice answer so: the cached "not found" would otherwise show the notice again meanwhile.
  const [confirming, setConfirming] = useState(false)
  // kept while the change is on its way (the status reads "remembered" then), so a failure shows where it was asked
  if (deviceKey === undefined || confirming || (status !== 'not-remembered' && !remember.isPending)) return null
  const failure = remember.error ? classifyError(remember.error) : undefined
  const part = (name: string) => partClassName(unstyled, `rcd-device-manager__${name}`)

  const rememberThisDevice = () =>
    remember.mutate(
      { deviceKey, remembered: true },
      {
        onSuccess: async () => {
          setConfirming(true)
          try {
            await refresh()
          } finally {
            setConfirming(false)
          }
          // the button that had focus went with the notice: the panel's heading takes it, not the page's body
          if (document.activeElement === document.body) document.getElementById(titleId)?.focus()
          announce(text.rememberedDevice(text.thisDevice))
          onSuccess?.({ action: 'remember', deviceKey })
        },
        onError: (error) => onError?.({ action: 'remember', deviceKey, state: classifyError(error), error }),
      },
    )

  return (
    <div className={part('this-device')} data-state="not-remembered">
      <p className={part('this-device-status')}>{text.thisDeviceNotRemembered}</p>
      <button
        type="button"
        className={partClassName(unstyled, 'rcd-button')}
        onClick={remember.isPending ? undefined : rememberThisDevice}
        aria-disabled={remember.isPending || undefined}
      >
        {text.rememberThisDevice}
      </button>
      {failure ? (
        <p role="alert" className={part('failure')} data-state={failure}>
          {failure === 'device-not-found' ? text.rememberThisDeviceGone : `${text.rememberFailed} ${text.errorMessage(failure)}`}
        </p>
      ) : null}
    </div>
  )
}
