import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { isDeviceKey } from '../../src/cognito/deviceKey'
import type { Device } from '../../src/model/device'
import { MalformedResponseError } from '../../src/model/errors'
import { parseDevice, parseGetDeviceResponse, parseListDevicesResponse } from '../../src/cognito/parseDevice'
import { prototypeKeyBody, throughJson, wireDevice, wireListResponse } from './arbitraries'

/** Property runs per property; the report counts them. */
const RUNS = 2000

const DEVICE_MEMBERS = ['attributes', 'createdAt', 'key', 'lastAuthenticatedAt', 'lastIpUsed', 'lastModifiedAt', 'name', 'remembered']
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort()
const arrayPrototypeNames = Object.getOwnPropertyNames(Array.prototype).sort()

/** Nothing the parser saw reached a shared prototype. */
function expectNoPollution() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames)
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeNames)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(typeof ({} as { toString: unknown }).toString).toBe('function')
}

afterEach(expectNoPollution)

/** Outcome of a parse: a value, or the error it threw (never anything else escapes). */
function attempt<T>(parse: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: parse() }
  } catch (error) {
    return { ok: false, error }
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isWireTime = (value: unknown) => value === undefined || value === null || (typeof value === 'number' && Number.isFinite(value))

/** The service model's rules, written independently of the parser: which wire devices are acceptable. */
function acceptable(wire: unknown): boolean {
  if (!isRecord(wire) || !isDeviceKey(wire.DeviceKey)) return false
  const attributes = wire.DeviceAttributes
  if (attributes !== undefined) {
    if (!Array.isArray(attributes)) return false
    for (const item of attributes) {
      if (!isRecord(item) || typeof item.Name !== 'string') return false
      if (item.Value !== undefined && typeof item.Value !== 'string') return false
    }
  }
  return [wire.DeviceCreateDate, wire.DeviceLastModifiedDate, wire.DeviceLastAuthenticatedDate].every(isWireTime)
}

/** Everything a parsed Device promises, checked against the wire it came from. */
function expectFaithfulDevice(device: Device, wire: Record<string, unknown>) {
  expect(Object.getPrototypeOf(device)).toBe(Object.prototype)
  expect(Object.keys(device).sort()).toEqual(DEVICE_MEMBERS) // no AccessToken, no `polluted`, nothing extra
  expect(device.key).toBe(wire.DeviceKey)
  const wireAttributes = (wire.DeviceAttributes ?? []) as { Name: string; Value?: string }[]
  expect(device.attributes).toHaveLength(wireAttributes.length)
  device.attributes.forEach((attribute, index) => {
    expect(Object.getPrototypeOf(attribute)).toBe(Object.prototype)
    expect(Object.keys(attribute).sort()).toEqual(['name', 'value'])
    expect(attribute.name).toBe(wireAttributes[index]!.Name)
    expect(attribute.value).toBe(wireAttributes[index]!.Value ?? '')
  })
  const first = (name: string) => device.attributes.find((attribute) => attribute.name === name)?.value
  expect(device.name).toBe(first('device_name'))
  expect(device.lastIpUsed).toBe(first('last_ip_used'))
  const status = first('dev:device_remembered_status')
  expect(device.remembered).toBe(status === 'remembered' ? true : status === 'not_remembered' ? false : undefined)
  for (const [member, value] of [
    ['DeviceCreateDate', device.createdAt],
    ['DeviceLastModifiedDate', device.lastModifiedAt],
    ['DeviceLastAuthenticatedDate', device.lastAuthenticatedAt],
  ] as const) {
    const seconds = wire[member]
    if (value === undefined) {
      // Not sent, or outside what a Date can hold.
      const representable = typeof seconds === 'number' && Number.isFinite(new Date(seconds * 1000).getTime())
      expect(representable).toBe(false)
    } else {
      expect(value).toBeInstanceOf(Date)
      expect(Number.isFinite(value.getTime())).toBe(true)
      expect(value.getTime()).toBe(new Date((seconds as number) * 1000).getTime())
    }
  }
}

describe('parseDevice over arbitrary wire shapes', () => {
  it('returns a faithful Device for what the model allows and MalformedResponseError for the rest, nothing else', () => {
    fc.assert(
      fc.property(wireDevice, (generated) => {
        const wire = throughJson(generated)
        const outcome = attempt(() => parseDevice(wire))
        if (acceptable(wire)) {
          expect(outcome.ok).toBe(true)
          if (outcome.ok) expectFaithfulDevice(outcome.value, wire as Record<string, unknown>)
        } else {
          expect(outcome.ok).toBe(false)
          if (!outcome.ok) expect(outcome.error).toBeInstanceOf(MalformedResponseError)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('handles values that never went through JSON the same way (NaN, Infinity, undefined members)', () => {
    fc.assert(
      fc.property(wireDevice, (wire) => {
        const outcome = attempt(() => parseDevice(wire))
        if (acceptable(wire)) {
          expect(outcome.ok).toBe(true)
          if (outcome.ok) expectFaithfulDevice(outcome.value, wire as Record<string, unknown>)
        } else {
          expect(outcome.ok).toBe(false)
          if (!outcome.ok) expect(outcome.error).toBeInstanceOf(MalformedResponseError)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('never throws anything but MalformedResponseError for any value at all', () => {
    // Not only JSON: null-prototype objects, boxed values, Maps, Dates, big ints, symbols as values.
    const anything = fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withBigInt: true, withTypedArray: true })
    fc.assert(
      fc.property(anything, (value) => {
        for (const parse of [() => parseDevice(value), () => parseGetDeviceResponse(value), () => parseListDevicesResponse(value)] as (() => unknown)[]) {
          const outcome = attempt(parse)
          if (!outcome.ok) expect(outcome.error).toBeInstanceOf(MalformedResponseError)
        }
      }),
      { numRuns: RUNS },
    )
  })
})

describe('parseListDevicesResponse over arbitrary wire shapes', () => {
  it('parses every device or rejects the whole answer, with no partial page', () => {
    fc.assert(
      fc.property(wireListResponse, (generated) => {
        const body = throughJson(generated)
        const outcome = attempt(() => parseListDevicesResponse(body))
        const record = isRecord(body) ? body : undefined
        // Cognito always sends the list: an answer without it is malformed
        const devices = record?.Devices
        const token = record?.PaginationToken
        const valid =
          record !== undefined &&
          Array.isArray(devices) &&
          devices.every(acceptable) &&
          (token === undefined || (typeof token === 'string' && token !== ''))
        expect(outcome.ok).toBe(valid)
        if (outcome.ok) {
          expect(Object.keys(outcome.value).sort()).toEqual(['devices', 'nextCursor'])
          expect(outcome.value.nextCursor).toBe(token)
          expect(outcome.value.devices).toHaveLength((devices as unknown[]).length)
          outcome.value.devices.forEach((device, index) => expectFaithfulDevice(device, (devices as Record<string, unknown>[])[index]!))
        } else {
          expect(outcome.error).toBeInstanceOf(MalformedResponseError)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('never lets `__proto__` / `constructor` members of a JSON body reach a prototype', () => {
    fc.assert(
      fc.property(prototypeKeyBody, (text) => {
        const page = parseListDevicesResponse(JSON.parse(text))
        expectNoPollution()
        const [device] = page.devices
        expect(Object.keys(device!).sort()).toEqual(DEVICE_MEMBERS)
        expect((device as unknown as Record<string, unknown>).polluted).toBeUndefined()
        for (const attribute of device!.attributes) {
          expect(Object.getPrototypeOf(attribute)).toBe(Object.prototype)
          expect((attribute as unknown as Record<string, unknown>).polluted).toBeUndefined()
        }
      }),
      { numRuns: 200 },
    )
  })
})
