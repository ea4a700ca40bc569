import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react'
import fc from 'fast-check'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { DeviceListView } from '../../src/components'
import { DEMO_USERS, defaultSeed, type MalformedBodyFault, type OperationFault, type OperationName } from 'cognito-emulator'
import { classifyError, policyFor, type DeviceErrorState } from '../../src/errors/classifyError'
import { useDevice } from '../../src/hooks/useDevice'
import { useDevices } from '../../src/hooks/useDevices'
import { useForgetDevice } from '../../src/hooks/useForgetDevice'
import { deviceKeys } from '../../src/query/deviceKeys'
import type { DeviceListData } from '../../src/query/deviceQueries'
import { hardenedCognito, realKit, tally, type DropMode } from './harness'

const cognito = hardenedCognito()

/** The kit's policy (src/query/errorHandling.ts): attempts per query, first one included. */
const MAX_ATTEMPTS = { never: 1, transient: 3, throttled: 5 } as const
/** A query or mutation that has not settled by then is a hang. Real backoff is 0.5 s + 1 s for transient errors. */
const SETTLE_MS = 8_000

/** Observed counts, printed only when HARDENING_REPORT is set (nothing depends on them). */
const counts = { runs: 0, faultsInjected: 0, retries: 0, settledAsData: 0, settledAsError: 0 }
afterAll(() => {
  if (process.env.HARDENING_REPORT) console.info('hardening faults', JSON.stringify({ ...counts, drops: tally.drops, requests: tally.requests }))
})

/** Failed answers the emulator logged since the last reset. */
function failedAnswers() {
  return cognito.emulator.requests().filter((request) => request.errorName !== undefined).length
}

/** The default pool again (devices, tokens), no faults, an empty log: one property run. */
function freshPool() {
  const emulator = cognito.emulator
  emulator.load(defaultSeed(emulator.clock.now()))
  emulator.faults.clear()
  emulator.resetCalls()
  cognito.drop([])
  return emulator
}

/** Lets the requests and renders in flight finish: I/O turns, and only the timers already due (the clock may be fake). */
async function settle() {
  for (let turn = 0; turn < 20; turn += 1) {
    await new Promise((resolve) => setImmediate(resolve))
    if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(0)
  }
}

async function expectSent(operation: OperationName, count: number) {
  await settle()
  expect(await cognito.sent(operation)).toBe(count)
}

