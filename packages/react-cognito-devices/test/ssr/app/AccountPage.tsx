// The page both sides render: the server to HTML (renderPage.tsx), the browser to hydrate it
// (client.tsx). The dehydrated queries come in through HydrationBoundary, as TanStack's SSR guide does.
import { HydrationBoundary, QueryClientProvider, type DehydratedState, type QueryClient } from '@tanstack/react-query'
import { DeviceKitProvider, DeviceManager, type DeviceApi } from '../../../src'

export interface AccountPageProps {
  queryClient: QueryClient
  api: DeviceApi
  dehydratedState: DehydratedState
}

export function AccountPage({ queryClient, api, dehydratedState }: AccountPageProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={dehydratedState}>
        <main>
          <h1>Account settings</h1>
          <DeviceKitProvider api={api}>
            <DeviceManager />
          </DeviceKitProvider>
        </main>
      </HydrationBoundary>
    </QueryClientProvider>
  )
}
