import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DEMO_USERS } from '../../src/emulator'
import { deviceKeys } from '../../src/query/deviceKeys'
import { deviceQueries } from '../../src/query/deviceQueries'
import { useDevice } from '../../src/hooks/useDevice'
import { useDevices } from '../../src/hooks/useDevices'
import { useForgetDevice } from '../../src/hooks/useForgetDevice'
import { useSetDeviceRemembered } from '../../src/hooks/useSetDeviceRemembered'
import { signedInKit, mockCognito } from '../support/mockCognito'

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

describe('useSetDeviceRemembered', () => {
  async function rememberPanel() {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    const target = emulator.devices(DEMO_USERS.demo)[2]!.key
    const { result } = renderHook(() => ({ list: useDevices(), detail: useDevice(target), remember: useSetDeviceRemembered() }), {
      wrapper: kit.wrapper,
    })
    await waitFor(() => expect(result.current.list.isSuccess && result.current.detail.isSuccess).toBe(true))
    const listed = () => result.current.list.devices.find((device) => device.key === target)
    return { emulator, result, target, listed }
  }

  it('shows the new state at once, in the list and the detail, and Cognito keeps it', async () => {
    const { emulator, result, target, listed } = await rememberPanel()
    emulator.faults.set('UpdateDeviceStatus', { latency: { ms: 150 } })
    emulator.listIncludesNotRemembered = true

    act(() => result.current.remember.mutate({ deviceKey: target, remembered: false }))

    await waitFor(() => expect(result.current.detail.data?.remembered).toBe(false))
    expect(listed()?.remembered).toBe(false)
    await waitFor(() => expect(result.current.remember.isSuccess).toBe(true))
    expect(emulator.devices(DEMO_USERS.demo).find((device) => device.key === target)?.remembered).toBe(false)
    expect(result.current.detail.data?.remembered).toBe(false)
  })

  it('rolls back when Cognito refuses', async () => {
    const { emulator, result, target, listed } = await rememberPanel()
    emulator.faults.set('UpdateDeviceStatus', { error: { name: 'TooManyRequestsException' }, latency: { ms: 100 } })

    act(() => result.current.remember.mutate({ deviceKey: target, remembered: false }))
    await waitFor(() => expect(result.current.detail.data?.remembered).toBe(false))
    await waitFor(() => expect(result.current.remember.isError).toBe(true))

    expect(result.current.detail.data?.remembered).toBe(true)
    expect(listed()?.remembered).toBe(true)
  })
})
