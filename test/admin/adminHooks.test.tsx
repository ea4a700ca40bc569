import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { setupServer } from 'msw/node'
import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminDeviceApi } from '../../src/admin/adminDeviceApi'
import type { DeviceApi } from '../../src/api/DeviceApi'
import { classifyError } from '../../src/errors/classifyError'
import { useDevice } from '../../src/hooks/useDevice'
import { useDevices } from '../../src/hooks/useDevices'
import { useForgetDevice } from '../../src/hooks/useForgetDevice'
import { useSetDeviceRemembered } from '../../src/hooks/useSetDeviceRemembered'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'
import { adminCognitoDouble, wireDevice } from './adminCognitoDouble'

const endpoint = 'https://cognito-idp.admin-double.test/'
const userPoolId = 'eu-west-1_AbC123'
const credentials = { accessKeyId: 'ASIAEXAMPLEADMIN', secretAccessKey: 'admin-secret', sessionToken: 'admin-session' }
const key = (n: number) => `eu-west-1_00000000-0000-4000-8000-00000000000${n}`

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function pool() {
  const double = adminCognitoDouble({
    endpoint,
    userPoolId,
    accessKeyId: credentials.accessKeyId,
    devices: {
      alice: [wireDevice(key(1), 'Alice laptop', true, 'alice'), wireDevice(key(2), 'Alice old phone', false, 'alice')],
      bob: [wireDevice(key(3), 'Bob desktop', true, 'bob')],
    },
  })
  server.use(double.handler)
  return double
}

const adminApiFor = (username: string) => adminDeviceApi({ endpoint, userPoolId, username, credentials: async () => credentials })

function kit(api: DeviceApi, queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <DeviceKitProvider api={api} locale="en">
        {children}
      </DeviceKitProvider>
    </QueryClientProvider>
  )
  return { wrapper, queryClient }
}

/** The names the hook lists, as a support page would show them. */
function DeviceNames({ user }: { user: string }) {
  const { devices } = useDevices()
  return (
    <ul aria-label={`Devices of ${user}`}>
      {devices.map((device) => (
        <li key={device.key} aria-label={device.name}>
          {device.name}
        </li>
      ))}
    </ul>
  )
}

const names = (devices: readonly { name: string | undefined }[]) => devices.map((device) => device.name)

describe('the hooks over adminDeviceApi', () => {
  it("list the target user's devices, not-remembered ones too, with their remembered status and no 'this device'", async () => {
    pool()
    const { wrapper } = kit(adminApiFor('alice'))

    const { result } = renderHook(() => useDevices(), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))

    expect(result.current.devices.map(({ name, remembered }) => ({ name, remembered }))).toEqual([
      { name: 'Alice laptop', remembered: true },
      { name: 'Alice old phone', remembered: false },
    ])
    expect(result.current.currentDeviceKey).toBeUndefined()
  })

  it('read one device of the target user', async () => {
    pool()
    const { wrapper } = kit(adminApiFor('alice'))

    const { result } = renderHook(() => useDevice(key(2)), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))

    expect(result.current.data).toMatchObject({ key: key(2), name: 'Alice old phone', remembered: false, lastIpUsed: '203.0.113.7' })
  })

  it("forget one of the target user's devices", async () => {
    const double = pool()
    const { wrapper } = kit(adminApiFor('alice'))
    const { result } = renderHook(() => ({ list: useDevices(), forget: useForgetDevice() }), { wrapper })
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))

    act(() => result.current.forget.forget(key(1)))

    await waitFor(() => expect(result.current.forget.isSuccess).toBe(true))
    expect(names(result.current.list.devices)).toEqual(['Alice old phone'])
    expect(double.devicesOf('alice').map((device) => device.DeviceKey)).toEqual([key(2)])
    expect(double.calls).toContain('AdminForgetDevice:alice')
  })

  it('remember a device again, and stop remembering one: it stays listed with its new status', async () => {
    pool()
    const { wrapper } = kit(adminApiFor('alice'))
    const { result } = renderHook(() => ({ list: useDevices(), setRemembered: useSetDeviceRemembered() }), { wrapper })
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))

    await act(() => result.current.setRemembered.mutateAsync({ deviceKey: key(2), remembered: true }))
    await act(() => result.current.setRemembered.mutateAsync({ deviceKey: key(1), remembered: false }))

    await waitFor(() =>
      expect(result.current.list.devices.map(({ key: deviceKey, remembered }) => ({ deviceKey, remembered }))).toEqual([
        { deviceKey: key(1), remembered: false },
        { deviceKey: key(2), remembered: true },
      ]),
    )
  })

  it('send an unknown user to the error boundary as its own state, not as "signed out"', async () => {
    pool()
    const { wrapper: kitWrapper } = kit(adminApiFor('nobody'))
    const caught: unknown[] = []
    const wrapper = ({ children }: { children?: ReactNode }) =>
      kitWrapper({ children: <ErrorBoundary fallback={null} onError={(error) => caught.push(error)}>{children}</ErrorBoundary> })

    renderHook(() => useDevices(), { wrapper })

    await waitFor(() => expect(caught).toHaveLength(1))
    expect(classifyError(caught[0])).toBe('user-not-found')
  })

  it("an admin switching between two users on one QueryClient never sees one user's devices under the other", async () => {
    const double = pool()
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const apis = { alice: adminApiFor('alice'), bob: adminApiFor('bob') }
    const page = (user: 'alice' | 'bob') => (
      <QueryClientProvider client={queryClient}>
        <DeviceKitProvider api={apis[user]} locale="en">
          <DeviceNames user={user} />
        </DeviceKitProvider>
      </QueryClientProvider>
    )
    const { rerender } = render(page('alice'))
    expect(await screen.findByRole('listitem', { name: 'Alice laptop' })).toBeInTheDocument()

    rerender(page('bob'))
    expect(screen.getByRole('list', { name: 'Devices of bob' })).toBeInTheDocument()
    expect(screen.queryByText(/Alice/)).toBeNull()
    expect(await screen.findByRole('listitem', { name: 'Bob desktop' })).toBeInTheDocument()
    expect(screen.queryByText(/Alice/)).toBeNull()

    rerender(page('alice'))
    expect(screen.queryByText(/Bob/)).toBeNull()
    expect(await screen.findByRole('listitem', { name: 'Alice old phone' })).toBeInTheDocument()
    expect(screen.queryByText(/Bob/)).toBeNull()
    expect(double.calls).toEqual(expect.arrayContaining(['AdminListDevices:alice', 'AdminListDevices:bob']))
  })
})
