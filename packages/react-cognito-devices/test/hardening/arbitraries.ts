/**
 * fast-check arbitraries for hostile device data: what a client can put in a device name or an
 * attribute (Cognito stores whatever it was sent), and what a broken or hostile endpoint can answer.
 * Shared by the parser, component and Chromium layout properties.
 */
import fc from 'fast-check'
import type { Device, DeviceAttribute } from '../../src/model/device'

/** Cognito's limits on a device attribute. */
export const MAX_ATTRIBUTE_NAME = 32
export const MAX_ATTRIBUTE_VALUE = 2048

/** Pieces that have broken UIs before: markup, script text, bidi controls, emoji, prototype keys. */
export const HOSTILE_FRAGMENTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '"><b>bold</b>',
  "'; DROP TABLE devices; --",
  '{{constructor.constructor("alert(1)")()}}',
  '&lt;script&gt;',
  '&amp;',
  '\u202E', // RIGHT-TO-LEFT OVERRIDE
  '\u202D', // LEFT-TO-RIGHT OVERRIDE
  '\u2066', // LEFT-TO-RIGHT ISOLATE
  '\u2067',
  '\u2068',
  '\u2069', // POP DIRECTIONAL ISOLATE
  '\u200F', // RIGHT-TO-LEFT MARK (allowed, but must not reorder the UI: values sit in <bdi>)
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\u007F',
  '\u0085',
  '\t',
  '\n',
  '\r\n',
  '\uFEFF',
  '\u200B',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇩🇪',
  '\uD83D', // a lone surrogate
  'مرحبا',
  'שלום',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Evil\u202E/1.0 x',
  'x'.repeat(300),
  'W'.repeat(64),
] as const

/** Any text: hostile fragments mixed with arbitrary full-Unicode and raw-code-unit strings. */
function hostileText(maxLength: number): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'\u0000\u0001\u001F\u007F\u0080\u009F\u202A\u202B\u202C\u202D\u202E\u2066\u2069'), maxLength: 6 }) },
  )
  return fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('').slice(0, maxLength))
}

/** Up to 32 characters, at least one: an attribute name. Prototype keys and known names included. */
export const attributeName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('device_name', 'device_status', 'last_ip_used', 'dev:device_remembered_status', 'dev:device_arn', '__proto__', 'constructor', 'prototype'),
  hostileText(MAX_ATTRIBUTE_NAME).filter((name) => name.length >= 1),
)

/** Up to 2048 characters, sometimes exactly at the limit. */
export const attributeValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: hostileText(MAX_ATTRIBUTE_VALUE) },
  { weight: 1, arbitrary: fc.constantFrom('remembered', 'not_remembered', 'valid', '203.0.113.7', '2001:db8:85a3::8a2e:370:7334') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.constantFrom('W', 'ب', '😀', '\u202E', 'x '))
      .map(([fragment, filler]) => (fragment + filler.repeat(MAX_ATTRIBUTE_VALUE)).slice(0, MAX_ATTRIBUTE_VALUE)),
  },
)

export const deviceAttribute: fc.Arbitrary<DeviceAttribute> = fc.record({ name: attributeName, value: attributeValue })

/** Keys Cognito's pattern allows (`[\w-]+_[0-9a-f-]+`, 1–55 characters). */
export const deviceKey: fc.Arbitrary<string> = fc
  .tuple(
    fc.stringMatching(/^[\w-]{1,20}$/),
    fc.string({ unit: fc.constantFrom(...'0123456789abcdef-'), minLength: 1, maxLength: 34 }),
  )
  .map(([region, id]) => `${region}_${id}`)

/** Epoch seconds as the wire carries them, including the edges of what a Date can hold. */
export const wireSeconds: fc.Arbitrary<number> = fc.oneof(
  fc.double({ min: 0, max: 4e9, noNaN: true }),
  fc.constantFrom(0, -0, -1, 1, 8.64e12, 8.64e12 + 1, -8.64e12, -8.64e12 - 1, 1e20, -1e20, Number.MAX_VALUE, Number.MIN_VALUE, 1.682955829578e9),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
)

/** Any Date the parser can produce, plus ones it cannot (invalid) that a host might pass. */
export const anyDate: fc.Arbitrary<Date | undefined> = fc.oneof(
  fc.constant(undefined),
  wireSeconds.map((seconds) => new Date(seconds * 1000)),
  fc.constant(new Date(Number.NaN)),
  fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') }),
)

