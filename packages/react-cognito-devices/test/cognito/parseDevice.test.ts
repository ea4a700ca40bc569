import { describe, expect, it } from 'vitest'
import { MalformedResponseError } from '../../src/model/errors'
import { parseDevice, parseGetDeviceResponse, parseListDevicesResponse } from '../../src/cognito/parseDevice'

const key = 'us-east-1_a1b2c3d4-5678-90ab-cdef-a1b2c3d4e5f6'

describe('parseDevice', () => {
  it('turns the wire DeviceType into a Device with Dates and named attributes', () => {
    const device = parseDevice({
      DeviceKey: key,
      DeviceAttributes: [
        { Name: 'device_status', Value: 'valid' },
        { Name: 'device_name', Value: 'Mozilla/5.0 (Macintosh)' },
        { Name: 'last_ip_used', Value: '2001:db8::1' },
        { Name: 'dev:device_remembered_status', Value: 'not_remembered' },
      ],
      DeviceCreateDate: 1.682955829578e9,
      DeviceLastModifiedDate: 1700000000,
      DeviceLastAuthenticatedDate: 1700000100.5,
    })
    expect(device).toEqual({
      key,
      name: 'Mozilla/5.0 (Macintosh)',
      attributes: [
        { name: 'device_status', value: 'valid' },
        { name: 'device_name', value: 'Mozilla/5.0 (Macintosh)' },
        { name: 'last_ip_used', value: '2001:db8::1' },
        { name: 'dev:device_remembered_status', value: 'not_remembered' },
      ],
      remembered: false,
      lastIpUsed: '2001:db8::1',
      createdAt: new Date(1682955829578),
      lastModifiedAt: new Date(1700000000000),
      lastAuthenticatedAt: new Date(1700000100500),
    })
  })

  it('leaves what Cognito did not send undefined', () => {
    const device = parseDevice({ DeviceKey: key, DeviceAttributes: [{ Name: 'last_ip_used', Value: '10.0.0.1' }] })
    expect(device).toMatchObject({ name: undefined, remembered: undefined, createdAt: undefined, lastAuthenticatedAt: undefined })
  })

  it('reads an out-of-range timestamp as unknown rather than a wrong date', () => {
    expect(parseDevice({ DeviceKey: key, DeviceCreateDate: 1e20 }).createdAt).toBeUndefined()
  })

  it('keeps an attribute named like an object property as plain data', () => {
    const device = parseDevice({ DeviceKey: key, DeviceAttributes: [{ Name: '__proto__', Value: 'x' }] })
    expect(device.attributes).toEqual([{ name: '__proto__', value: 'x' }])
  })

  it.each([
    ['no object', 'junk'],
    ['no key', { DeviceAttributes: [] }],
    ['an invalid key', { DeviceKey: 'not a key' }],
    ['attributes that are not a list', { DeviceKey: key, DeviceAttributes: {} }],
    ['an attribute without a name', { DeviceKey: key, DeviceAttributes: [{ Value: 'x' }] }],
    ['an attribute value that is not text', { DeviceKey: key, DeviceAttributes: [{ Name: 'a', Value: 1 }] }],
    ['a date that is text', { DeviceKey: key, DeviceCreateDate: '2024-01-01' }],
  ])('rejects a device with %s', (_what, wire) => {
    expect(() => parseDevice(wire)).toThrow(MalformedResponseError)
  })
})

describe('responses', () => {
  it('reads a ListDevices page and its cursor', () => {
    const page = parseListDevicesResponse({ Devices: [{ DeviceKey: key }], PaginationToken: 'next' })
    expect(page.devices.map((device) => device.key)).toEqual([key])
    expect(page.nextCursor).toBe('next')
  })

  it('reads the last ListDevices page without a cursor', () => {
    expect(parseListDevicesResponse({ Devices: [] })).toEqual({ devices: [], nextCursor: undefined })
  })

  it('rejects a list that is not a list or is missing, and an empty cursor', () => {
    expect(() => parseListDevicesResponse({ Devices: 'x' })).toThrow(MalformedResponseError)
    expect(() => parseListDevicesResponse({})).toThrow(MalformedResponseError)
    expect(() => parseListDevicesResponse({ Devices: [], PaginationToken: '' })).toThrow(MalformedResponseError)
  })

  it('rejects GetDevice without a Device', () => {
    expect(() => parseGetDeviceResponse({})).toThrow(MalformedResponseError)
  })
})