function rememberedKeys(username: string = DEMO_USERS.demo) {
  return cognito.emulator
    .devices(username)
    .filter((device) => device.remembered)
    .map((device) => device.key)
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('fault runs through the real hooks, with the real retry policy', { timeout: 120_000 }, () => {
  it('a list under random latency, 5xx and dropped connections settles into data or `unavailable`, within the retry budget', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer(),
          failure: fc.double({ min: 0, max: 1, noNaN: true }),
          drop: fc.double({ min: 0, max: 0.6, noNaN: true }),
          dropMode: fc.constantFrom<DropMode>('before', 'midway'),
          latencyMs: fc.integer({ min: 0, max: 60 }),
        }),
        async ({ seed, failure, drop, dropMode, latencyMs }) => {
          const emulator = freshPool()
          cognito.reseed(seed)
          const dropsBefore = cognito.dropped
          const sentBefore = await cognito.sent('ListDevices')
          emulator.faults.set('ListDevices', {
            latency: { minMs: 0, maxMs: latencyMs },
            error: { name: 'InternalErrorException', probability: failure },
          })
          cognito.drop([{ operation: 'ListDevices', mode: dropMode, probability: drop }])
          const kit = await realKit(emulator, DEMO_USERS.demo, { deviceKey: rememberedKeys()[0] })

          const { result, unmount } = renderHook(() => useDevices(), { wrapper: kit.wrapper })
          await waitFor(() => expect(result.current.isPending).toBe(false), { timeout: SETTLE_MS })

          const attempts = (await cognito.sent('ListDevices')) - sentBefore
          counts.runs += 1
          counts.retries += attempts - 1
          counts.faultsInjected += failedAnswers() + cognito.dropped - dropsBefore
          expect(attempts).toBeGreaterThanOrEqual(1)
          expect(attempts).toBeLessThanOrEqual(MAX_ATTEMPTS.transient)
          if (result.current.isSuccess) {
            counts.settledAsData += 1
            expect(result.current.devices.map((device) => device.key)).toEqual(rememberedKeys())
          } else {
            counts.settledAsError += 1
            // Given up only after the whole budget, and on a state the UI knows.
            expect(attempts).toBe(MAX_ATTEMPTS.transient)
            expect(classifyError(result.current.error)).toBe('unavailable')
            expect(result.current.devices).toEqual([])
          }
          unmount()
          kit.queryClient.clear()
        },
      ),
      { numRuns: 10 },
    )
  })

  it('a throttling storm (list and eight details at once, 3 calls a second allowed) settles everything within 5 attempts per query', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.1) // the kit's full jitter, drawn low so the run stays short
    const emulator = cognito.emulator
    emulator.addDevices(DEMO_USERS.demo, Array.from({ length: 8 }, (_, index) => ({ name: `storm device ${index}` })))
    emulator.faults.set('GetDevice', { throttle: { perUserPerSecond: 3 } })
    emulator.faults.set('ListDevices', { throttle: { perUserPerSecond: 1 }, latency: { minMs: 0, maxMs: 20 } })
    const targets = emulator.devices(DEMO_USERS.demo).slice(-8).map((device) => device.key)
    const kit = await realKit(emulator)

    const { result } = renderHook(
      () => ({ list: useDevices(), details: targets.map((key) => useDevice(key)) }), // a fixed number of hooks: the same order every render
      { wrapper: kit.wrapper },
    )
    await waitFor(
      () => {
        expect(result.current.list.isPending).toBe(false)
        for (const detail of result.current.details) expect(detail.isPending).toBe(false)
      },
      { timeout: SETTLE_MS },
    )

    const throttled = emulator.requests().filter((request) => request.errorName === 'TooManyRequestsException').length
    expect(throttled).toBeGreaterThan(0) // the storm happened
    counts.faultsInjected += throttled
    for (const [index, key] of targets.entries()) {
      const attempts = await cognito.sent('GetDevice', key)
      counts.retries += Math.max(0, attempts - 1)
      const detail = result.current.details[index]!
      // A detail whose device the list already holds is answered from the list: 0 calls is fine.
      expect(attempts).toBeLessThanOrEqual(MAX_ATTEMPTS.throttled)
      if (detail.isError) {
        expect(classifyError(detail.error)).toBe('throttled')
        expect(attempts).toBe(MAX_ATTEMPTS.throttled)
      } else {
        expect(detail.data?.key).toBe(key)
      }
    }
    const listAttempts = await cognito.sent('ListDevices')
    counts.retries += listAttempts - 1
    expect(listAttempts).toBeLessThanOrEqual(MAX_ATTEMPTS.throttled)
    if (result.current.list.isError) expect(classifyError(result.current.list.error)).toBe('throttled')
    else expect(result.current.list.devices.map((device) => device.key)).toEqual(rememberedKeys())
  })

  it('TooManyRequests on every call: retried exactly 4 times with backoff, then shown as `throttled` inline', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.1)
    const emulator = cognito.emulator
    emulator.faults.set('ListDevices', { error: { name: 'TooManyRequestsException' } })
    const kit = await realKit(emulator)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }) // the backoff runs on the test's clock, not the wall's

    render(<ConnectedList />, { wrapper: kit.wrapper })
    await expectSent('ListDevices', 1)
    // Backoff really waits: 250, 250, 400 and 800 ms with the jitter drawn at 0.1; not a millisecond less.
    for (const [waitMs, sent] of [[250, 2], [250, 3], [400, 4], [800, 5]] as const) {
      await vi.advanceTimersByTimeAsync(waitMs - 1)
      await expectSent('ListDevices', sent - 1)
      await vi.advanceTimersByTimeAsync(1)
      await expectSent('ListDevices', sent)
    }
    await vi.waitFor(() => screen.getByRole('alert')) // no retry is left to schedule: the clock may move on

    expect(await cognito.sent('ListDevices')).toBe(MAX_ATTEMPTS.throttled)
    counts.retries += MAX_ATTEMPTS.throttled - 1
    counts.faultsInjected += MAX_ATTEMPTS.throttled
    expect(document.querySelector('[data-error-state]')?.getAttribute('data-error-state')).toBe('throttled')
  })

  it.each<[MalformedBodyFault, DeviceErrorState]>([
    ['invalid-json', 'unavailable'],
    ['wrong-shape', 'unavailable'],
  ])('a %s ListDevices body settles as `%s` after the transient budget, never as data', async (malformedBody, state) => {
    const emulator = cognito.emulator
    emulator.faults.set('ListDevices', { malformedBody })
    const kit = await realKit(emulator)

    const { result } = renderHook(() => useDevices(), { wrapper: kit.wrapper })
    await waitFor(() => expect(result.current.isPending).toBe(false), { timeout: SETTLE_MS })

    expect(result.current.isError).toBe(true)
    expect(result.current.error).toMatchObject({ name: 'MalformedResponseError' })
    expect(classifyError(result.current.error)).toBe(state)
    expect(await cognito.sent('ListDevices')).toBe(MAX_ATTEMPTS[policyFor(result.current.error).retry])
    counts.faultsInjected += MAX_ATTEMPTS.transient
    counts.retries += MAX_ATTEMPTS.transient - 1
  })

  // A 200 ListDevices answer with an EMPTY body was once read as `{}` and so as "no devices".
  it('an empty ListDevices body is not shown as "no devices"', async () => {
    const emulator = cognito.emulator
    emulator.faults.set('ListDevices', { malformedBody: 'empty' })
    const kit = await realKit(emulator)

    const { result } = renderHook(() => useDevices(), { wrapper: kit.wrapper })
    await waitFor(() => expect(result.current.isPending).toBe(false), { timeout: SETTLE_MS })

    expect(result.current.isError).toBe(true)
    expect(result.current.error).toMatchObject({ name: 'MalformedResponseError' })
    expect(classifyError(result.current.error)).toBe('unavailable')
    expect(await cognito.sent('ListDevices')).toBe(MAX_ATTEMPTS.transient)
    counts.faultsInjected += MAX_ATTEMPTS.transient
    counts.retries += MAX_ATTEMPTS.transient - 1
  })

  it('a GetDevice answer cut off mid-body is retried (transient) and then shown, not left pending', async () => {
    const emulator = cognito.emulator
    const key = emulator.devices(DEMO_USERS.demo)[1]!.key
    cognito.drop([{ operation: 'GetDevice', mode: 'midway' }])
    const kit = await realKit(emulator)

    const { result } = renderHook(() => useDevice(key), { wrapper: kit.wrapper })
    await waitFor(() => expect(result.current.isPending).toBe(false), { timeout: SETTLE_MS })

    expect(result.current.error).toMatchObject({ name: 'NetworkError' })
    expect(classifyError(result.current.error)).toBe('unavailable')
    expect(await cognito.sent('GetDevice')).toBe(MAX_ATTEMPTS.transient)
    expect(emulator.calls('GetDevice')).toBe(MAX_ATTEMPTS.transient) // each reached Cognito; only the answers broke
    counts.faultsInjected += MAX_ATTEMPTS.transient
    counts.retries += MAX_ATTEMPTS.transient - 1
  })
})

