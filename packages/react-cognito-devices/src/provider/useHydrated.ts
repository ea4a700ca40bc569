import { useSyncExternalStore } from 'react'

const neverChanges = () => () => {}

/**
 * False on the server and during hydration, true from then on (and from the start of a client-only
 * render). Text that depends on the client's clock or time zone renders a stable form while this is
 * false, so the first client pass matches the server's HTML; React then re-renders with the real one.
 * This is React's documented use of `getServerSnapshot`:
 * https://react.dev/reference/react/useSyncExternalStore#adding-support-for-server-rendering
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  )
}
