'use client'
// app/account/DeviceSettings.tsx — a client component: the panel, on the QueryClient your
// app/providers.tsx puts in <QueryClientProvider>; it starts from the prefetched cache.
import { DeviceKitProvider, DeviceManager } from 'react-cognito-devices'
import { amplifyDeviceApi } from 'react-cognito-devices/amplify'

// Once per app, next to your QueryClient (it listens to Amplify's Hub).
const api = amplifyDeviceApi()

export function DeviceSettings() {
  return (
    <DeviceKitProvider api={api}>
      <DeviceManager />
    </DeviceKitProvider>
  )
}
