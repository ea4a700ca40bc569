import { QueryClient, QueryClientProvider, type DefaultOptions } from '@tanstack/react-query'
import { setupServer } from 'msw/node'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { tokenDeviceApi } from '../../src/api/tokenDeviceApi'
import { createCognitoEmulator, DEMO_USERS, type CognitoEmulator } from 'cognito-emulator'
import { cognitoHandlers } from 'cognito-emulator/msw'
import type { DirectSignInOptions } from 'cognito-emulator'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'

/** Where the kit sends its calls in tests; MSW hands them to the emulator. */
export const ENDPOINT = 'https://cognito-idp.emulator.test/'

/** A fresh emulated user pool for every test, behind MSW. `onUnhandledRequest: 'error'` catches stray calls. */
export function mockCognito() {
  const server = setupServer()
  let current: CognitoEmulator | undefined
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    current = createCognitoEmulator()
    server.use(...cognitoHandlers(current, { endpoint: ENDPOINT }))
  })
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return {
    /** The MSW server, for handlers that fail below the emulator (network errors). */
    server,
    get emulator(): CognitoEmulator {
      if (!current) throw new Error('mockCognito: the emulator exists only inside a test')
      return current
    },
  }
}

/**
 * Signs a user in on the emulator and builds what a host app has: a token-holding DeviceApi, its own
 * QueryClient (query retries off, as test clients should be, unless `mutationDefaults` says more)
 * and the providers around the hooks.
 */
export async function signedInKit(
  emulator: CognitoEmulator,
  username: string = DEMO_USERS.demo,
  options?: DirectSignInOptions,
  mutationDefaults?: DefaultOptions['mutations'],
) {
  const session = await emulator.signIn(username, options)
  let accessToken: string | undefined = session.accessToken
  const api = tokenDeviceApi({ endpoint: ENDPOINT, getAccessToken: () => accessToken })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: mutationDefaults } })
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <DeviceKitProvider api={api} locale="en">
        {children}
      </DeviceKitProvider>
    </QueryClientProvider>
  )
  return {
    api,
    queryClient,
    wrapper,
    session,
    /** Another user signs in on the same page and QueryClient. */
    async switchTo(nextUsername: string, nextOptions?: DirectSignInOptions) {
      const next = await emulator.signIn(nextUsername, nextOptions)
      accessToken = next.accessToken
      api.notify('signed-in')
      return next
    },
    signOut() {
      accessToken = undefined
      api.notify('signed-out')
    },
  }
}
