import type { Device } from '../../src/model/device'

export const now = new Date('2026-03-15T12:00:00Z')
export const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000)

export const chromeOnMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
export const safariOnIphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'

/** A device as parsed from the wire, with anything overridable. */
export function makeDevice(overrides: Partial<Device> = {}): Device {
  const name = 'name' in overrides ? overrides.name : chromeOnMac
  return {
    key: 'us-east-1_a1b2c3d4-5678-90ab-cdef-a1b2c3d4e5f6',
    name,
    attributes: [
      ...(name === undefined ? [] : [{ name: 'device_name', value: name }]),
      { name: 'last_ip_used', value: '203.0.113.7' },
      { name: 'dev:device_remembered_status', value: 'remembered' },
    ],
    remembered: true,
    lastIpUsed: '203.0.113.7',
    createdAt: daysAgo(30),
    lastModifiedAt: daysAgo(3),
    lastAuthenticatedAt: daysAgo(1),
    ...overrides,
  }
}
