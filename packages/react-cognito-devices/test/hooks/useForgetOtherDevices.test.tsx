import { useMutation } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEMO_USERS, generateDevices } from 'cognito-emulator'
import { useDeviceQueryContext } from '../../src/hooks/useDeviceSession'
import { useDevices } from '../../src/hooks/useDevices'
import { useForgetOtherDevices } from '../../src/hooks/useForgetOtherDevices'
import { deviceKeys } from '../../src/query/deviceKeys'
import { forgetOtherDevicesMutation } from '../../src/query/forgetOtherDevices'
import { ENDPOINT, mockCognito, signedInKit } from '../support/mockCognito'

// Fake timers move the pacing and the emulator's clock (its quota windows) together; the emulator's
// answers still take their real (short) time, so `until` lets the fake clock run in small steps.
const cognito = mockCognito()

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
})
afterEach(() => {
  vi.useRealTimers()
})

/** Moves the fake clock in 20 ms steps until `done()` holds (at most `limitMs` of fake time). */
async function until(done: () => boolean, limitMs = 60_000): Promise<void> {
  for (let elapsed = 0; !done(); elapsed += 20) {
    if (elapsed > limitMs) throw new Error(`not within ${limitMs} ms of fake time`)
    await act(() => vi.advanceTimersByTimeAsync(20))
  }
}

/** The demo user with `extra` more remembered devices, signed in on the first; the list and the hook on one QueryClient. */
async function panel(extra: number) {
  const emulator = cognito.emulator
  emulator.addDevices(DEMO_USERS.demo, generateDevices(extra, { keyOffset: 0x900000 }))
  const thisDevice = emulator.devices(DEMO_USERS.demo)[0]!.key
  const kit = await signedInKit(emulator, DEMO_USERS.demo, { deviceKey: thisDevice })
  const hook = renderHook(() => ({ list: useDevices(), others: useForgetOtherDevices() }), { wrapper: kit.wrapper })
  await until(() => hook.result.current.list.isSuccess)
  const remembered = () => emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered)
  const listedKeys = () => hook.result.current.list.devices.map((device) => device.key)
  emulator.resetCalls()
  return { emulator, kit, hook, thisDevice, remembered, listedKeys }
}

const throttled = (emulator: typeof cognito.emulator) => emulator.requests().filter((request) => request.errorName === 'TooManyRequestsException')

