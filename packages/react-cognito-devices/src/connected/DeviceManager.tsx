import { forwardRef } from 'react'
import { DeviceErrorBoundary } from '../boundary/DeviceErrorBoundary'
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

/**
 * The account-settings panel: every device of the signed-in user with forget (after a
 * confirmation that says what it means), remember / stop remembering, forget all other devices
 * and refresh. Results are announced in a live region; a failed action is reported next to it and
 * the list is left as it was. States that make the panel useless (signed out, password reset
 * required, ...) are shown by its own DeviceErrorBoundary. Its parts are in ./deviceManager/.
 */
export const DeviceManager = forwardRef<HTMLElement, DeviceManagerProps>(function DeviceManager(
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
