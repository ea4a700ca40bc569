import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { paceToQuota } from '../../src/query/paceToQuota'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** A service that answers each call after `latency(index)` ms and logs when calls arrived and were answered. */
function service(latency: (index: number) => number) {
  const arrived: number[] = []
  const answered: number[] = []
  const send = (index: number) => {
    arrived[index] = Date.now()
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        answered[index] = Date.now()
        resolve()
      }, latency(index)),
    )
  }
  return { arrived, answered, send }
}

/** The most calls that arrived within any one second (a window open at its start, as a rate limiter counts). */
function busiestSecond(arrived: readonly number[]): number {
  return Math.max(...arrived.map((start) => arrived.filter((at) => at >= start && at < start + 1000).length))
}

describe('paceToQuota', () => {
  it('never lets the service count more than ten in a second, whatever the latency', async () => {
    // the first calls are slow and the later ones fast: sending by the clock alone would squeeze
    // a slow call's arrival and the fast ones after it into one second
    const { arrived, answered, send } = service((index) => (index % 10 === 0 ? 400 : 5))
    const items = Array.from({ length: 45 }, (_, index) => index)

    const run = paceToQuota(items, send, 10)
    await vi.runAllTimersAsync()
    await run

    expect(arrived).toHaveLength(45)
    expect(busiestSecond(arrived)).toBeLessThanOrEqual(10)
    // each call waits a second after the answer to the one ten places before it
    for (let index = 10; index < items.length; index++) expect(arrived[index]! - answered[index - 10]!).toBeGreaterThanOrEqual(1000)
  })

  it('keeps close to the quota: 45 quick calls take under 5 seconds', async () => {
    const { arrived, send } = service(() => 20)
    const run = paceToQuota(
      Array.from({ length: 45 }, (_, index) => index),
      send,
      10,
    )
    const start = Date.now()
    await vi.runAllTimersAsync()
    await run
    // the floor is 4.4 s (the 45th call starts after 44 gaps of a tenth of a second)
    expect(arrived.at(-1)! - start).toBeLessThan(5000)
    expect(arrived[1]! - arrived[0]!).toBe(100)
  })

  it('stops at a call that fails: nothing more is sent, those on their way settle, and the run fails with that error', async () => {
    const settled: number[] = []
    const failure = new Error('signed out')
    const send = (index: number) =>
      new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          settled.push(index)
          if (index === 3) reject(failure)
          else resolve()
        }, 250),
      )

    const run = paceToQuota(
      Array.from({ length: 20 }, (_, index) => index),
      send,
      10,
    )
    const outcome = run.catch((error: unknown) => error)
    await vi.runAllTimersAsync()

    expect(await outcome).toBe(failure)
    // 3 failed at 550 ms; 4 and 5 were sent before that and were waited for; 6 was never sent
    expect(settled).toEqual([0, 1, 2, 3, 4, 5])
  })
})
