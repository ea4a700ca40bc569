import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { describe, expect, it } from 'vitest'
import { classifyError } from '../../src/errors/classifyError'
import { useDevice } from '../../src/hooks/useDevice'
import { useDevices } from '../../src/hooks/useDevices'
import { useForgetDevice } from '../../src/hooks/useForgetDevice'
import { useSetDeviceRemembered } from '../../src/hooks/useSetDeviceRemembered'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'
import { deviceKeys } from '../../src/query/deviceKeys'
import { adminApiFor, adminEmulator, adminKit, DEVICES, deviceKey, mockAdminCognito, NO_ROLE, SUPPORT } from './adminEmulator'

// The hooks over adminDeviceApi against the emulator's Admin operations: every request's SigV4
// signature is verified, and the answers are the emulator's (dev:* attributes, not-remembered devices listed).
const cognito = mockAdminCognito()

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

/** What reaches an error boundary around the hooks, classified. */
function caughtBy(kitWrapper: ReturnType<typeof adminKit>['wrapper']) {
  const caught: unknown[] = []
  const wrapper = ({ children }: { children?: ReactNode }) =>
    kitWrapper({ children: <ErrorBoundary fallback={null} onError={(error) => caught.push(error)}>{children}</ErrorBoundary> })
  return { caught, wrapper }
}