/** A Device as a host could hand it to the presentational components. */
export const arbitraryDevice: fc.Arbitrary<Device> = fc
  .record({
    key: deviceKey,
    name: fc.option(fc.oneof(attributeValue, fc.constantFrom(...HOSTILE_FRAGMENTS)), { nil: undefined }),
    attributes: fc.array(deviceAttribute, { maxLength: 8 }),
    remembered: fc.option(fc.boolean(), { nil: undefined }),
    lastIpUsed: fc.option(attributeValue, { nil: undefined }),
    createdAt: anyDate,
    lastModifiedAt: anyDate,
    lastAuthenticatedAt: anyDate,
  })
  .map((device) => ({
    ...device,
    // The name normally is the device_name attribute too; keep both places hostile.
    attributes: device.name === undefined ? device.attributes : [{ name: 'device_name', value: device.name }, ...device.attributes],
  }))

/** Devices with distinct keys, as one ListDevices answer carries them. */
export const arbitraryDeviceList: fc.Arbitrary<Device[]> = fc.uniqueArray(arbitraryDevice, {
  selector: (device) => device.key,
  maxLength: 6,
})

// ---- Wire shapes --------------------------------------------------------------------------------

/** Something of the wrong type for any member. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, '', '1700000000', 0, [], {}, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.jsonValue({ maxDepth: 2 }),
)

/** `{Name, Value}` as the wire may carry it: right, or with a member missing or of the wrong type. */
const wireAttribute: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ Name: attributeName, Value: attributeValue }) },
  { weight: 1, arbitrary: fc.record({ Name: attributeName }) },
  { weight: 1, arbitrary: fc.record({ Name: wrongType, Value: fc.oneof(attributeValue, wrongType) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: wrongType },
)

/** A wire `DeviceType`: every member optional, each right or wrong. */
export const wireDevice: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        DeviceKey: fc.oneof({ weight: 5, arbitrary: deviceKey }, { weight: 1, arbitrary: hostileText(60) }, { weight: 1, arbitrary: wrongType }),
        DeviceAttributes: fc.oneof({ weight: 5, arbitrary: fc.array(wireAttribute, { maxLength: 6 }) }, { weight: 1, arbitrary: wrongType }),
        DeviceCreateDate: fc.oneof({ weight: 4, arbitrary: wireSeconds }, { weight: 1, arbitrary: wrongType }),
        DeviceLastModifiedDate: fc.oneof({ weight: 4, arbitrary: wireSeconds }, { weight: 1, arbitrary: wrongType }),
        DeviceLastAuthenticatedDate: fc.oneof({ weight: 4, arbitrary: wireSeconds }, { weight: 1, arbitrary: wrongType }),
        // Members Cognito never sends: the parser must ignore them, not copy them.
        AccessToken: fc.constant('eyJraWQiOiJ.not-a-token.x'),
        polluted: fc.constant(true),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: wrongType },
)

/** ListDevices' `{Devices, PaginationToken?}`, right or wrong. */
export const wireListResponse: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        Devices: fc.oneof({ weight: 5, arbitrary: fc.array(wireDevice, { maxLength: 5 }) }, { weight: 1, arbitrary: wrongType }),
        PaginationToken: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), wrongType),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: wrongType },
)

/**
 * The same value as it reaches the parser: through JSON (so `__proto__` can arrive as an own key
 * the way `JSON.parse` creates it). `undefined` members vanish, NaN and Infinity become null.
 */
export function throughJson(value: unknown): unknown {
  const text = JSON.stringify(value)
  return text === undefined ? undefined : (JSON.parse(text) as unknown)
}

/** A JSON text that puts `__proto__` and `constructor` keys where a naive parser would merge them. */
export const prototypeKeyBody: fc.Arbitrary<string> = fc
  .tuple(deviceKey, fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.constantFrom('__proto__', 'constructor'))
  .map(
    ([key, attributeName, member]) =>
      `{"Devices":[{"DeviceKey":"${key}","${member}":{"polluted":true,"toString":1},` +
      `"DeviceAttributes":[{"Name":"${attributeName}","Value":"{\\"polluted\\":true}"},{"Name":"x","Value":"y","__proto__":{"polluted":true}}]}],` +
      `"__proto__":{"polluted":true}}`,
  )
