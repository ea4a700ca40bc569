import type { Device, DeviceAttribute } from '../src'

/** Presentational stories measure relative dates from this moment, so they read the same every day. */
export const storyNow = new Date('2026-03-15T12:00:00Z')

const DAY_MS = 86_400_000
export const daysAgo = (days: number) => new Date(storyNow.getTime() - days * DAY_MS)

export const chromeOnWindows =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
export const safariOnIphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
export const firefoxOnLinux = 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0'

/** A device as the kit parses it from Cognito, with anything overridable. */
export function sampleDevice(overrides: Partial<Device> & { key?: string } = {}): Device {
  const name = 'name' in overrides ? overrides.name : chromeOnWindows
  const remembered = 'remembered' in overrides ? overrides.remembered : true
  const attributes: DeviceAttribute[] = [
    ...(name === undefined ? [] : [{ name: 'device_name', value: name }]),
    { name: 'last_ip_used', value: '203.0.113.7' },
    ...(remembered === undefined ? [] : [{ name: 'dev:device_remembered_status', value: remembered ? 'remembered' : 'not_remembered' }]),
    { name: 'device_status', value: 'valid' },
  ]
  return {
    key: 'us-east-1_a1b2c3d4-5678-40ab-8def-a1b2c3d4e5f6',
    lastIpUsed: '203.0.113.7',
    createdAt: daysAgo(120),
    lastModifiedAt: daysAgo(3),
    lastAuthenticatedAt: daysAgo(1),
    attributes,
    ...overrides,
    name,
    remembered,
  }
}

/** 2048 characters: the longest attribute value Cognito stores. */
export const longValue = `${'A very long device attribute value that keeps going '.repeat(40)}`.slice(0, 2048).padEnd(2048, '.')

/** Untrusted attribute text that must stay text: markup, bidi override, emoji, control characters. */
export const hostileAttributes: readonly DeviceAttribute[] = [
  { name: 'device_name', value: '<script>alert("pwned")</script><img src=x onerror=alert(1)>' },
  // U+202E RIGHT-TO-LEFT OVERRIDE: would make "exe.txt" read as "txt.exe" if rendered raw.
  { name: 'custom:label', value: 'invoice\u202Etxt.exe' },
  { name: 'custom:emoji', value: '👩🏽‍💻 laptop 🏳️‍🌈 with ZWJ sequences 🇩🇪' },
  { name: 'custom:arabic', value: 'جهاز العمل المحمول' },
  { name: 'custom:control', value: 'line one\nline two\ttabbed\u0000nul\u0007bell' },
  { name: 'custom:long', value: longValue },
]

/** Six devices in Cognito's order: mixed platforms, one not remembered, one a year old. */
export const sampleDevices: readonly Device[] = [
  sampleDevice({ key: 'us-east-1_00000000-0000-4000-8000-000000000001', lastAuthenticatedAt: daysAgo(0.1) }),
  sampleDevice({ key: 'us-east-1_00000000-0000-4000-8000-000000000002', name: safariOnIphone, lastAuthenticatedAt: daysAgo(3) }),
  sampleDevice({ key: 'us-east-1_00000000-0000-4000-8000-000000000003', name: firefoxOnLinux, lastAuthenticatedAt: daysAgo(10) }),
  sampleDevice({ key: 'us-east-1_00000000-0000-4000-8000-000000000004', remembered: false, lastAuthenticatedAt: daysAgo(20) }),
  sampleDevice({ key: 'us-east-1_00000000-0000-4000-8000-000000000005', name: undefined, remembered: undefined, lastAuthenticatedAt: daysAgo(365) }),
  sampleDevice({
    key: 'us-east-1_00000000-0000-4000-8000-000000000006',
    name: safariOnIphone,
    createdAt: undefined,
    lastModifiedAt: undefined,
    lastAuthenticatedAt: undefined,
  }),
]
