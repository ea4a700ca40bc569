// The browser side: hydrate the server's HTML with the same page and the dehydrated queries. The
// access token comes from the app's own server (as a cookie-backed session would give it), never
// from the HTML.
import { QueryClient } from '@tanstack/react-query'
import { hydrateRoot } from 'react-dom/client'
import { tokenDeviceApi } from '../../../src'
import { AccountPage } from './AccountPage'
import { parsePageState } from './pageState'

const { endpoint, dehydratedState } = parsePageState(document.getElementById('page-state')!.textContent!)
const api = tokenDeviceApi({ endpoint, getAccessToken: async () => (await fetch('/session/access-token')).text() })
const queryClient = new QueryClient()

hydrateRoot(document.getElementById('root')!, <AccountPage queryClient={queryClient} api={api} dehydratedState={dehydratedState} />)
