import { useQuery, useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { DeviceSession } from '../api/DeviceApi'
import { useDeviceKit } from '../provider/DeviceKitProvider'
import { deviceQueries, type DeviceQueryContext } from '../query/deviceQueries'

/** What `useDeviceSession()` gives: TanStack's query result, as it is. */
export type UseDeviceSessionResult = UseQueryResult<DeviceSession, Error>

/** Who is signed in and which device is "this device" (`currentDeviceKey`). */
export function useDeviceSession(): UseDeviceSessionResult {
  return useQuery(deviceQueries.session({ api: useDeviceKit().api, queryClient: useQueryClient() }))
}

/** What every device query and mutation options factory takes: the api, the host's QueryClient, the session and the provider's callbacks. */
export function useDeviceQueryContext(): DeviceQueryContext & { readonly queryClient: QueryClient } {
  const { api, resolveLocation, onSessionEnded } = useDeviceKit()
  const queryClient = useQueryClient()
  const { data: session } = useQuery(deviceQueries.session({ api, queryClient }))
  return { api, queryClient, session, resolveLocation, onSessionEnded }
}
