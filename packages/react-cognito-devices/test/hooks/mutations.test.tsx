import { act, renderHook, waitFor } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DEMO_USERS } from 'cognito-emulator'
import { deviceKeys } from '../../src/query/deviceKeys'
import { deviceQueries } from '../../src/query/deviceQueries'
import { useDevice } from '../../src/hooks/useDevice'
import { useDevices } from '../../src/hooks/useDevices'
import { useForgetDevice } from '../../src/hooks/useForgetDevice'
import { useForgetOtherDevices } from '../../src/hooks/useForgetOtherDevices'
import { useSetDeviceRemembered } from '../../src/hooks/useSetDeviceRemembered'
import { ENDPOINT, signedInKit, mockCognito } from '../support/mockCognito'

const cognito = mockCognito()

/** A list, one device's detail and the mutation hooks, on one QueryClient, as a panel has them. */
async function panel(username: string = DEMO_USERS.demo) {
  const emulator = cognito.emulator
  const kit = await signedInKit(emulator, username, { deviceKey: emulator.devices(username)[0]!.key })
  const target = emulator.devices(username)[2]!.key
  const { result } = renderHook(
    () => ({ list: useDevices(), forget: useForgetDevice(), remember: useSetDeviceRemembered() }),
    { wrapper: kit.wrapper },
  )
  await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
  const keys = () => result.current.list.devices.map((device) => device.key)
  const { userId } = await kit.api.getSession()
  const cachedDetail = () => kit.queryClient.getQueryData(deviceKeys.detail(userId, target))
  return { emulator, kit, result, target, keys, cachedDetail }
}

describe('useForgetDevice', () => {
  it('removes the device from every cached page and its detail at once, then Cognito forgets it', async () => {
    const { emulator, kit, result, target, keys, cachedDetail } = await panel(DEMO_USERS.manyDevices)
    act(() => void result.current.list.fetchNextPage())
    await waitFor(() => expect(result.current.list.devices).toHaveLength(120))
    await kit.queryClient.prefetchQuery(deviceQueries.detail({ api: kit.api, queryClient: kit.queryClient, session: await kit.api.getSession() }, target))
    expect(cachedDetail()).toMatchObject({ key: target })
    emulator.faults.set('ForgetDevice', { latency: { ms: 200 } })

    act(() => result.current.forget.forget(target))

    await waitFor(() => expect(keys()).not.toContain(target))
    expect(result.current.forget.pendingKeys).toEqual([target])
    expect(cachedDetail()).toBeUndefined()
    await waitFor(() => expect(result.current.forget.isSuccess).toBe(true))
    expect(emulator.devices(DEMO_USERS.manyDevices).map((device) => device.key)).not.toContain(target)
    expect(keys()).not.toContain(target)
  })

  it('leaves a device shown elsewhere as "not found" once it is forgotten, not a stale copy', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    const target = emulator.devices(DEMO_USERS.demo)[2]!.key
    const { result } = renderHook(() => ({ detail: useDevice(target), forget: useForgetDevice() }), { wrapper: kit.wrapper })
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))

    await act(() => result.current.forget.mutateAsync(target))

    await waitFor(() => expect(result.current.detail.error).toMatchObject({ name: 'ResourceNotFoundException' }))
  })

  it('puts the device back and reports the error when Cognito refuses', async () => {
    const { emulator, result, target, keys } = await panel()
    const before = keys()
    emulator.faults.set('ForgetDevice', { error: { name: 'InternalErrorException' }, latency: { ms: 100 } })

    act(() => result.current.forget.forget(target))
    await waitFor(() => expect(keys()).not.toContain(target))
    await waitFor(() => expect(result.current.forget.isError).toBe(true))

    expect(result.current.forget.error).toMatchObject({ name: 'InternalErrorException' })
    expect(keys()).toEqual(before)
    expect(emulator.devices(DEMO_USERS.demo).map((device) => device.key)).toContain(target)
  })

  it('sends nothing for a second click on the same device while the first is pending', async () => {
    const { emulator, result, target } = await panel()
    emulator.faults.set('ForgetDevice', { latency: { ms: 150 } })

    act(() => {
      result.current.forget.forget(target)
      result.current.forget.forget(target)
    })
    act(() => result.current.forget.forget(target))
    await waitFor(() => expect(result.current.forget.isSuccess).toBe(true))

    expect(emulator.calls('ForgetDevice')).toBe(1)
  })

  it('makes one ForgetDevice and at most one list refetch', async () => {
    const { emulator, result, target } = await panel()
    emulator.resetCalls()

    await act(() => result.current.forget.mutateAsync(target))

    expect(emulator.calls('ForgetDevice')).toBe(1)
    expect(emulator.calls('ListDevices')).toBeLessThanOrEqual(1)
    expect(emulator.calls()).toBeLessThanOrEqual(2)
  })
})

