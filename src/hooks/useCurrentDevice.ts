import { useQuery, useQueryClient, skipToken } from '@tanstack/react-query'
import { useDeviceKit } from '../provider/DeviceKitProvider'
import { deviceQueries } from '../query/deviceQueries'
import { useDeviceSession } from './useDeviceSession'

/**
 * This device (the `device_key` of the session), or `deviceKey: undefined` when the pool does not
 * track devices or this browser has none. Not-remembered devices are found too: GetDevice answers
 * for them even where ListDevices leaves them out.
 */
export function useCurrentDevice() {
  const { api } = useDeviceKit()
  const { data: session } = useDeviceSession()
  const deviceKey = session?.currentDeviceKey
  const options = deviceQueries.detail(api, useQueryClient(), session, deviceKey ?? '')
  const query = useQuery(deviceKey ? options : { ...options, queryFn: skipToken })
  return { ...query, deviceKey }
}
