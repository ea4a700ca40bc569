import { forwardRef, type ComponentPropsWithoutRef, type ComponentType } from 'react'
import { DeviceErrorBoundary, type DeviceErrorBoundaryProps } from '../boundary/DeviceErrorBoundary'
import type { HeadingLevel } from '../components/DeviceCard'
import type { DeviceText } from '../i18n/deviceText'
import type { ManagerText } from '../i18n/managerText'
import type { DeviceListProps } from './DeviceList'
import { DeviceManagerPanel } from './deviceManager/DeviceManagerPanel'
import type { DeviceActionsProps, DeviceManagerErrorEvent, DeviceManagerEvent, DeviceManagerHeaderProps } from './deviceManager/types'

export type {
  DeviceActionsProps,
  DeviceManagerAction,
  DeviceManagerErrorEvent,
  DeviceManagerEvent,
  DeviceManagerHeaderProps,
} from './deviceManager/types'

export interface DeviceManagerProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'onError'>,
    Pick<DeviceErrorBoundaryProps, 'onSignIn' | 'onResetPassword' | 'onConfirmAccount' | 'fallback'>,
    Pick<DeviceListProps, 'formatDeviceName' | 'now' | 'skeletonCount'> {
  /** Level of the panel's heading; device names sit one level below. Default 2. */
  headingLevel?: Exclude<HeadingLevel, 6>
  locale?: string
  displayText?: DeviceText & ManagerText
  /** After a forget / remember succeeded. */
  onSuccess?: (event: DeviceManagerEvent) => void
  /** After a forget / remember failed (the panel also shows it next to the action). */
  onError?: (event: DeviceManagerErrorEvent) => void
  /** When the panel is replaced by an error state (signed out, ...): the classified state, never a token. */
  onErrorState?: DeviceErrorBoundaryProps['onError']
  /** Replace parts of the panel. */
  components?: {
    Header?: ComponentType<DeviceManagerHeaderProps>
    DeviceActions?: ComponentType<DeviceActionsProps>
  }
  unstyled?: boolean
}

/**
 * The account-settings panel: every device of the signed-in user with forget (after a
 * confirmation that says what it means), remember / stop remembering, forget all other devices
 * and refresh. Results are announced in a live region; a failed action is reported next to it and
 * the list is left as it was. States that make the panel useless (signed out, password reset
 * required, ...) are shown by its own DeviceErrorBoundary. Its parts are in ./deviceManager/.
 */
export const DeviceManager = forwardRef<HTMLElement, DeviceManagerProps>(function DeviceManager(
  { onSignIn, onResetPassword, onConfirmAccount, fallback, onErrorState, locale, displayText, unstyled, headingLevel = 2, ...props },
  ref,
) {
  return (
    <DeviceErrorBoundary
      onSignIn={onSignIn}
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
