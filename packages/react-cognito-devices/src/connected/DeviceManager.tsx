import { forwardRef } from 'react'
import { DeviceErrorBoundary } from '../boundary/DeviceErrorBoundary'
import { DeviceActions } from './deviceManager/DeviceActions'
import { DeviceManagerHeader } from './deviceManager/DeviceManagerHeader'
import { DeviceManagerPanel } from './deviceManager/DeviceManagerPanel'
import type { DeviceManagerProps } from './deviceManager/types'

export type {
  DeviceActionsProps,
  DeviceManagerAction,
  DeviceManagerErrorEvent,
  DeviceManagerEvent,
  DeviceManagerHeaderProps,
  DeviceManagerProps,
} from './deviceManager/types'

const DeviceManagerRoot = /* @__PURE__ */ forwardRef<HTMLElement, DeviceManagerProps>(function DeviceManager(
  { onSessionEnded, onSignIn, onResetPassword, onConfirmAccount, fallback, onErrorState, locale, displayText, unstyled, headingLevel = 2, ...props },
  ref,
) {
  return (
    <DeviceErrorBoundary
      onSessionEnded={onSessionEnded ?? onSignIn}
      onResetPassword={onResetPassword}
      onConfirmAccount={onConfirmAccount}
      fallback={fallback}
      onError={onErrorState}
      locale={locale}
      // the state that replaces the panel (signed out, ...) is titled at the panel's level
      headingLevel={headingLevel}
    >
      <DeviceManagerPanel ref={ref} locale={locale} displayText={displayText} unstyled={unstyled} headingLevel={headingLevel} {...props} />
    </DeviceErrorBoundary>
  )
})

/**
 * The account-settings panel: every device of the signed-in user with forget (after a
 * confirmation that says what it means), remember / stop remembering, sign out all other devices
 * and refresh. Results are announced in a live region; a failed action is reported next to it and
 * the list is left as it was. States that make the panel useless (signed out, password reset
 * required, ...) are shown by its own DeviceErrorBoundary. Its parts are in ./deviceManager/.
 *
 * Its default parts are statics, to wrap or reuse in `components` (as Amplify UI's
 * `AccountSettings.DeleteUser.WarningView`): `DeviceManager.Header` and `DeviceManager.Actions`.
 */
export const DeviceManager = Object.assign(DeviceManagerRoot, {
  /** The default header: heading, description, Refresh, "Sign out all other devices", "Sign out everywhere". */
  Header: DeviceManagerHeader,
  /** The default actions of a device: Forget, Remember / Stop remembering, and the failure of the last one. */
  Actions: DeviceActions,
})
