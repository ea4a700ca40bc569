import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import * as deviceKeys from '../query/cacheKeys'
import { useDeviceSession } from './useDeviceSession'

/**
 * Refetch the signed-in user's device data (the list and any device read by key), as a "Refresh"
 * button does: `const refresh = useRefreshDevices()`, then `refresh()`. The returned promise settles
 * when the active queries have been fetched again. Before the session is known it does nothing.
 */
export function useRefreshDevices(): () => Promise<void> {
  const queryClient = useQueryClient()
  const userId = useDeviceSession().data?.userId
  return useCallback(
    () => (userId === undefined ? Promise.resolve() : queryClient.invalidateQueries({ queryKey: deviceKeys.all(userId) })),
    [queryClient, userId],
  )
}
