import { useMutationState } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DeviceErrorBoundary } from '../../src/boundary'
import { DeviceDetails, DeviceManager } from '../../src/connected'
import { DEMO_USERS, type OperationFault } from 'cognito-emulator'
import type { Device } from '../../src/model/device'
import { useDevice } from '../../src/hooks/useDevice'
import { useDevices } from '../../src/hooks/useDevices'
import { useForgetDevice } from '../../src/hooks/useForgetDevice'
import { deviceKeys } from '../../src/query/deviceKeys'
import { hardenedCognito, realKit } from './harness'

const cognito = hardenedCognito()

const A = DEMO_USERS.demo
const B = DEMO_USERS.manyDevices
/** Text only A's devices carry, so any DOM frame that shows it is a leak. */
const A_MARKER = 'A-ONLY-7f3c'
// A card renders the raw attributes only when its "Details" opens, so the cards here show the raw
// device name (A's marker) as their heading: A's data is in the DOM whenever a card of A is.
const rawName = (device: Device) => device.name ?? ''

afterEach(() => vi.restoreAllMocks())

interface Frame {
  readonly phase: 'A' | 'switching' | 'B'
  readonly listKeys: readonly string[]
  readonly detailKey: string | undefined
  /** The status of A's forget in the mutation cache, as the page last rendered it. */
  readonly forgetStatus: string | undefined
}

/**
 * One host page on one QueryClient: the full DeviceManager, a detail of one of A's devices open
 * next to it, and a probe that records what every render of the hooks hands out.
 */
function setUp(forgetFault: OperationFault) {
  const emulator = cognito.emulator
  emulator.addDevices(A, [1, 2, 3].map((n) => ({ name: `${A_MARKER} device ${n}`, lastIpUsed: `192.0.2.${n}` })))
  const aKeys = new Set(emulator.devices(A).map((device) => device.key))
  const bKeys = new Set(emulator.devices(B).map((device) => device.key))
  const aDetail = emulator.devices(A).at(-1)!.key
  const aForget = emulator.devices(A).at(-2)!.key
  emulator.faults.set('ForgetDevice', forgetFault)
  const frames: Frame[] = []
  const phase = { current: 'A' as Frame['phase'] }
  let forget: ((key: string) => void) | undefined

  function Probe() {
    const list = useDevices()
    const detail = useDevice(aDetail)
    forget = useForgetDevice().forget
    // From the cache, not from this component's own mutation observer: a sign-out unmounts the probe.
    const forgetStatus = useMutationState({ filters: { mutationKey: deviceKeys.forget() }, select: (mutation) => mutation.state.status }).at(-1)
    frames.push({ phase: phase.current, listKeys: list.devices.map((device) => device.key), detailKey: detail.data?.key, forgetStatus })
    return null
  }

  return { emulator, aKeys, bKeys, aDetail, aForget, frames, phase, Probe, forget: (key: string) => forget?.(key) }
}

