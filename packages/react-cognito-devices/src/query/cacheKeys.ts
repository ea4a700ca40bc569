/**
 * Every cache key the kit uses, read through the `deviceKeys` namespace (`deviceKeys.list(userId)`).
 * Device data is scoped by the signed-in user's `sub`, so a second user on the same QueryClient
 * never sees the first user's devices.
 */

/** Everything the kit caches, for every user. */
export const root = ['cognito-devices'] as const
/** Who is signed in (read from the tokens, not from the network); an adapter's `sessionScope` adds a segment. */
export const session = (scope?: string) => (scope === undefined ? ([...root, 'session'] as const) : ([...root, 'session', scope] as const))
/** Device data of every user (what a sign-in or sign-out drops). */
export const users = () => [...root, 'user'] as const
/** All device data of one user. */
export const all = (userId: string) => [...users(), userId] as const
/** The paginated list (an infinite query has its own key segment). */
export const list = (userId: string) => [...all(userId), 'list', 'infinite'] as const
/** One device. */
export const detail = (userId: string, deviceKey: string) => [...all(userId), 'detail', deviceKey] as const
/** "This device" of a session whose token carries no `device_key`: nothing (`deviceQueries.current`). */
export const noCurrentDevice = (userId: string) => [...all(userId), 'no-current-device'] as const
/** How far signing out the other devices has come (written by that mutation, never fetched). */
export const forgetOthersProgress = (userId: string) => [...all(userId), 'forget-others-progress'] as const
/** Mutations, for `useIsMutating` / `useMutationState` filters. */
export const forget = () => [...root, 'forget'] as const
export const forgetOthers = () => [...root, 'forget-others'] as const
export const setRemembered = () => [...root, 'set-remembered'] as const
export const signOutEverywhere = () => [...root, 'sign-out-everywhere'] as const
/**
 * The place the host's `resolveLocation` gave for an IP address. Not scoped by user: it says
 * nothing about whose device used the address, and one answer per address is all the kit asks.
 */
export const locations = () => [...root, 'location'] as const
export const location = (ipAddress: string) => [...locations(), ipAddress] as const
