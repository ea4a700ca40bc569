import { renderHook, waitFor, act } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { DEMO_USERS } from 'cognito-emulator'
import { useDevices } from '../../src/hooks/useDevices'
import { deviceKeys } from '../../src/query/deviceKeys'
import { signedInKit, mockCognito } from '../support/mockCognito'

const cognito = mockCognito()

describe('useDevices', () => {
  it("lists the user's devices and marks this device", async () => {
    const emulator = cognito.emulator
    const thisDevice = emulator.devices(DEMO_USERS.demo)[0]!.key
    const { wrapper } = await signedInKit(emulator, DEMO_USERS.demo, { deviceKey: thisDevice })

    const { result } = renderHook(() => useDevices(), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))

    const remembered = emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered)
    expect(result.current.devices.map((device) => device.key)).toEqual(remembered.map((device) => device.key))
    expect(result.current.currentDeviceKey).toBe(thisDevice)
    expect(result.current.hasNextPage).toBe(false)
    // Cognito's user-side answers do not say whether a device is remembered (only the Admin view does).
    expect(result.current.devices[0]).toMatchObject({ key: thisDevice, remembered: undefined })
    expect(result.current.devices[0]?.lastAuthenticatedAt).toBeInstanceOf(Date)
  })

  it('pages through 130 devices in three ListDevices calls, with no duplicate and no gap', async () => {
    const emulator = cognito.emulator
    const expected = emulator.devices(DEMO_USERS.manyDevices).map((device) => device.key)
    expect(expected).toHaveLength(130)
    const { wrapper } = await signedInKit(emulator, DEMO_USERS.manyDevices, { deviceKey: expected[0] })

    const { result } = renderHook(() => useDevices(), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.devices).toHaveLength(60)
    expect(result.current.hasNextPage).toBe(true)

    for (const loaded of [120, 130]) {
      act(() => void result.current.fetchNextPage())
      await waitFor(() => expect(result.current.devices).toHaveLength(loaded))
    }

    expect(result.current.hasNextPage).toBe(false)
    expect(result.current.devices.map((device) => device.key)).toEqual(expected)
    expect(emulator.calls('ListDevices')).toBe(3)
  })

  it('keeps the same object for every device a refetch did not change, so rows need not render again', async () => {
    const emulator = cognito.emulator
    const { wrapper } = await signedInKit(emulator)
    const { result } = renderHook(() => useDevices(), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const before = result.current.devices
    const changed = before[2]!
    emulator.clock.advance(60_000)
    await emulator.signIn(DEMO_USERS.demo, { deviceKey: changed.key })

    act(() => void result.current.refetch())
    await waitFor(() =>
      expect(result.current.devices.find((device) => device.key === changed.key)?.lastAuthenticatedAt).not.toEqual(changed.lastAuthenticatedAt),
    )

    const after = result.current.devices
    expect(after.map((device) => device.key)).toEqual(before.map((device) => device.key))
    after.forEach((device, index) => {
      if (device.key === changed.key) expect(device).not.toBe(before[index])
      else expect(device).toBe(before[index])
    })
  })

  it('never shows the last user\'s devices to the next user on the same QueryClient', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator, DEMO_USERS.demo)
    const seen: string[][] = []
    const { result } = renderHook(
      () => {
        const query = useDevices()
        seen.push(query.devices.map((device) => device.key))
        return query
      },
      { wrapper: kit.wrapper },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const demoKeys = new Set(result.current.devices.map((device) => device.key))

    seen.length = 0
    await act(() => kit.switchTo(DEMO_USERS.manyDevices))
    await waitFor(() => expect(result.current.devices).toHaveLength(60))

    const manyKeys = new Set(emulator.devices(DEMO_USERS.manyDevices).map((device) => device.key))
    for (const frame of seen) {
      const mixesUsers = frame.some((key) => demoKeys.has(key)) && frame.some((key) => manyKeys.has(key))
      expect(mixesUsers).toBe(false)
      expect(frame.some((key) => demoKeys.has(key))).toBe(false)
    }
  })
})

describe('useDevices after the account page was closed', () => {
  /** What every render of useDevices handed out, on a page that mounts and unmounts. */
  function openPage(wrapper: (props: { children?: ReactNode }) => ReactNode) {
    const seen: string[][] = []
    const page = renderHook(
      () => {
        const query = useDevices()
        seen.push(query.devices.map((device) => device.key))
        return query
      },
      { wrapper },
    )
    return { ...page, seen }
  }

  it("never shows the next user the last one's devices when they switched while no DeviceKitProvider was mounted", async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator, DEMO_USERS.demo)
    const demoKeys = new Set(emulator.devices(DEMO_USERS.demo).map((device) => device.key))
    const first = openPage(kit.wrapper)
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true))
    first.unmount()

    // The app-wide QueryClient lives on; the adapter is told, but no provider is listening.
    kit.signOut()
    await kit.switchTo(DEMO_USERS.manyDevices)
    const second = openPage(kit.wrapper)
    await waitFor(() => expect(second.result.current.devices).toHaveLength(60))

    expect(second.seen.flat().filter((key) => demoKeys.has(key))).toEqual([])
    expect(JSON.stringify(kit.queryClient.getQueryCache().getAll().map((query) => query.state.data ?? null))).not.toContain(
      [...demoKeys][0],
    )
  })

  it('shows the same user their cached devices again at once, without asking Cognito', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator, DEMO_USERS.demo)
    const first = openPage(kit.wrapper)
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true))
    const shown = first.result.current.devices.map((device) => device.key)
    first.unmount()
    emulator.resetCalls()

    const second = openPage(kit.wrapper)
    // The provider renders its children once it has read the session again (from the token).
    await waitFor(() => expect(second.seen.length).toBeGreaterThan(0))

    expect(second.seen[0]).toEqual(shown)
    // A refetch would start when the list query gets its observer (TanStack's refetch on mount).
    const { userId } = await kit.api.getSession()
    await waitFor(() => expect(kit.queryClient.getQueryCache().find({ queryKey: deviceKeys.list(userId) })?.getObserversCount()).toBe(1))
    expect(kit.queryClient.isFetching()).toBe(0)
    expect(emulator.calls('ListDevices')).toBe(0)
  })
})
