import type { ReactNode } from 'react'
import { isRemembered } from '../../model/device'
import { partClassName, useUnstyled } from '../../components/partClassName'
import type { DeviceActionsProps } from './types'

/**
 * A card's default actions: "Forget" on this device, "Sign out" on another (forgetting a device signs
 * it out once its current session ends), and "Stop remembering" / "Remember" where the status is known:
 * on this device, and where the answer carries it (the Admin operations' answers do). On another
 * device a browser lists, both would make it leave the list on a real pool, so it gets one action;
 * a device listed by a browser is remembered, as user-side ListDevices lists no other. Then the
 * failure of the last action.
 */
export function DeviceActions({ device, isCurrent, onForget, forgetButtonRef, onToggleRemembered, isForgetting, failure, text }: DeviceActionsProps): ReactNode {
  const unstyled = useUnstyled(undefined)
  return (
    <div className={partClassName(unstyled, 'rcd-device-actions')} data-current={isCurrent ? '' : undefined}>
      {isCurrent || device.remembered !== undefined ? (
        <button type="button" className={partClassName(unstyled, 'rcd-button')} onClick={onToggleRemembered}>
          {isRemembered(device) ? text.stopRemembering : text.remember}
        </button>
      ) : null}
      <button
        ref={forgetButtonRef}
        type="button"
        className={partClassName(unstyled, 'rcd-button', ['danger'])}
        onClick={isForgetting ? undefined : onForget}
        // aria-disabled, not disabled: a disabled button cannot take focus, and focus comes back here
        // as soon as a forget failed, maybe before this row has learnt that it is no longer pending
        aria-disabled={isForgetting || undefined}
      >
        {isCurrent ? (isForgetting ? text.forgetting : text.forget) : isForgetting ? text.signingOut : text.signOutOtherDevice}
      </button>
      {failure ? (
        <p role="alert" className={partClassName(unstyled, 'rcd-device-actions__failure')} data-state={failure.state}>
          {failure.action === 'forget' ? (isCurrent ? text.forgetFailed : text.signOutFailed) : text.rememberFailed} {text.errorMessage(failure.state)}
        </p>
      ) : null}
    </div>
  )
}
