import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query'
import type { PasskeyApi } from '../api/PasskeyApi'
import type { Passkey } from '../cognito/passkey'
import { passkeyQueries, type PasskeyListData } from '../query/passkeyQueries'
import { useDeviceQueryContext } from './useDeviceSession'
import { withFields } from './withFields'

const allPasskeys = (data: PasskeyListData): readonly Passkey[] => data.pages.flatMap((page) => page.passkeys)
const noPasskeys: readonly Passkey[] = []

/**
 * The signed-in user's passkeys (ListWebAuthnCredentials), a page (up to 20) at a time: `passkeys`
 * holds every loaded page, `fetchNextPage()` loads the next while `hasNextPage`. Inside a
 * DeviceKitProvider (its session scopes the cache).
 */
export function usePasskeys(api: PasskeyApi) {
  const { session } = useDeviceQueryContext()
  const query = useInfiniteQuery({ ...passkeyQueries.list({ api, queryClient: useQueryClient(), session }), select: allPasskeys })
  // TanStack's tracked result, with `passkeys` read from `data` only when a component reads it.
  return withFields(query, {
    get passkeys() {
      return query.data ?? noPasskeys
    },
  })
}
