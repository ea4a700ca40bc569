import { queryOptions, skipToken } from '@tanstack/react-query'
import * as deviceKeys from './cacheKeys'

/**
 * The host's way from an IP address to a place a person reads ("Berlin, Germany"), or undefined
 * when it does not know. The kit ships no GeoIP data and calls no third party: where the place
 * comes from (a GeoIP database on the host's server, a paid API) is the host's choice.
 */
export type ResolveLocation = (ipAddress: string) => Promise<string | undefined>

/**
 * The place of one IP address, asked of `context.resolveLocation` at most once per address for as
 * long as the QueryClient lives, however many cards show it: one cache entry per address
 * (`deviceKeys.location`), never stale, never collected, never retried, not asked again on mount,
 * focus or reconnect, nor by `invalidateQueries` (`staleTime: 'static'`). A rejection leaves the
 * entry in `error` and the card shows the address alone. Waits (`skipToken`) without a resolver or
 * an address. Resolves to the trimmed place, or null when there is none (a query cannot hold undefined).
 * (The first argument may still be the resolver itself, as before: deprecated, for one release.)
 */
export function deviceLocationQuery(
  // `DeviceQueryContext` has `resolveLocation`; named here, as deviceQueries.ts imports this module's type.
  context: { readonly resolveLocation?: ResolveLocation | undefined } | ResolveLocation | undefined,
  ipAddress: string | undefined,
) {
  const resolveLocation = typeof context === 'function' ? context : context?.resolveLocation
  return queryOptions({
    queryKey: deviceKeys.location(ipAddress ?? ''),
    queryFn: resolveLocation && ipAddress ? async () => placeText(await resolveLocation(ipAddress)) : skipToken,
    staleTime: 'static',
    gcTime: Infinity,
    retry: false,
    retryOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  })
}

function placeText(place: unknown): string | null {
  if (typeof place !== 'string') return null
  const trimmed = place.trim()
  return trimmed === '' ? null : trimmed
}
