import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useDeviceKit } from '../provider/DeviceKitProvider'
import { deviceQueries, type DeviceQueryContext } from '../query/deviceQueries'

/** Who is signed in and which device is "this device" (`currentDeviceKey`). */
export function useDeviceSession() {
  return useQuery(deviceQueries.session({ api: useDeviceKit().api, queryClient: useQueryClient() }))
}

/** The api, the host's QueryClient and the session: what every device query and mutation takes. */
export function useDeviceQueryContext(): DeviceQueryContext {
  const { api } = useDeviceKit()
  const queryClient = useQueryClient()
  const { data: session } = useQuery(deviceQueries.session({ api, queryClient }))
  return { api, queryClient, session }
}