describe('useForgetOtherDevices', () => {
  it('signs out every other device at the quota, none refused as throttled, each leaving the list once Cognito confirmed it', async () => {
    const { emulator, hook, thisDevice, remembered, listedKeys } = await panel(40)
    const others = remembered().length - 1
    emulator.faults.set('ForgetDevice', { latency: { ms: 300 } })

    act(() => hook.result.current.others.mutate())
    await until(() => hook.result.current.others.total !== undefined)
    expect(hook.result.current.others).toMatchObject({ total: others, done: 0, isRunning: true })
    // No device leaves the list before Cognito forgot it (a reload would list it again), and
    // each leaves once its forget was confirmed.
    const everyRememberedListed = () => expect(listedKeys()).toEqual(expect.arrayContaining(remembered().map((device) => device.key)))
    everyRememberedListed()
    await until(() => hook.result.current.others.done >= 12)
    everyRememberedListed()
    await until(() => listedKeys().length <= others + 1 - 12)
    everyRememberedListed()
    expect(throttled(emulator)).toEqual([])

    await until(() => hook.result.current.others.isSuccess)
    expect(hook.result.current.others).toMatchObject({ done: others, total: others, failed: [], isRunning: false })
    expect(throttled(emulator)).toEqual([])
    expect(emulator.calls('ForgetDevice')).toBe(others)
    expect(remembered().map((device) => device.key)).toEqual([thisDevice])
    await until(() => listedKeys().length === 1)
    expect(hook.result.current.others.data).toMatchObject({ done: others, total: others, failed: [] })
  })

  it('shows the run to a component mounted while it goes (leaving the panel and coming back loses nothing)', async () => {
    const { emulator, kit, hook, remembered } = await panel(20)
    const others = remembered().length - 1
    act(() => hook.result.current.others.mutate())
    await until(() => hook.result.current.others.done >= 5)
    hook.unmount()

    // (a provider mounted anew renders its children once it has read the session again)
    const again = renderHook(() => useForgetOtherDevices(), { wrapper: kit.wrapper })
    await until(() => again.result.current?.isRunning, 1000)
    expect(again.result.current.done).toBeGreaterThanOrEqual(5)
    await until(() => !again.result.current.isRunning)
    expect(again.result.current).toMatchObject({ done: others, total: others, failed: [] })
    expect(remembered()).toHaveLength(1)
    expect(throttled(emulator)).toEqual([])
  })

  it('goes on past a device Cognito refuses, reports it, keeps it listed, and signs out just that one on retry', async () => {
    const { emulator, hook, remembered, listedKeys, thisDevice } = await panel(10)
    const refused = remembered()[3]!.key
    let refuse = true
    cognito.server.use(
      http.post(ENDPOINT, async ({ request }) => {
        const body = (await request.clone().json()) as { DeviceKey?: string }
        const forget = request.headers.get('x-amz-target')?.endsWith('.ForgetDevice')
        if (refuse && forget && body.DeviceKey === refused) return HttpResponse.json({ __type: 'InternalErrorException', message: 'Internal error.' }, { status: 500 })
        return undefined
      }),
    )

    act(() => hook.result.current.others.mutate())
    await until(() => hook.result.current.others.isSuccess)
    const { done, total, failed } = hook.result.current.others
    expect(failed.map(({ device }) => device.key)).toEqual([refused])
    expect(failed[0]!.error).toMatchObject({ name: 'InternalErrorException' })
    expect(done).toBe(total! - 1)
    await until(() => listedKeys().length === 2)
    expect(listedKeys()).toEqual([thisDevice, refused])

    refuse = false
    emulator.resetCalls()
    act(() => hook.result.current.others.mutate({ devices: failed.map(({ device }) => device) }))
    await until(() => hook.result.current.others.isSuccess && hook.result.current.others.total === 1)
    expect(hook.result.current.others).toMatchObject({ done: 1, total: 1, failed: [] })
    expect(emulator.calls('ListDevices')).toBe(1) // the refetch at the end; the retry itself listed nothing
    // One device sent. The first run used this second's quota, so Cognito may throttle the retry's
    // first attempt; the kit then sends it again, which is not a second device.
    const forgets = emulator.requests().filter((request) => request.operation === 'ForgetDevice' && request.errorName !== 'TooManyRequestsException')
    expect(forgets).toHaveLength(1)
    expect(remembered().map((device) => device.key)).toEqual([thisDevice])
  })

  it('stops when the session ends mid-way: the rest is not sent and stays', async () => {
    const { emulator, kit, remembered } = await panel(20)
    const others = remembered().length - 1
    emulator.faults.set('ForgetDevice', { error: { name: 'NotAuthorizedException', message: 'Access Token has been revoked', afterCalls: 4 } })
    // the mutation as the hook runs it, but kept here instead of thrown to an error boundary
    const run = renderHook(() => useMutation({ ...forgetOtherDevicesMutation(useDeviceQueryContext()), throwOnError: false }), { wrapper: kit.wrapper })
    await until(() => run.result.current !== null, 1000)

    act(() => run.result.current.mutate())
    await until(() => run.result.current.isError)
    expect(run.result.current.error).toMatchObject({ name: 'NotAuthorizedException' })
    expect(kit.queryClient.getQueryData(deviceKeys.forgetOthersProgress((await kit.api.getSession()).userId))).toMatchObject({ done: 4, total: others, running: false })
    expect(emulator.calls('ForgetDevice')).toBe(5)
    expect(remembered()).toHaveLength(1 + others - 4)
  })
})
