import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { setupServer } from 'msw/node'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { adminDeviceApi } from '../../src/adminApi/adminDeviceApi'
import type { AwsCredentials } from '../../src/adminApi/awsCredentials'
import type { DeviceApi } from '../../src/api/DeviceApi'
import { createCognitoEmulator, type CognitoEmulator, type CognitoEmulatorOptions, type SeedIamCredentials } from 'cognito-emulator'
import { cognitoHandlers } from 'cognito-emulator/msw'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'

/** Where the admin api sends its calls in these tests; MSW hands them to the emulator, which checks each SigV4 signature. */
export const ENDPOINT = 'https://cognito-idp.admin-emulator.test/'
export const USER_POOL_ID = 'eu-west-1_AbC123'
/** A support role's credentials: all four Admin device actions. */
export const SUPPORT = { accessKeyId: 'AKIAEMULATORSUPPORT1', secretAccessKey: 'support/secret/EXAMPLE' } as const
/** Valid credentials whose role may not call any Admin device action (the seed's `allowedActions: []`). */
export const NO_ROLE = { accessKeyId: 'AKIAEMULATORNOROLE01', secretAccessKey: 'no-role/secret/EXAMPLE', allowedActions: [] } as const satisfies SeedIamCredentials

/** A read-only support role: it may list and read devices, not forget or change them. */
export const READ_ONLY = {
  accessKeyId: 'AKIAEMULATORREADONLY',
  secretAccessKey: 'read-only/secret/EXAMPLE',
  allowedActions: ['AdminListDevices', 'AdminGetDevice'],
} as const satisfies SeedIamCredentials

/** The devices' names as Amplify stores them (the browser's user agent) and as the cards show them. */
export const DEVICES = {
  aliceLaptop: { name: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', shown: 'Firefox 133 on Windows' },
  alicePhone: {
    name: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    shown: 'Safari 17 on iOS',
  },
  bobDesktop: { name: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.135 Mobile Safari/537.36', shown: 'Chrome 131 on Android' },
} as const

export const deviceKey = (n: number) => `eu-west-1_00000000-0000-4000-8000-00000000000${n}`

/**
 * alice: a remembered laptop and a phone that is not remembered; bob: one phone; carol: no device.
 * The laptop signed in last, so it is listed first.
 */
export function adminEmulator(options: Omit<CognitoEmulatorOptions, 'seed'> = {}): CognitoEmulator {
  return createCognitoEmulator({
    ...options,
    seed: {
      userPool: { id: USER_POOL_ID },
      iamCredentials: [SUPPORT, NO_ROLE, READ_ONLY],
      users: [
        {
          username: 'alice',
          password: 'alice-Passw0rd',
          devices: [
            { key: deviceKey(1), name: DEVICES.aliceLaptop.name, lastAuthenticatedAt: '2026-01-03T00:00:00Z' },
            { key: deviceKey(2), name: DEVICES.alicePhone.name, remembered: false, lastIpUsed: '203.0.113.7', lastAuthenticatedAt: '2026-01-02T00:00:00Z' },
          ],
        },
        { username: 'bob', password: 'bob-Passw0rd', devices: [{ key: deviceKey(3), name: DEVICES.bobDesktop.name }] },
        { username: 'carol', password: 'carol-Passw0rd' },
      ],
    },
  })
}

/** An MSW server for the file; `use(emulator)` routes the endpoint to an emulator for one test. */
export function mockAdminCognito() {
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return {
    use(emulator: CognitoEmulator) {
      server.use(...cognitoHandlers(emulator, { endpoint: ENDPOINT }))
      return emulator
    },
  }
}

/** adminDeviceApi for `username`, signing with `credentials` (or what the function gives at each call). */
export const adminApiFor = (username: string, credentials: AwsCredentials | (() => AwsCredentials) = SUPPORT) =>
  adminDeviceApi({ endpoint: ENDPOINT, userPoolId: USER_POOL_ID, username, credentials: typeof credentials === 'function' ? credentials : () => credentials })

/** The providers a host wraps the hooks in, with a test QueryClient (no retries). */
export function adminKit(api: DeviceApi, queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } }), locale = 'en') {
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <DeviceKitProvider api={api} locale={locale}>
        {children}
      </DeviceKitProvider>
    </QueryClientProvider>
  )
  return { wrapper, queryClient }
}