/** Every node and text the page ever adds while `active()` — even one that is gone a frame later. */
function watchDom(active: () => boolean) {
  const added: string[] = []
  const observer = new MutationObserver((records) => {
    if (!active()) return
    for (const record of records) {
      if (record.type === 'characterData') added.push(record.target.textContent ?? '')
      for (const node of record.addedNodes) added.push(node.textContent ?? '')
      if (record.type === 'attributes' && record.target instanceof Element) added.push(record.target.getAttribute(record.attributeName ?? '') ?? '')
    }
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
  return { added, stop: () => observer.disconnect() }
}

describe('cross-user isolation on one page and one QueryClient', { timeout: 30_000 }, () => {
  it.each([
    ['completes after the switch', { latency: { ms: 300 } }, true],
    ['fails after the switch', { latency: { ms: 300 }, error: { name: 'InternalErrorException' } }, true],
    ['completes after a direct switch (no sign-out between)', { latency: { ms: 300 } }, false],
    ['fails after a direct switch (no sign-out between)', { latency: { ms: 300 }, error: { name: 'InternalErrorException' } }, false],
  ] as const)(
    'B never sees A: list, open detail and a pending forget of A that %s',
    async (_what, forgetFault, signOutFirst) => {
      const page = setUp(forgetFault)
      const kit = await realKit(page.emulator, A, { deviceKey: [...page.aKeys][0] })
      const { userId: aUserId } = await kit.api.getSession()
      const { Probe } = page
      render(
        <>
          <DeviceManager formatDeviceName={rawName} />
          <DeviceErrorBoundary>
            <DeviceDetails deviceKey={page.aDetail} formatDeviceName={rawName} />
            <Probe />
          </DeviceErrorBoundary>
        </>,
        { wrapper: kit.wrapper },
      )
      await waitFor(() => expect(document.body.textContent).toContain(`${A_MARKER} device 3`))
      expect(page.frames.some((frame) => frame.listKeys.some((key) => page.aKeys.has(key)))).toBe(true)

      // A forgets a device; while Cognito is still answering, A signs out and B signs in.
      act(() => page.forget(page.aForget))
      await waitFor(() => expect(page.frames.at(-1)?.listKeys).not.toContain(page.aForget))
      page.phase.current = 'switching'
      const dom = watchDom(() => page.phase.current !== 'A')
      if (signOutFirst) act(() => kit.signOut())
      await act(() => kit.switchTo(B))
      page.phase.current = 'B'

      await waitFor(() => expect(page.frames.at(-1)?.listKeys).toHaveLength(60), { timeout: 10_000 })
      await waitFor(() => expect(screen.getAllByRole('article').length).toBeGreaterThanOrEqual(60))
      // A's forget answers (300 ms), then its rollback or invalidation runs: the page renders the
      // forget as settled only after all of it (the mutation settles once its onSettled promise has).
      await waitFor(() => expect(['success', 'error']).toContain(page.frames.at(-1)?.forgetStatus), { timeout: 5_000 })
      dom.stop()

      const afterSwitch = page.frames.filter((frame) => frame.phase !== 'A')
      expect(afterSwitch.length).toBeGreaterThan(0)
      for (const frame of afterSwitch) {
        expect(frame.listKeys.filter((key) => page.aKeys.has(key))).toEqual([])
        expect(frame.detailKey).toBeUndefined() // A's device is not B's: never a card for it
      }
      expect(page.frames.at(-1)!.listKeys.every((key) => page.bKeys.has(key))).toBe(true)
      // Not in any DOM frame either: no A device name, IP or key, not even briefly.
      const leaked = dom.added.filter((text) => text.includes(A_MARKER) || text.includes('192.0.2.') || [...page.aKeys].some((key) => text.includes(key)))
      expect(leaked).toEqual([])
      expect(document.body.textContent).not.toContain(A_MARKER)
      // And nothing of A stays cached for the next reader of the shared QueryClient.
      // (Empty entries under A's key may linger until garbage collection: they hold nothing.)
      const aQueries = kit.queryClient.getQueryCache().findAll({ queryKey: deviceKeys.all(aUserId) })
      expect(aQueries.filter((query) => query.state.data !== undefined).map((query) => JSON.stringify(query.queryKey))).toEqual([])
      const holdingA = kit.queryClient
        .getQueryCache()
        .getAll()
        .filter((query) => JSON.stringify(query.state.data ?? null).includes(A_MARKER))
        .map((query) => JSON.stringify(query.queryKey))
      expect(holdingA).toEqual([])
    },
  )

  it('sign-out alone empties the page and the cache before anyone signs in', async () => {
    const page = setUp({})
    const kit = await realKit(page.emulator, A)
    vi.spyOn(console, 'error').mockImplementation(() => undefined) // the boundary's caught NoSessionError
    render(<DeviceManager formatDeviceName={rawName} />, { wrapper: kit.wrapper })
    await waitFor(() => expect(document.body.textContent).toContain(A_MARKER))

    act(() => kit.signOut())

    await screen.findByRole('heading', { name: /session has ended/i })
    expect(document.body.textContent).not.toContain(A_MARKER)
    expect(JSON.stringify(kit.queryClient.getQueryCache().getAll().map((query) => query.state.data ?? null))).not.toContain(A_MARKER)
  })
})
