// The server side: with the access token the server has (from the session cookie), prefetch what
// DeviceManager shows on its first render (the session, the first page of devices, this device),
// render the page to HTML and dehydrate the cache for the browser.
import { dehydrate, QueryClient } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { deviceQueries, tokenDeviceApi } from '../../../src'
import { AccountPage } from './AccountPage'
import { serializePageState } from './pageState'

export async function renderPage(endpoint: string, accessToken: string): Promise<string> {
  const api = tokenDeviceApi({ endpoint, getAccessToken: () => accessToken })
  const queryClient = new QueryClient()
  const session = await queryClient.fetchQuery(deviceQueries.session({ api, queryClient }))
  const context = { api, queryClient, session }
  await queryClient.prefetchInfiniteQuery(deviceQueries.list(context))
  if (session.currentDeviceKey) await queryClient.prefetchQuery(deviceQueries.detail(context, session.currentDeviceKey))
  const dehydratedState = dehydrate(queryClient)
  const html = renderToString(<AccountPage queryClient={queryClient} api={api} dehydratedState={dehydratedState} />)
  queryClient.clear()
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Account settings</title></head>
  <body>
    <div id="root">${html}</div>
    <script id="page-state" type="application/json">${serializePageState({ endpoint, dehydratedState })}</script>
    <script type="module" src="/client.js"></script>
  </body>
</html>
`
}
