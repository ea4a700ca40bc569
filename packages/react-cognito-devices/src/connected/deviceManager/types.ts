import type { ComponentPropsWithoutRef, ComponentType, Ref } from 'react'
import type { DeviceErrorBoundaryProps } from '../../boundary/DeviceErrorBoundary'
import type { Device } from '../../model/device'
import type { HeadingLevel } from '../../components/DeviceCard'
import type { DeviceErrorState } from '../../errors/classifyError'
import type { DeviceText } from '../../i18n/deviceText'
import type { ManagerText, ResolvedManagerText } from '../../i18n/managerText'
import type { DeviceListProps } from '../DeviceList'

export type DeviceManagerAction = 'forget' | 'forget-others' | 'remember' | 'stop-remembering' | 'sign-out-everywhere'

export interface DeviceManagerEvent {
  action: DeviceManagerAction
  /** The device acted on; absent for `forget-others` and `sign-out-everywhere`. */
  deviceKey?: string | undefined
}

export interface DeviceManagerErrorEvent extends DeviceManagerEvent {
  state: DeviceErrorState
  error: unknown
}

/** Every word of the panel: the device components' and its own. */
export type DeviceManagerText = ResolvedManagerText & Required<DeviceText>

/** An action that failed, with its classified state. */
export interface ActionFailure {
  action: DeviceManagerAction
  state: DeviceErrorState
}

export interface DeviceManagerHeaderProps {
  title: string
  description: string
  titleId: string
  headingLevel: HeadingLevel
  /** Refetch the list (and this device). */
  onRefresh: () => void
  isRefreshing: boolean
  /** Opens the confirmation for signing out every other device; undefined when there are none. */
  onForgetOthers: (() => void) | undefined
  /** They are being signed out: the button says so and does nothing until the run ends. */
  isForgettingOthers?: boolean | undefined
  /** For the button that calls `onForgetOthers`: focus returns to it when forgetting them failed. */
  forgetOthersButtonRef: Ref<HTMLButtonElement>
  /** Opens the confirmation for signing out on every device (this one too); undefined hides the action. */
  onSignOutEverywhere?: (() => void) | undefined
  /** For the button that calls `onSignOutEverywhere`: focus returns to it when signing out failed. */
  signOutEverywhereButtonRef?: Ref<HTMLButtonElement> | undefined
  text: DeviceManagerText
}

export interface DeviceActionsProps {
  device: Device
  isCurrent: boolean
  /** Opens the confirmation for forgetting this device (which signs it out). */
  onForget: () => void
  /**
   * For the button that calls `onForget`. Given only to the row whose forget just failed: focus
   * returns to that button as the dialog closes (else to the panel's heading).
   */
  forgetButtonRef?: Ref<HTMLButtonElement> | undefined
  /**
   * Stop remembering (or remember) this device. The default actions offer it where the status is
   * known: on this device, and where the answer carries it (the Admin operations' answers do).
   */
  onToggleRemembered: () => void
  isForgetting: boolean
  /** The action on this device that failed last, with its state; undefined when none did. */
  failure: ActionFailure | undefined
  text: DeviceManagerText
}

export interface DeviceManagerProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'onError'>,
    Pick<DeviceErrorBoundaryProps, 'onSessionEnded' | 'onSignIn' | 'onResetPassword' | 'onConfirmAccount' | 'fallback'>,
    Pick<DeviceListProps, 'formatDeviceName' | 'now' | 'skeletonCount'> {
  /** Level of the panel's heading; device names sit one level below. Default 2. */
  headingLevel?: Exclude<HeadingLevel, 6>
  locale?: string
  displayText?: DeviceText & ManagerText
  /**
   * `compact` (default): about 100 px per device at 900 px wide, actions beside the details;
   * `comfortable`: the roomier stacked cards.
   */
  density?: 'compact' | 'comfortable'
  /** Offer "Sign out everywhere" (Cognito GlobalSignOut, this device included). Default true. */
  signOutEverywhere?: boolean
  /** After a forget / remember / sign out everywhere succeeded. */
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
