import type { QueryClient } from '@tanstack/react-query'
import { deviceKeys } from './deviceKeys'

/**
 * What a sign-out leaves of the kit's cache: no device of any user, and a session that is asked
 * again wherever something shows it. Idempotent. (DeviceKitProvider does the same when its adapter
 * reports 'signed-in' or 'signed-out'.)
 */
export function dropCachedDevices(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: deviceKeys.users() })
  void queryClient.resetQueries({ queryKey: deviceKeys.session() })
}
