import type { QueryClient } from '@tanstack/react-query'
import * as deviceKeys from './cacheKeys'

/**
 * Removes every user-scoped entry, active or not, but those of `keepUserId`. Resetting them instead
 * put a detail back to its initial data (copied from the last user's list when it was created),
 * which then stayed cached under that user's key after the switch.
 */
export function dropCachedDevices(queryClient: QueryClient, keepUserId?: string): void {
  // deviceKeys.all(userId) is deviceKeys.users() followed by the user's id.
  const userIdAt = deviceKeys.users().length
  queryClient.removeQueries({ queryKey: deviceKeys.users(), predicate: (query) => query.queryKey[userIdAt] !== keepUserId })
}

/**
 * What a sign-in or sign-out leaves of the kit's cache: no device of any user, and a session that
 * is asked again wherever something shows it. Idempotent.
 */
export function dropSignedInUser(queryClient: QueryClient): void {
  dropCachedDevices(queryClient)
  void queryClient.resetQueries({ queryKey: deviceKeys.session() })
}
