import { forwardRef } from 'react'
import { classifyError } from '../errors/classifyError'
import { useDevice } from '../hooks/useDevice'
import { useDeviceSession } from '../hooks/useDeviceSession'
import { DeviceCard, type DeviceCardProps } from '../components/DeviceCard'
import { DeviceListView } from '../components/DeviceListView'

export interface DeviceDetailsProps extends Omit<DeviceCardProps, 'device' | 'isCurrent'> {
  deviceKey: string
}

/**
 * One device by key: `useDevice(deviceKey)` -> `DeviceCard`. While loading, and when the device
 * cannot be shown (not found, invalid key, a transient fault), it renders the list view's
 * skeleton or inline error instead of a card. Errors that end the session go to the boundary.
 */
export const DeviceDetails = /* @__PURE__ */ forwardRef<HTMLElement, DeviceDetailsProps>(function DeviceDetails({ deviceKey, ...cardProps }, ref) {
  const device = useDevice(deviceKey)
  const { data: session } = useDeviceSession()
  if (device.data) {
    return <DeviceCard ref={ref} device={device.data} isCurrent={session?.currentDeviceKey === deviceKey} {...cardProps} />
  }
  return (
    <DeviceListView
      devices={[]}
      isLoading={device.isPending && !device.isError}
      skeletonCount={1}
      error={device.isError ? classifyError(device.error) : undefined}
      onRetry={() => void device.refetch()}
      locale={cardProps.locale}
      displayText={cardProps.displayText}
      unstyled={cardProps.unstyled}
    />
  )
})