describe('the hooks over adminDeviceApi', () => {
  it("list the target user's devices, not-remembered ones too, with their remembered status and no 'this device'", async () => {
    cognito.use(adminEmulator())
    const { wrapper } = adminKit(adminApiFor('alice'))

    const { result } = renderHook(() => useDevices(), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))

    expect(result.current.devices.map(({ name, remembered }) => ({ name, remembered }))).toEqual([
      { name: DEVICES.aliceLaptop.name, remembered: true },
      { name: DEVICES.alicePhone.name, remembered: false },
    ])
    expect(result.current.currentDeviceKey).toBeUndefined()
  })

  it('read one device of the target user', async () => {
    cognito.use(adminEmulator())
    const { wrapper } = adminKit(adminApiFor('alice'))

    const { result } = renderHook(() => useDevice(deviceKey(2)), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))

    expect(result.current.data).toMatchObject({ key: deviceKey(2), name: DEVICES.alicePhone.name, remembered: false, lastIpUsed: '203.0.113.7' })
  })

  it("forget one of the target user's devices", async () => {
    const emulator = cognito.use(adminEmulator())
    const { wrapper } = adminKit(adminApiFor('alice'))
    const { result } = renderHook(() => ({ list: useDevices(), forget: useForgetDevice() }), { wrapper })
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))

    act(() => result.current.forget.forget(deviceKey(1)))

    await waitFor(() => expect(result.current.forget.isSuccess).toBe(true))
    expect(names(result.current.list.devices)).toEqual([DEVICES.alicePhone.name])
    expect(emulator.devices('alice').map((device) => device.key)).toEqual([deviceKey(2)])
    expect(emulator.calls('AdminForgetDevice')).toBe(1)
  })

  it("put a device back when its forget fails, in a QueryClient that also holds the support person's own session", async () => {
    const emulator = cognito.use(adminEmulator({ now: new Date('2026-01-05T00:00:00Z'), throttling: { perUserUpdatePerSecond: 1, perUserReadPerSecond: 1 } }))
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    // The console's app signs its staff in with the kit too: their own session is cached, unscoped.
    queryClient.setQueryData(deviceKeys.session(), { userId: 'support-person-sub', currentDeviceKey: undefined })
    const { wrapper } = adminKit(adminApiFor('alice'), queryClient)
    const { result } = renderHook(() => ({ list: useDevices(), forget: useForgetDevice() }), { wrapper })
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    // Another console used this second's write quota for alice already; the list's read used the read quota,
    // so the list stays as the cache has it (no refetch lands this second).
    await adminApiFor('alice').setRemembered(deviceKey(2), false)

    act(() => result.current.forget.forget(deviceKey(1)))

    await waitFor(() => expect(result.current.forget.isError).toBe(true))
    expect(classifyError(result.current.forget.error)).toBe('throttled')
    expect(names(result.current.list.devices)).toEqual([DEVICES.aliceLaptop.name, DEVICES.alicePhone.name])
    expect(emulator.devices('alice')).toHaveLength(2)
  })

  it('remember a device again, and stop remembering one: it stays listed with its new status', async () => {
    const emulator = cognito.use(adminEmulator())
    const { wrapper } = adminKit(adminApiFor('alice'))
    const { result } = renderHook(() => ({ list: useDevices(), setRemembered: useSetDeviceRemembered() }), { wrapper })
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))

    await act(() => result.current.setRemembered.mutateAsync({ deviceKey: deviceKey(2), remembered: true }))
    await act(() => result.current.setRemembered.mutateAsync({ deviceKey: deviceKey(1), remembered: false }))

    await waitFor(() =>
      expect(result.current.list.devices.map(({ key, remembered }) => ({ key, remembered }))).toEqual([
        { key: deviceKey(1), remembered: false },
        { key: deviceKey(2), remembered: true },
      ]),
    )
    expect(emulator.devices('alice').map(({ key, remembered }) => ({ key, remembered }))).toEqual([
      { key: deviceKey(1), remembered: false },
      { key: deviceKey(2), remembered: true },
    ])
  })

  it('send an unknown user to the error boundary as its own state, not as "signed out"', async () => {
    cognito.use(adminEmulator())
    const { caught, wrapper } = caughtBy(adminKit(adminApiFor('nobody')).wrapper)

    renderHook(() => useDevices(), { wrapper })

    await waitFor(() => expect(caught).toHaveLength(1))
    expect(classifyError(caught[0])).toBe('user-not-found')
  })

  it.each([
    ['an access key the pool does not know (UnrecognizedClientException)', { accessKeyId: 'AKIAEMULATORUNKNOWN1', secretAccessKey: SUPPORT.secretAccessKey }, 'UnrecognizedClientException'],
    ['a wrong secret (InvalidSignatureException)', { accessKeyId: SUPPORT.accessKeyId, secretAccessKey: 'not-the-secret' }, 'InvalidSignatureException'],
  ])('send a request signed with %s to the boundary as the credentials state', async (_what, credentials, awsErrorName) => {
    const emulator = cognito.use(adminEmulator())
    const { caught, wrapper } = caughtBy(adminKit(adminApiFor('alice', credentials)).wrapper)

    renderHook(() => useDevices(), { wrapper })

    await waitFor(() => expect(caught).toHaveLength(1))
    expect(classifyError(caught[0])).toBe('admin-credentials')
    expect(caught[0]).toMatchObject({ problem: 'rejected', awsErrorName })
    expect(emulator.requests().map((request) => request.errorName)).toEqual([awsErrorName])
  })

  it('send credentials whose role may not list devices to the boundary as access denied', async () => {
    cognito.use(adminEmulator())
    const { caught, wrapper } = caughtBy(adminKit(adminApiFor('alice', NO_ROLE)).wrapper)

    renderHook(() => useDevices(), { wrapper })

    await waitFor(() => expect(caught).toHaveLength(1))
    expect(classifyError(caught[0])).toBe('admin-access-denied')
  })

  it("keep the list and show 'throttled' when the pool's read quota is used up", async () => {
    // A frozen clock: every call falls in the same second, so the second read is past a 1-per-second quota.
    const emulator = cognito.use(adminEmulator({ now: new Date('2026-01-05T00:00:00Z'), throttling: { perUserReadPerSecond: 1 } }))
    const { wrapper } = adminKit(adminApiFor('alice'))
    const { result } = renderHook(() => useDevices(), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))

    await act(() => result.current.refetch())

    await waitFor(() => expect(classifyError(result.current.error)).toBe('throttled'))
    expect(names(result.current.devices)).toEqual([DEVICES.aliceLaptop.name, DEVICES.alicePhone.name])
    emulator.clock.advance(1000)
    await act(() => result.current.refetch())
    await waitFor(() => expect(result.current.error).toBeNull())
    expect(emulator.requests().map((request) => request.errorName ?? request.status)).toEqual([200, 'TooManyRequestsException', 200])
  })

  it("an admin switching between two users on one QueryClient never sees one user's devices under the other", async () => {
    const emulator = cognito.use(adminEmulator())
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
    expect(await screen.findByRole('listitem', { name: DEVICES.aliceLaptop.name })).toBeInTheDocument()

    rerender(page('bob'))
    expect(screen.getByRole('list', { name: 'Devices of bob' })).toBeInTheDocument()
    expect(screen.queryByRole('listitem', { name: DEVICES.aliceLaptop.name })).toBeNull()
    expect(await screen.findByRole('listitem', { name: DEVICES.bobDesktop.name })).toBeInTheDocument()
    expect(screen.queryByRole('listitem', { name: DEVICES.aliceLaptop.name })).toBeNull()

    rerender(page('alice'))
    expect(screen.queryByRole('listitem', { name: DEVICES.bobDesktop.name })).toBeNull()
    expect(await screen.findByRole('listitem', { name: DEVICES.alicePhone.name })).toBeInTheDocument()
    expect(screen.queryByRole('listitem', { name: DEVICES.bobDesktop.name })).toBeNull()
    expect(emulator.calls('AdminListDevices')).toBeGreaterThanOrEqual(2)
  })
})