describe('writes side by side', () => {
  /** The panel, plus every list the hooks handed out from now on. */
  async function watchedPanel() {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    const frames: string[][] = []
    const { result } = renderHook(
      () => {
        const hooks = { list: useDevices(), forget: useForgetDevice(), remember: useSetDeviceRemembered() }
        frames.push(hooks.list.devices.map((device) => device.key))
        return hooks
      },
      { wrapper: kit.wrapper },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    frames.length = 0
    const [first, second, third] = emulator.devices(DEMO_USERS.demo).map((device) => device.key)
    return { emulator, kit, result, frames, first: first!, second: second!, third: third! }
  }

  /** The connection drops on the ForgetDevice of one device, after `ms`; every other call reaches the emulator. */
  function dropForgetOf(deviceKey: string, ms: number) {
    cognito.server.use(
      http.post(ENDPOINT, async ({ request }) => {
        if (!request.headers.get('x-amz-target')?.endsWith('.ForgetDevice')) return undefined
        const { DeviceKey } = (await request.clone().json()) as { DeviceKey?: string }
        if (DeviceKey !== deviceKey) return undefined
        await delay(ms)
        return HttpResponse.error()
      }),
    )
  }

  it('puts back only the device whose forget failed, not one forgotten next to it', async () => {
    const { emulator, kit, result, frames, first, second, third } = await watchedPanel()
    emulator.faults.set('ForgetDevice', { latency: { ms: 400 } })
    dropForgetOf(first, 100)

    act(() => result.current.forget.forget(first))
    act(() => result.current.forget.forget(second))
    await waitFor(() => expect(frames.at(-1)?.filter((key) => key === first || key === second)).toEqual([]))
    frames.length = 0
    await waitFor(() => expect(kit.queryClient.isMutating()).toBe(0))

    expect(frames.filter((keys) => keys.includes(second))).toEqual([])
    const keys = result.current.list.devices.map((device) => device.key)
    expect(keys.slice(0, 2)).toEqual([first, third])
    expect(keys).not.toContain(second)
    expect(emulator.devices(DEMO_USERS.demo).map((device) => device.key)).toEqual(expect.arrayContaining([first, third]))
  })
})

describe('a write while the list is loading', () => {
  it('keeps the next page that "Show more" was loading, and sends no more than that page again', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator, DEMO_USERS.manyDevices)
    // Reads `isFetchingNextPage` while rendering, as a "Loading more" line would: TanStack re-renders only for what was read.
    const { result } = renderHook(
      () => {
        const list = useDevices()
        return { list, isFetchingNextPage: list.isFetchingNextPage, remember: useSetDeviceRemembered() }
      },
      { wrapper: kit.wrapper },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    const target = result.current.list.devices[1]!.key
    emulator.faults.set('ListDevices', { latency: { ms: 150 } })
    emulator.resetCalls()

    act(() => void result.current.list.fetchNextPage())
    await waitFor(() => expect(result.current.isFetchingNextPage).toBe(true))
    await act(() => result.current.remember.mutateAsync({ deviceKey: target, remembered: false }))
    await waitFor(() => expect(result.current.list.devices).toHaveLength(120))

    const expected = emulator.devices(DEMO_USERS.manyDevices).slice(0, 120).map((device) => device.key)
    expect(result.current.list.devices.map((device) => device.key)).toEqual(expected)
    expect(result.current.list.devices[1]?.remembered).toBe(false)
    expect(emulator.calls('ListDevices')).toBeLessThanOrEqual(2)
  })
})

