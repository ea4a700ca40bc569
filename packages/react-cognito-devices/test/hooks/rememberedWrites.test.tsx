import { act, renderHook, waitFor } from '@testing-library/react'
import { createCognitoEmulator } from 'cognito-emulator'
import { describe, expect, it } from 'vitest'
import { useDevice } from '../../src/hooks/useDevice'
import { useDevices } from '../../src/hooks/useDevices'
import { useForgetDevice } from '../../src/hooks/useForgetDevice'
import { useSetDeviceRemembered } from '../../src/hooks/useSetDeviceRemembered'
import { adminApiFor, adminKit, deviceKey, mockAdminCognito, SUPPORT, USER_POOL_ID } from '../admin/adminEmulator'

// The optimistic "remembered" writes where Cognito shows that status to the kit: the Admin operations'
// answers carry `dev:device_remembered_status` and list the devices that are not remembered too
// (user-side answers carry neither; for this device, see useCurrentDeviceStatus.test.tsx).
const cognito = mockAdminCognito()

/** dana: four remembered devices, the first signed in last; a support console on her devices. */
function supportConsole() {
  const emulator = cognito.use(
    createCognitoEmulator({
      seed: {
        userPool: { id: USER_POOL_ID },
        iamCredentials: [SUPPORT],
        users: [
          {
            username: 'dana',
            password: 'dana-Passw0rd',
            devices: [1, 2, 3, 4].map((n) => ({ key: deviceKey(n), name: `device ${n}`, lastAuthenticatedAt: `2026-01-0${5 - n}T00:00:00Z` })),
          },
        ],
      },
    }),
  )
  const kit = adminKit(adminApiFor('dana'))
  const stored = (key: string) => emulator.devices('dana').find((device) => device.key === key)
  return { emulator, kit, stored, first: deviceKey(1), second: deviceKey(2), third: deviceKey(3) }
}

describe('remembered writes on the Admin answers', () => {
  it('shows the new state at once, in the list and the detail, and Cognito keeps it', async () => {
    const { emulator, kit, stored, third } = supportConsole()
    const { result } = renderHook(() => ({ list: useDevices(), detail: useDevice(third), remember: useSetDeviceRemembered() }), { wrapper: kit.wrapper })
    await waitFor(() => expect(result.current.list.isSuccess && result.current.detail.isSuccess).toBe(true))
    const listed = () => result.current.list.devices.find((device) => device.key === third)
    expect(listed()?.remembered).toBe(true)
    emulator.faults.set('AdminUpdateDeviceStatus', { latency: { ms: 150 } })

    act(() => result.current.remember.mutate({ deviceKey: third, remembered: false }))

    await waitFor(() => expect(result.current.detail.data?.remembered).toBe(false))
    expect(listed()?.remembered).toBe(false)
    expect(stored(third)?.remembered).toBe(true) // shown before Cognito has it
    await waitFor(() => expect(result.current.remember.isSuccess).toBe(true))
    expect(stored(third)?.remembered).toBe(false)
    expect(result.current.detail.data?.remembered).toBe(false)
    expect(listed()?.remembered).toBe(false) // the admin list keeps a device that is not remembered
  })

  it('rolls back when Cognito refuses', async () => {
    const { emulator, kit, third } = supportConsole()
    const { result } = renderHook(() => ({ list: useDevices(), detail: useDevice(third), remember: useSetDeviceRemembered() }), { wrapper: kit.wrapper })
    await waitFor(() => expect(result.current.list.isSuccess && result.current.detail.isSuccess).toBe(true))
    const listed = () => result.current.list.devices.find((device) => device.key === third)
    emulator.faults.set('AdminUpdateDeviceStatus', { error: { name: 'TooManyRequestsException' }, latency: { ms: 100 } })

    act(() => result.current.remember.mutate({ deviceKey: third, remembered: false }))
    await waitFor(() => expect(result.current.detail.data?.remembered).toBe(false))
    await waitFor(() => expect(result.current.remember.isError).toBe(true))

    expect(result.current.detail.data?.remembered).toBe(true)
    expect(listed()?.remembered).toBe(true)
  })

  it('keeps a device being forgotten off the list when a change to another device fails meanwhile', async () => {
    const { emulator, kit, stored, first, second } = supportConsole()
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
    emulator.faults.set('AdminUpdateDeviceStatus', { error: { name: 'InternalErrorException' }, latency: { ms: 100 } })
    emulator.faults.set('AdminForgetDevice', { latency: { ms: 400 } })

    act(() => result.current.remember.mutate({ deviceKey: first, remembered: false }))
    act(() => result.current.forget.forget(second))
    await waitFor(() => expect(frames.at(-1)).not.toContain(second))
    frames.length = 0
    await waitFor(() => expect(result.current.remember.isError).toBe(true))
    await waitFor(() => expect(kit.queryClient.isMutating()).toBe(0))

    expect(frames.filter((keys) => keys.includes(second))).toEqual([])
    expect(result.current.list.devices.find((device) => device.key === first)?.remembered).toBe(true)
    expect(stored(second)).toBeUndefined()
  })

  it('still loads the list when a write starts before its first page arrived', async () => {
    const { emulator, kit, second } = supportConsole()
    emulator.faults.set('AdminListDevices', { latency: { ms: 150 } })
    const { result } = renderHook(() => ({ list: useDevices(), remember: useSetDeviceRemembered() }), { wrapper: kit.wrapper })
    await waitFor(() => expect(result.current.list.isFetching).toBe(true))

    await act(() => result.current.remember.mutateAsync({ deviceKey: second, remembered: false }))

    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    expect(result.current.list.devices.find((device) => device.key === second)?.remembered).toBe(false)
  })
})
