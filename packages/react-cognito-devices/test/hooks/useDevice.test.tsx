import { QueryClient } from '@tanstack/react-query'
import { render, renderHook, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { InvalidDeviceKeyError } from '../../src/model/errors'
import { DEMO_USERS } from 'cognito-emulator'
import { useCurrentDevice } from '../../src/hooks/useCurrentDevice'
import { useDevice } from '../../src/hooks/useDevice'
import { useDevices } from '../../src/hooks/useDevices'
import { deviceQueries } from '../../src/query/deviceQueries'
import { signedInKit, mockCognito } from '../support/mockCognito'

const cognito = mockCognito()

function DeviceName({ deviceKey }: { deviceKey: string }) {
  const { data } = useDevice(deviceKey)
  return <li>{data?.name ?? 'loading'}</li>
}

describe('useDevice', () => {
  it('fetches one device with GetDevice, dates as Dates', async () => {
    const emulator = cognito.emulator
    const { wrapper } = await signedInKit(emulator)
    const seeded = emulator.devices(DEMO_USERS.demo)[1]!

    const { result } = renderHook(() => useDevice(seeded.key), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))

    expect(result.current.data).toMatchObject({ key: seeded.key, name: seeded.name, lastIpUsed: seeded.lastIpUsed })
    // Cognito answers DeviceLastAuthenticatedDate in whole seconds.
    expect(result.current.data?.lastAuthenticatedAt?.getTime()).toBe(seeded.wire.DeviceLastAuthenticatedDate * 1000)
    expect(emulator.calls('GetDevice')).toBe(1)
  })

  it('makes one request for ten components asking for the same device at once', async () => {
    const emulator = cognito.emulator
    const { wrapper } = await signedInKit(emulator)
    const key = emulator.devices(DEMO_USERS.demo)[2]!.key

    render(
      <ul>
        {Array.from({ length: 10 }, (_, index) => (
          <DeviceName key={index} deviceKey={key} />
        ))}
      </ul>,
      { wrapper },
    )

    await waitFor(() => expect(screen.getAllByText(emulator.devices(DEMO_USERS.demo)[2]!.name!)).toHaveLength(10))
    expect(emulator.calls('GetDevice')).toBe(1)
  })

  it('opens a device already in a loaded list page without a GetDevice call', async () => {
    const emulator = cognito.emulator
    const { wrapper } = await signedInKit(emulator)
    const list = renderHook(() => useDevices(), { wrapper })
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true))
    const listed = list.result.current.devices[3]!

    const first: ReturnType<typeof useDevice>[] = []
    renderHook(() => first.push(useDevice(listed.key)), { wrapper })
    // The second provider renders its children once it has read the session again (from the token).
    await waitFor(() => expect(first.length).toBeGreaterThan(0))
    const result = { current: first[0]! }

    expect(result.current.data).toEqual(listed)
    expect(result.current.isFetching).toBe(false)
    expect(emulator.calls('GetDevice')).toBe(0)
  })

  it.each([
    ['empty', ''],
    ['too long', `us-east-1_${'a'.repeat(60)}`],
    ['of the wrong pattern', 'not a device key'],
  ])('fails fast with a typed error and sends nothing for a key that is %s', async (_what, key) => {
    const emulator = cognito.emulator
    const { wrapper } = await signedInKit(emulator)

    const { result } = renderHook(() => useDevice(key), { wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))

    expect(result.current.error).toBeInstanceOf(InvalidDeviceKeyError)
    expect(emulator.calls('GetDevice')).toBe(0)
  })

  it('shows a device Cognito does not know as an error, not a spinner', async () => {
    const emulator = cognito.emulator
    const { wrapper } = await signedInKit(emulator)

    const { result } = renderHook(() => useDevice('us-east-1_00000000-0000-4000-8000-000000000000'), { wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))

    expect(result.current.error).toMatchObject({ name: 'ResourceNotFoundException' })
  })
})

describe('useCurrentDevice', () => {
  it('on a device that is not remembered, shows what Cognito answers: ResourceNotFoundException (ListDevices leaves it out too)', async () => {
    const emulator = cognito.emulator
    const notRemembered = emulator.devices(DEMO_USERS.demo).find((device) => !device.remembered)!
    const { wrapper } = await signedInKit(emulator, DEMO_USERS.demo, { deviceKey: notRemembered.key })

    const { result } = renderHook(() => useCurrentDevice(), { wrapper })
    // Cognito's user-side GetDevice of a not_remembered device (packages/cognito-emulator/FACTS.md, "User-side answers list only remembered devices").
    await waitFor(() => expect(result.current.isError).toBe(true))

    expect(result.current.deviceKey).toBe(notRemembered.key)
    expect(result.current.error).toMatchObject({ name: 'ResourceNotFoundException' })
  })

  it('has no device and sends nothing when the pool does not track devices', async () => {
    const emulator = cognito.emulator
    emulator.configurePool({ deviceTracking: false })
    const { wrapper } = await signedInKit(emulator)

    const { result } = renderHook(() => useCurrentDevice(), { wrapper })
    await waitFor(() => expect(result.current.deviceKey).toBeUndefined())

    expect(result.current.fetchStatus).toBe('idle')
    expect(emulator.calls('GetDevice')).toBe(0)
  })

  it('is not left pending when the token carries no device_key: it settles with no device, so a spinner ends', async () => {
    const emulator = cognito.emulator
    emulator.configurePool({ deviceTracking: false })
    const { wrapper } = await signedInKit(emulator)

    const { result } = renderHook(() => useCurrentDevice(), { wrapper })
    await waitFor(() => expect(result.current.isPending).toBe(false))

    expect(result.current).toMatchObject({ isSuccess: true, data: null, deviceKey: undefined, isFetching: false })
    expect(emulator.calls('GetDevice')).toBe(0)
  })
})

describe('retries, as the one policy table says', () => {
  async function detailRetries(errorName: string) {
    const emulator = cognito.emulator
    const { api } = await signedInKit(emulator)
    emulator.faults.set('GetDevice', { error: { name: errorName } })
    const queryClient = new QueryClient() // the kit's own retry policy, not a test client's `retry: false`
    const session = await api.getSession()
    const options = deviceQueries.detail({ api, queryClient, session }, emulator.devices(DEMO_USERS.demo)[0]!.key)
    await expect(queryClient.fetchQuery({ ...options, retryDelay: 1 })).rejects.toMatchObject({ name: errorName })
    return emulator.calls('GetDevice')
  }

  it('never retries an authentication error', async () => {
    expect(await detailRetries('NotAuthorizedException')).toBe(1)
  })

  it('retries a service fault twice', async () => {
    expect(await detailRetries('InternalErrorException')).toBe(3)
  })

  it('retries throttling four times', async () => {
    expect(await detailRetries('TooManyRequestsException')).toBe(5)
  })
})
