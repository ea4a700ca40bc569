import { useEffect, useId, useRef } from 'react'
import type { Device } from '../../model/device'
import { partClassName, useUnstyled } from '../../components/partClassName'
import type { useForgetOtherDevices } from '../../hooks/useForgetOtherDevices'
import type { DeviceManagerText } from './types'

interface SignOutOthersStatusProps {
  /** The latest run, as useForgetOtherDevices reports it. */
  run: Pick<ReturnType<typeof useForgetOtherDevices>, 'done' | 'total' | 'failed' | 'isRunning'>
  /** Sends the devices that were not signed out again. */
  retry: (devices: readonly Device[]) => void
  text: DeviceManagerText
  nameOf: (device: Device) => string
  announce: (message: string) => void
}

/**
 * "Signing out other devices: 12 of 75" with a `<progress>` while the run goes (the panel stays
 * usable), then what came of it: nothing more when every device was signed out (the announcement
 * says so), else which were not, with a retry for just those. The live region hears of the progress
 * about ten times a run, not at every device.
 */
export function SignOutOthersStatus({ run: { done, total, failed, isRunning }, retry, text, nameOf, announce }: SignOutOthersStatusProps) {
  const unstyled = useUnstyled(undefined)
  const labelId = useId()
  const announcedStep = useRef(0)

  useEffect(() => {
    if (!isRunning || total === undefined) {
      announcedStep.current = 0
      return
    }
    // about ten announcements a run, at least ten devices apart
    const step = Math.max(10, Math.ceil(total / 10))
    const reached = Math.floor(done / step)
    if (reached > announcedStep.current && done < total) {
      announcedStep.current = reached
      announce(text.signOutOthersCount(done, total))
    }
  }, [done, total, isRunning, announce, text])

  const part = (name: string) => partClassName(unstyled, `rcd-device-manager__${name}`)
  if (isRunning) {
    return (
      <div className={part('progress')} data-state="running">
        <p id={labelId} className={part('progress-label')}>
          {text.signingOutOthers}
        </p>
        {/* no value while the devices are listed: an indeterminate bar */}
        <progress aria-labelledby={labelId} max={total || undefined} value={total ? done : undefined} />
        {total !== undefined ? <p className={part('progress-count')}>{text.signOutOthersCount(done, total)}</p> : null}
        <p className={part('progress-note')}>{text.signOutOthersGoesOn}</p>
      </div>
    )
  }
  if (failed.length === 0) return null
  return (
    <div className={part('progress')} data-state="partly">
      <p>{text.signOutOthersPartly(done, done + failed.length)}</p>
      <ul className={part('progress-failed')}>
        {failed.map(({ device }) => (
          <li key={device.key}>{nameOf(device)}</li>
        ))}
      </ul>
      <button type="button" className={partClassName(unstyled, 'rcd-button', ['danger'])} onClick={() => retry(failed.map(({ device }) => device))}>
        {text.retrySignOutOthers(failed.length)}
      </button>
    </div>
  )
}
