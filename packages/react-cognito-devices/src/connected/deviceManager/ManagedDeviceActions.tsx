import { createContext, useCallback, useContext, type ComponentType } from 'react'
import type { Device } from '../../cognito/device'
import { useDeviceActionState } from './actionState'
import type { DeviceActionsProps, DeviceManagerText } from './types'

/** What every row's actions share. Each callback keeps its identity, so the value changes only with `Actions` or `text`. */
export interface RowActionsContextValue {
  /** The host's DeviceActions (or ours), memoised. */
  Actions: ComponentType<DeviceActionsProps>
  text: DeviceManagerText
  requestForget: (device: Device, isCurrent: boolean) => void
  toggleRemembered: (device: Device) => void
  registerForgetButton: (deviceKey: string, button: HTMLButtonElement | null) => void
}

export const RowActionsContext = createContext<RowActionsContextValue | null>(null)

/** DeviceListView's `renderActions` for the panel: one function for the panel's life, so memoised rows stay memoised. */
export const renderManagedActions = (device: Device, { isCurrent }: { isCurrent: boolean }) => (
  <ManagedDeviceActions device={device} isCurrent={isCurrent} />
)

/**
 * A row's actions: reads its own device's write state from the mutation cache and hands the
 * (memoised) DeviceActions primitives and stable callbacks, so the other rows do not render when one
 * device changes.
 */
function ManagedDeviceActions({ device, isCurrent }: { device: Device; isCurrent: boolean }) {
  const { Actions, text, requestForget, toggleRemembered, registerForgetButton } = useContext(RowActionsContext)!
  const { isForgetting, failure } = useDeviceActionState(device.key)
  const onForget = useCallback(() => requestForget(device, isCurrent), [requestForget, device, isCurrent])
  const onToggleRemembered = useCallback(() => toggleRemembered(device), [toggleRemembered, device])
  const forgetButtonRef = useCallback((button: HTMLButtonElement | null) => registerForgetButton(device.key, button), [registerForgetButton, device.key])
  return (
    <Actions
      device={device}
      isCurrent={isCurrent}
      onForget={onForget}
      forgetButtonRef={forgetButtonRef}
      onToggleRemembered={onToggleRemembered}
      isForgetting={isForgetting}
      failure={failure}
      text={text}
    />
  )
}
