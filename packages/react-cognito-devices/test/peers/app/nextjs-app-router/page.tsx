// app/account/page.tsx — a server component: prefetch what DeviceManager shows first, with the
// access token from the session cookie, and hand the cache to the client component.
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query'
import { cookies } from 'next/headers'
import { deviceQueries, tokenDeviceApi } from 'react-cognito-devices'
import { DeviceSettings } from './DeviceSettings'

export default async function AccountPage() {
  const accessToken = (await cookies()).get('access_token')?.value
  const api = tokenDeviceApi({ region: 'eu-west-1', getAccessToken: () => accessToken })
  const queryClient = new QueryClient()
  const session = await queryClient.fetchQuery(deviceQueries.session({ api, queryClient }))
  const context = { api, queryClient, session }
  await queryClient.prefetchInfiniteQuery(deviceQueries.list(context))
  if (session.currentDeviceKey) await queryClient.prefetchQuery(deviceQueries.detail(context, session.currentDeviceKey))
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <DeviceSettings />
    </HydrationBoundary>
  )
}
