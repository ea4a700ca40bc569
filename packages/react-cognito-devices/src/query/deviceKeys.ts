/**
 * Every cache key the kit uses. Device data is scoped by the signed-in user's `sub`, so a second
 * user on the same QueryClient never sees the first user's devices.
 */
export const deviceKeys = {
  /** Everything the kit caches, for every user. */
  root: ['cognito-devices'] as const,
  /** Who is signed in (read from the tokens, not from the network); an adapter's `sessionScope` adds a segment. */
  session: (scope?: string) => (scope === undefined ? ([...deviceKeys.root, 'session'] as const) : ([...deviceKeys.root, 'session', scope] as const)),
  /** Device data of every user (what a sign-in or sign-out drops). */
  users: () => [...deviceKeys.root, 'user'] as const,
  /** All device data of one user. */
  all: (userId: string) => [...deviceKeys.users(), userId] as const,
  /** The paginated list (an infinite query has its own key segment). */
  list: (userId: string) => [...deviceKeys.all(userId), 'list', 'infinite'] as const,
  /** One device. */
  detail: (userId: string, deviceKey: string) => [...deviceKeys.all(userId), 'detail', deviceKey] as const,
  /** "This device" of a session whose token carries no `device_key`: nothing (`deviceQueries.current`). */
  noCurrentDevice: (userId: string) => [...deviceKeys.all(userId), 'no-current-device'] as const,
  /** How far signing out the other devices has come (written by that mutation, never fetched). */
  forgetOthersProgress: (userId: string) => [...deviceKeys.all(userId), 'forget-others-progress'] as const,
  /** Mutations, for `useIsMutating` / `useMutationState` filters. */
  forget: () => [...deviceKeys.root, 'forget'] as const,
  forgetOthers: () => [...deviceKeys.root, 'forget-others'] as const,
  setRemembered: () => [...deviceKeys.root, 'set-remembered'] as const,
  signOutEverywhere: () => [...deviceKeys.root, 'sign-out-everywhere'] as const,
  /**
   * The place the host's `resolveLocation` gave for an IP address. Not scoped by user: it says
   * nothing about whose device used the address, and one answer per address is all the kit asks.
   */
  locations: () => [...deviceKeys.root, 'location'] as const,
  location: (ipAddress: string) => [...deviceKeys.locations(), ipAddress] as const,
}
