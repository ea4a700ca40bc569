import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { signIn, signOut } from 'aws-amplify/auth'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { amplifyDeviceApi } from '../../src/amplify'
import { DeviceErrorBoundary } from '../../src/boundary'
import { DeviceManager } from '../../src/connected'
import { generateDevices } from 'cognito-emulator'
import { useDevices } from '../../src/hooks/useDevices'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'
import { amplifyOnEmulator } from '../../../cognito-emulator/test/support/amplifyOnEmulator'

// Real aws-amplify v6 against the running emulator: the kit's default adapter end to end.
const USER_POOL_ID = 'us-east-1_Example'
const CLIENT_ID = 'kitclient'
const USERNAME = 'kit@example.com'
const PASSWORD = 'Kit-Passw0rd!'
const OTHER = 'other@example.com'

const api = amplifyDeviceApi()

const server = amplifyOnEmulator({
  userPool: { id: USER_POOL_ID },
  client: { id: CLIENT_ID },
  users: [
    { username: USERNAME, password: PASSWORD, devices: generateDevices(3, { keyOffset: 0x300 }) },
    { username: OTHER, password: PASSWORD, devices: generateDevices(2, { keyOffset: 0x700 }) },
  ],
})
afterEach(() => signOut())

function providers(queryClient: QueryClient) {
  return ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <DeviceKitProvider api={api} locale="en">
        <DeviceErrorBoundary>{children}</DeviceErrorBoundary>
      </DeviceKitProvider>
    </QueryClientProvider>
  )
}

const signInAs = (username: string) => signIn({ username, password: PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } })

describe('amplifyDeviceApi with aws-amplify signed in against the emulator', () => {
  it('lists the devices with the one Amplify signed in on marked as this device, then forgets another', async () => {
    await signInAs(USERNAME)
    const thisDevice = server().emulator.devices(USERNAME).find((device) => device.name === navigator.userAgent)!
    expect(thisDevice).toBeDefined()
    const user = userEvent.setup()
    render(<DeviceManager />, { wrapper: providers(new QueryClient({ defaultOptions: { queries: { retry: false } } })) })

    await screen.findAllByRole('article')
    const cards = () => within(screen.getByRole('list', { name: 'Your devices' })).getAllByRole('article')
    expect(cards()).toHaveLength(4)
    expect(cards()[0]).toHaveAttribute('data-state', 'current')

    await user.click(within(cards()[1]!).getByRole('button', { name: 'Sign out' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign out device' }))

    await waitFor(() => expect(cards()).toHaveLength(3))
    expect(server().emulator.devices(USERNAME)).toHaveLength(3)
    expect(server().emulator.devices(USERNAME).map((device) => device.key)).toContain(thisDevice.key)
  })

  it("drops the first user's devices when Amplify signs out, and shows the next user's after they sign in", async () => {
    await signInAs(USERNAME)
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const frames: string[][] = []
    const { result } = renderHook(
      () => {
        const devices = useDevices()
        frames.push(devices.devices.map((device) => device.key))
        return devices
      },
      { wrapper: providers(queryClient) },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const firstUsersKeys = new Set(result.current.devices.map((device) => device.key))

    frames.length = 0
    await act(() => signOut())
    expect(await screen.findByRole('heading', { name: 'Your session has ended' })).toBeInTheDocument()
    await act(async () => void (await signInAs(OTHER)))
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Your session has ended' })).not.toBeInTheDocument())
    await waitFor(() => expect(result.current.devices.length).toBeGreaterThan(0))

    expect(frames.flat().filter((key) => firstUsersKeys.has(key))).toEqual([])
    const othersKeys = server().emulator.devices(OTHER).map((device) => device.key)
    expect(result.current.devices.map((device) => device.key).sort()).toEqual(othersKeys.sort())
  })

  it('drops the first user\'s devices even when the switch happened while no provider was mounted', async () => {
    await signInAs(USERNAME)
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const first = renderHook(() => useDevices(), { wrapper: providers(queryClient) })
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true))
    const firstUsersKeys = new Set(first.result.current.devices.map((device) => device.key))
    first.unmount()

    // The account page is closed; Amplify signs one user out and the next in.
    await signOut()
    await signInAs(OTHER)
    const frames: string[][] = []
    const second = renderHook(
      () => {
        const devices = useDevices()
        frames.push(devices.devices.map((device) => device.key))
        return devices
      },
      { wrapper: providers(queryClient) },
    )
    await waitFor(() => expect(second.result.current.isSuccess).toBe(true))

    expect(frames.flat().filter((key) => firstUsersKeys.has(key))).toEqual([])
    const othersKeys = server().emulator.devices(OTHER).map((device) => device.key)
    expect(second.result.current.devices.map((device) => device.key).sort()).toEqual(othersKeys.sort())
  })

  it('reads the session from Amplify: the user and this device', async () => {
    await signInAs(USERNAME)
    const session = await api.getSession()
    const thisDevice = server().emulator.devices(USERNAME).find((device) => device.name === navigator.userAgent)
    expect(session.currentDeviceKey).toBe(thisDevice?.key)
    expect(session.userId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('says nobody is signed in, as a typed error, after sign-out', async () => {
    await expect(api.getSession()).rejects.toMatchObject({ name: 'NoSessionError' })
  })
})
