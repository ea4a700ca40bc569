import { describe, expect, it } from 'vitest'
import type { Device } from '../../src'
import { orderDevices } from '../../src'

const device = (key: string, lastAuthenticatedAt?: string): Device => ({
  key,
  name: undefined,
  attributes: [],
  remembered: true,
  lastIpUsed: undefined,
  createdAt: undefined,
  lastModifiedAt: undefined,
  lastAuthenticatedAt: lastAuthenticatedAt === undefined ? undefined : new Date(lastAuthenticatedAt),
})

describe('orderDevices', () => {
  const old = device('old', '2026-01-01T00:00:00Z')
  const recent = device('recent', '2026-03-01T00:00:00Z')
  const undated = device('undated')
  const mine = device('mine', '2025-06-01T00:00:00Z')

  it('puts this device first, then the most recently used, unknown dates last', () => {
    expect(orderDevices([undated, old, mine, recent], 'mine').map((d) => d.key)).toEqual(['mine', 'recent', 'old', 'undated'])
  })

  it('puts this device first from GetDevice when the loaded pages leave it out', () => {
    expect(orderDevices([old, recent], 'mine', mine).map((d) => d.key)).toEqual(['mine', 'recent', 'old'])
  })

  it('orders by last use alone when this device is not known', () => {
    expect(orderDevices([old, recent], undefined).map((d) => d.key)).toEqual(['recent', 'old'])
  })
})
