import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { DeviceApi } from '../api/DeviceApi'
import * as deviceKeys from '../query/cacheKeys'
import { deviceQueries } from '../query/deviceQueries'
import { dropCachedDevices } from '../query/dropCachedDevices'
import { useHydrated } from './useHydrated'

/**
 * Reads who is signed in when the provider mounts. Returns false while a session cached before the
 * mount is being read again: the provider renders its children only once that is done. A sign-out
 * or a switch of user while no provider was mounted (the account page was closed; the host's
 * QueryClient lived on) leaves a cached session that may name the last user, and children rendered
 * at once would show that user's cached devices for a frame (or a "signed out" state that is no
 * longer true). The read is local (the session comes from the tokens, no request to Cognito), so
 * the wait is short; with no session cached, device queries wait for the session anyway and the
 * children render at once. Devices cached for anyone but the user read are dropped; when nobody is
 * signed in, all are. On the server and while hydrating, a cached session came with the page (the
 * server read it for this request and dehydrated it): the children render at once, so the
 * hydrating render matches the server's HTML; the read still runs once hydrated.
 */
export function useSessionReadOnMount(api: DeviceApi): boolean {
  const queryClient = useQueryClient()
  const hydrating = !useHydrated()
  const [read, setRead] = useState(() => hydrating || queryClient.getQueryState(deviceKeys.session(api.sessionScope)) === undefined)
  useEffect(() => {
    let mounted = true
    queryClient
      .fetchQuery({ ...deviceQueries.session({ api, queryClient }), staleTime: 0 })
      .then(
        (session) => dropCachedDevices(queryClient, session.userId),
        // The failure stays cached: the children's session query shows it (e.g. "signed out").
        () => dropCachedDevices(queryClient),
      )
      .finally(() => {
        if (mounted) setRead(true)
      })
    return () => {
      mounted = false
    }
  }, [api, queryClient])
  return read
}
