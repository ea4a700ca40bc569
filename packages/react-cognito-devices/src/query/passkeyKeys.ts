import * as deviceKeys from './cacheKeys'

/**
 * Passkey cache keys, under the user's device keys: a sign-in or sign-out drops them with the
 * devices (dropCachedDevices), and a second user never sees the first one's passkeys.
 */
export const passkeyKeys = {
  /** All passkey data of one user. */
  all: (userId: string) => [...deviceKeys.all(userId), 'passkeys'] as const,
  /** The paginated list (an infinite query has its own key segment). */
  list: (userId: string) => [...passkeyKeys.all(userId), 'list', 'infinite'] as const,
  /** Mutations, for `useIsMutating` / `useMutationState` filters; not under the device writes' key. */
  add: () => ['cognito-passkeys', 'add'] as const,
  remove: () => ['cognito-passkeys', 'remove'] as const,
}