// The remembered writes where Cognito shows that status (the Admin answers): rememberedWrites.test.tsx.

describe('useForgetOtherDevices', () => {
  it('goes on past a device another tab forgot meanwhile: it is gone, as asked', async () => {
    const emulator = cognito.emulator
    const remembered = emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered)
    const thisDevice = remembered[0]!.key
    const kit = await signedInKit(emulator, DEMO_USERS.demo, { deviceKey: thisDevice })
    const { result } = renderHook(() => ({ list: useDevices(), forgetOthers: useForgetOtherDevices() }), { wrapper: kit.wrapper })
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    emulator.faults.set('ForgetDevice', { latency: { ms: 100 } })
    emulator.resetCalls()

    act(() => result.current.forgetOthers.mutate())
    await waitFor(() => expect(emulator.calls('ListDevices')).toBe(1)) // listed: its first ForgetDevice is on its way
    await kit.api.forgetDevice(remembered[2]!.key) // meanwhile another tab forgets a device further on
    await waitFor(() => expect(result.current.forgetOthers.isSuccess).toBe(true))

    expect(result.current.forgetOthers.data).toMatchObject({ done: remembered.length - 1, failed: [] })
    expect(emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered).map((device) => device.key)).toEqual([thisDevice])
    expect(result.current.list.devices.map((device) => device.key)).toEqual([thisDevice])
  })
})

describe('writes on a host QueryClient that retries its own mutations', () => {
  /** The panel on a QueryClient whose defaults retry every mutation twice, as some apps set. */
  async function retryingHostPanel() {
    const emulator = cognito.emulator
    const thisDevice = { deviceKey: emulator.devices(DEMO_USERS.demo)[0]!.key }
    const { wrapper } = await signedInKit(emulator, DEMO_USERS.demo, thisDevice, { retry: 2, retryDelay: 0 })
    const { result } = renderHook(
      () => ({ list: useDevices(), forget: useForgetDevice(), remember: useSetDeviceRemembered(), forgetOthers: useForgetOtherDevices() }),
      { wrapper },
    )
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    emulator.resetCalls()
    return { emulator, result, target: emulator.devices(DEMO_USERS.demo)[2]!.key }
  }

  it('sends a ForgetDevice that failed once: it may have happened', async () => {
    const { emulator, result, target } = await retryingHostPanel()
    emulator.faults.set('ForgetDevice', { error: { name: 'InternalErrorException' } })

    act(() => result.current.forget.forget(target))
    await waitFor(() => expect(result.current.forget.isError).toBe(true))

    expect(emulator.calls('ForgetDevice')).toBe(1)
  })

  it('sends an UpdateDeviceStatus that failed once', async () => {
    const { emulator, result, target } = await retryingHostPanel()
    emulator.faults.set('UpdateDeviceStatus', { error: { name: 'InternalErrorException' } })

    act(() => result.current.remember.mutate({ deviceKey: target, remembered: false }))
    await waitFor(() => expect(result.current.remember.isError).toBe(true))

    expect(emulator.calls('UpdateDeviceStatus')).toBe(1)
  })

  it('sends each device\'s ForgetDevice once in "sign out all other devices", and reports those that failed', async () => {
    const { emulator, result } = await retryingHostPanel()
    const others = emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered).length - 1
    emulator.faults.set('ForgetDevice', { error: { name: 'InternalErrorException' } })

    act(() => result.current.forgetOthers.mutate())
    await waitFor(() => expect(result.current.forgetOthers.isSuccess).toBe(true))

    expect(emulator.calls('ForgetDevice')).toBe(others)
    expect(result.current.forgetOthers.failed).toHaveLength(others)
  })
})
