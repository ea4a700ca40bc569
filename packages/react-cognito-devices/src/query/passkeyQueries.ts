import { infiniteQueryOptions, skipToken, type InfiniteData, type QueryClient } from '@tanstack/react-query'
import type { DeviceSession } from '../api/DeviceApi'
import type { PasskeyApi } from '../api/PasskeyApi'
import { MAX_PASSKEY_PAGE_SIZE, type PasskeyPage } from '../cognito/passkey'
import { DEVICE_STALE_TIME_MS } from './deviceQueries'
import { deviceQueryErrorOptions } from './errorHandling'
import { passkeyKeys } from './passkeyKeys'

export type PasskeyListData = InfiniteData<PasskeyPage, string | undefined>

/** What every passkey query and mutation needs: the PasskeyApi, the host's QueryClient, who is signed in. */
export interface PasskeyQueryContext {
  readonly api: PasskeyApi
  readonly queryClient: QueryClient
  /** Undefined while the session is loading: queries wait (`skipToken`). */
  readonly session?: DeviceSession | undefined
}

export const passkeyQueries = {
  /** The user's passkeys, a page (up to 20) at a time, following Cognito's NextToken. */
  list: ({ api, queryClient, session }: PasskeyQueryContext) =>
    infiniteQueryOptions({
      queryKey: passkeyKeys.list(session?.userId ?? ''),
      queryFn: session ? ({ pageParam, signal }) => api.listPasskeys(pageParam, { signal, limit: MAX_PASSKEY_PAGE_SIZE }) : skipToken,
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
      staleTime: DEVICE_STALE_TIME_MS,
      ...deviceQueryErrorOptions(queryClient),
    }),
}