type ForgetFault =
  | { kind: 'none' }
  | { kind: 'latency'; ms: number }
  | { kind: 'error'; name: 'InternalErrorException' | 'TooManyRequestsException' | 'ForbiddenException' | 'ResourceNotFoundException' }
  | { kind: 'drop'; mode: DropMode }
  | { kind: 'malformed'; body: MalformedBodyFault }

const forgetFault: fc.Arbitrary<ForgetFault> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('latency' as const), ms: fc.integer({ min: 1, max: 80 }) }),
  fc.record({
    kind: fc.constant('error' as const),
    name: fc.constantFrom('InternalErrorException' as const, 'TooManyRequestsException' as const, 'ForbiddenException' as const, 'ResourceNotFoundException' as const),
  }),
  fc.record({ kind: fc.constant('drop' as const), mode: fc.constantFrom<DropMode>('before', 'midway') }),
  fc.record({ kind: fc.constant('malformed' as const), body: fc.constantFrom<MalformedBodyFault>('invalid-json', 'wrong-shape', 'empty') }),
)

describe('forgetting under faults', { timeout: 120_000 }, () => {
  it('a forget completes, or is reported and the device is still listed; the list ends equal to Cognito', async () => {
    await fc.assert(
      fc.asyncProperty(forgetFault, fc.integer({ min: 0, max: 4 }), async (fault, targetIndex) => {
        const emulator = freshPool()
        const kit = await realKit(emulator, DEMO_USERS.demo, { deviceKey: rememberedKeys()[0] })
        const { result, unmount } = renderHook(() => ({ list: useDevices(), forget: useForgetDevice() }), { wrapper: kit.wrapper })
        await waitFor(() => expect(result.current.list.isSuccess).toBe(true), { timeout: SETTLE_MS })
        const target = result.current.list.devices[targetIndex % result.current.list.devices.length]!.key
        const forgetsBefore = await cognito.sent('ForgetDevice')

        const injected: OperationFault | undefined =
          fault.kind === 'latency'
            ? { latency: { ms: fault.ms } }
            : fault.kind === 'error'
              ? { error: { name: fault.name } }
              : fault.kind === 'malformed'
                ? { malformedBody: fault.body }
                : undefined
        if (injected) emulator.faults.set('ForgetDevice', injected)
        if (fault.kind === 'drop') cognito.drop([{ operation: 'ForgetDevice', mode: fault.mode }])
        if (fault.kind !== 'none' && fault.kind !== 'latency') counts.faultsInjected += 1

        act(() => result.current.forget.forget(target))
        await waitFor(
          () => {
            expect(result.current.forget.isPending).toBe(false)
            expect(result.current.forget.isIdle).toBe(false)
            expect(result.current.list.isFetching).toBe(false)
          },
          { timeout: SETTLE_MS },
        )

        counts.runs += 1
        // Mutations are never retried: one ForgetDevice, whatever happened to it.
        expect((await cognito.sent('ForgetDevice')) - forgetsBefore).toBe(1)
        const stillInCognito = emulator.devices(DEMO_USERS.demo).some((device) => device.key === target)
        const shown = result.current.list.devices.map((device) => device.key)
        // Nothing lost, nothing ghosted: what the page lists is what Cognito holds.
        expect(shown).toEqual(rememberedKeys())
        if (stillInCognito) {
          expect(result.current.forget.isError).toBe(true) // never a "success" for a device that is still there
          expect(shown).toContain(target)
        }
        if (result.current.forget.isError) {
          expect(classifyError(result.current.forget.error)).not.toBe('unknown')
        } else {
          expect(stillInCognito).toBe(false)
        }
        unmount()
        kit.queryClient.clear()
      }),
      { numRuns: 30 },
    )
  })

  it('token expiry between list and forget: reported as signed-out at the boundary, nothing forgotten, nothing retried', async () => {
    const emulator = cognito.emulator
    const caught: DeviceErrorState[] = []
    const kit = await realKit(emulator, DEMO_USERS.demo, { boundary: { onError: (state) => caught.push(state) } })
    vi.spyOn(console, 'error').mockImplementation(() => undefined) // React reports the caught render error
    render(<ConnectedList />, { wrapper: kit.wrapper })
    const buttons = await screen.findAllByRole('button', { name: /^Forget / })
    const target = rememberedKeys()[2]!
    const listsBefore = await cognito.sent('ListDevices')

    emulator.clock.advance((emulator.settings().accessTokenValiditySeconds + 1) * 1000)
    fireEvent.click(buttons[2]!)

    await screen.findByRole('heading', { name: /session/i }, { timeout: SETTLE_MS })
    expect(caught).toContain('signed-out')
    expect(caught.every((state) => state === 'signed-out')).toBe(true)
    expect(await cognito.sent('ForgetDevice')).toBe(1)
    expect(emulator.requests().find((request) => request.operation === 'ForgetDevice')?.errorName).toBe('NotAuthorizedException')
    expect(emulator.devices(DEMO_USERS.demo).map((device) => device.key)).toContain(target)
    // The optimistic removal was rolled back: the cached list still holds the device.
    const { userId } = await kit.api.getSession()
    const cached = kit.queryClient.getQueryData<DeviceListData>(deviceKeys.list(userId))
    expect(cached?.pages.flatMap((page) => page.devices.map((device) => device.key))).toContain(target)
    // The refetch after the failed forget is not retried either (NotAuthorized never is).
    expect((await cognito.sent('ListDevices')) - listsBefore).toBeLessThanOrEqual(1)
    counts.faultsInjected += 1
  })
})

/** A connected list as a host builds one from the hooks and DeviceListView. */
function ConnectedList() {
  const list = useDevices()
  const { forget, pendingKeys } = useForgetDevice()
  return (
    <DeviceListView
      devices={list.devices}
      currentDeviceKey={list.currentDeviceKey}
      isLoading={list.isPending}
      error={list.error ? classifyError(list.error) : undefined}
      renderActions={(device) => (
        <button type="button" disabled={pendingKeys.includes(device.key)} onClick={() => forget(device.key)}>
          Forget {device.key}
        </button>
      )}
    />
  )
}
