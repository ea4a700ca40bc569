import fc from 'fast-check'
import { isIP } from 'node:net'
import { describe, expect, it } from 'vitest'
import { formatIpAddress } from '../../src/format/ipAddress'
import { attributeValue, HOSTILE_FRAGMENTS, MAX_ATTRIBUTE_VALUE } from './arbitraries'

/** Property runs per property. */
const RUNS = 2000

/** The oracle: Node's parser, without zones (`fe80::1%eth0` names a server interface; free text). */
const isZonelessIp = (value: string) => !value.includes('%') && isIP(value) !== 0

/** Address-like text: the characters addresses are made of, in any order, so near-misses are common. */
const addressLike = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:.%'), maxLength: 50 })

/** A valid address with one character changed, dropped or added. */
const nearMiss = fc
  .tuple(fc.oneof(fc.ipV4(), fc.ipV6(), fc.ipV4Extended()), fc.nat(), fc.constantFrom(...'0:.g1f%x '), fc.constantFrom('replace', 'drop', 'add'))
  .map(([address, at, character, how]) => {
    const index = at % (address.length + 1)
    if (how === 'drop') return address.slice(0, index) + address.slice(index + 1)
    if (how === 'add') return address.slice(0, index) + character + address.slice(index)
    return address.slice(0, index) + character + address.slice(index + 1)
  })

describe('formatIpAddress', () => {
  it('shows IPv4, IPv6 (compressed, expanded, with an IPv4 tail) exactly as sent', () => {
    for (const address of ['203.0.113.7', '0.0.0.0', '255.255.255.255', '2001:db8::1', '::', '::1', '2001:0db8:0000:0000:0000:ff00:0042:8329', '::ffff:198.51.100.4', 'FE80::A:b', '1:2:3:4:5:6:7::']) {
      expect(formatIpAddress(address)).toBe(address)
    }
  })

  it('shows nothing for what is not an address', () => {
    for (const value of [undefined, null, 42, '', 'unknown', '203.0.113.7 ', ' 203.0.113.7', '203.0.113.07', '256.1.1.1', '1.2.3', '1.2.3.4.5', '1::2::3', ':::', '1.2.3.4::', '12345::1', 'fe80::1%eth0', '203.0.113.7\n', '<b>203.0.113.7</b>', '203.0.113.7\u202E']) {
      expect(formatIpAddress(value)).toBeUndefined()
    }
  })

  it('shows every valid address fast-check makes, unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (address) => {
        expect(formatIpAddress(address)).toBe(address)
      }),
      { numRuns: RUNS },
    )
  })

  it('agrees with Node’s own parser on address-like text and near-misses', () => {
    fc.assert(
      fc.property(fc.oneof(addressLike, nearMiss, fc.ipV4Extended()), (value) => {
        expect(formatIpAddress(value)).toBe(isZonelessIp(value) ? value : undefined)
      }),
      { numRuns: RUNS * 5 },
    )
  })

  it('never passes markup, control characters or long values on: what it returns is only address characters', () => {
    const hostile = fc.oneof(
      attributeValue,
      fc.constantFrom(...HOSTILE_FRAGMENTS),
      fc.string({ minLength: MAX_ATTRIBUTE_VALUE, maxLength: MAX_ATTRIBUTE_VALUE }),
      fc.tuple(fc.ipV4(), fc.constantFrom(...HOSTILE_FRAGMENTS)).map(([address, fragment]) => address + fragment),
    )
    fc.assert(
      fc.property(hostile, (value) => {
        const shown = formatIpAddress(value)
        if (shown === undefined) return
        expect(shown).toBe(value)
        expect(shown).toMatch(/^[\dA-Fa-f:.]{2,45}$/)
        expect(isZonelessIp(shown)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })
})
