import { useInfiniteQuery } from '@tanstack/react-query'
import type { PasskeyApi } from '../api/PasskeyApi'
import type { Passkey } from '../cognito/passkey'
import { passkeyQueries, type PasskeyListData } from '../query/passkeyQueries'
import { useDeviceQueryContext } from './useDeviceSession'

const allPasskeys = (data: PasskeyListData): readonly Passkey[] => data.pages.flatMap((page) => page.passkeys)
const noPasskeys: readonly Passkey[] = []

/**
 * The signed-in user's passkeys (ListWebAuthnCredentials), a page (up to 20) at a time: `passkeys`
 * holds every loaded page, `fetchNextPage()` loads the next while `hasNextPage`. Inside a
 * DeviceKitProvider (its session scopes the cache).
 */
export function usePasskeys(api: PasskeyApi) {
  const { queryClient, session } = useDeviceQueryContext()
  const query = useInfiniteQuery({ ...passkeyQueries.list({ api, queryClient, session }), select: allPasskeys })
  return { ...query, passkeys: query.data ?? noPasskeys }
}
