import type { Ref } from 'react'
import type { Device } from '../../cognito/device'
import type { HeadingLevel } from '../../components/DeviceCard'
import type { DeviceErrorState } from '../../errors/classifyError'
import type { DeviceText } from '../../i18n/deviceText'
import type { ResolvedManagerText } from '../../i18n/managerText'

export type DeviceManagerAction = 'forget' | 'forget-others' | 'remember' | 'stop-remembering'

export interface DeviceManagerEvent {
  action: DeviceManagerAction
  /** The device acted on; absent for `forget-others`. */
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
  /** Opens the confirmation for forgetting every other device; undefined when there are none. */
  onForgetOthers: (() => void) | undefined
  /** For the button that calls `onForgetOthers`: focus returns to it when forgetting them failed. */
  forgetOthersButtonRef: Ref<HTMLButtonElement>
  text: DeviceManagerText
}

export interface DeviceActionsProps {
  device: Device
  isCurrent: boolean
  /** Opens the confirmation for forgetting this device. */
  onForget: () => void
  /** For the button that calls `onForget`: focus returns to it when forgetting the device failed. */
  forgetButtonRef: Ref<HTMLButtonElement>
  onToggleRemembered: () => void
  isForgetting: boolean
  /** The action on this device that failed last, with its state; undefined when none did. */
  failure: ActionFailure | undefined
  text: DeviceManagerText
}
