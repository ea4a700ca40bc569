import { skipToken, useQuery } from '@tanstack/react-query'
import { deviceQueries } from '../query/deviceQueries'
import { useDeviceQueryContext } from './useDeviceSession'

/**
 * This device (the `device_key` of the session), or `deviceKey: undefined` when the pool does not
 * track devices or this browser has none. Not-remembered devices are found too: GetDevice answers
 * for them even where ListDevices leaves them out.
 */
export function useCurrentDevice() {
  const context = useDeviceQueryContext()
  const deviceKey = context.session?.currentDeviceKey
  const options = deviceQueries.detail(context, deviceKey ?? '')
  const query = useQuery(deviceKey ? options : { ...options, queryFn: skipToken })
  return { ...query, deviceKey }
}
