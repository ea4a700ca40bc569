import { isRemembered, type Device } from '../../model/device'
import { classifyError } from '../../errors/classifyError'
import { useSetDeviceRemembered } from '../../hooks/useSetDeviceRemembered'
import { useLatestCallback } from '../../components/useLatestCallback'
import type { DeviceManagerAction, DeviceManagerErrorEvent, DeviceManagerEvent, DeviceManagerText } from './types'

interface ToggleRememberedOptions {
  text: DeviceManagerText
  nameOf: (device: Device) => string
  announce: (message: string) => void
  onSuccess: ((event: DeviceManagerEvent) => void) | undefined
  onError: ((event: DeviceManagerErrorEvent) => void) | undefined
  /** Asks Cognito again after a change (useRefreshDevices). */
  refresh: () => Promise<void>
}

/**
 * Remember a device that is not remembered, else stop remembering it; announces the result, then asks
 * Cognito again: a device no longer remembered leaves a browser's list (user-side ListDevices lists
 * only remembered devices), and this one then shows as "This device is not remembered". Keeps its identity.
 */
export function useToggleRemembered({ text, nameOf, announce, onSuccess, onError, refresh }: ToggleRememberedOptions): (device: Device) => void {
  const { mutate } = useSetDeviceRemembered()
  return useLatestCallback((device: Device) => {
    const remembered = !isRemembered(device)
    const action: DeviceManagerAction = remembered ? 'remember' : 'stop-remembering'
    mutate(
      { deviceKey: device.key, remembered },
      {
        onSuccess: () => {
          announce(remembered ? text.rememberedDevice(nameOf(device)) : text.stoppedRememberingDevice(nameOf(device)))
          onSuccess?.({ action, deviceKey: device.key })
          void refresh()
        },
        onError: (error) => onError?.({ action, deviceKey: device.key, state: classifyError(error), error }),
      },
    )
  })
}
