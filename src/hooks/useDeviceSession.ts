import { useQuery } from '@tanstack/react-query'
import { useDeviceKit } from '../provider/DeviceKitProvider'
import { deviceQueries } from '../query/deviceQueries'

/** Who is signed in and which device is "this device" (`currentDeviceKey`). */
export function useDeviceSession() {
  return useQuery(deviceQueries.session(useDeviceKit().api))
}
