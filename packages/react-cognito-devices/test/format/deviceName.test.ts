import { describe, expect, it } from 'vitest'
import { describeUserAgent, formatDeviceName } from '../../src/format/deviceName'

const userAgents = {
  chromeOnMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  safariOnIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  safariOnIpad:
    'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  firefoxOnWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  edgeOnWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
  chromeOnAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.135 Mobile Safari/537.36',
}

describe('formatDeviceName', () => {
  it('names Chrome on macOS', () => {
    expect(formatDeviceName({ name: userAgents.chromeOnMac })).toBe('Chrome 131 on macOS')
  })

  it('names Safari on iPhone', () => {
    expect(formatDeviceName({ name: userAgents.safariOnIphone })).toBe('Safari 17 on iOS')
  })

  it('names Firefox on Windows', () => {
    expect(formatDeviceName({ name: userAgents.firefoxOnWindows })).toBe('Firefox 133 on Windows')
  })

  it('names Edge rather than the Chrome it is built on', () => {
    expect(formatDeviceName({ name: userAgents.edgeOnWindows })).toBe('Microsoft Edge 131 on Windows')
  })

  it('names Chrome on Android', () => {
    expect(formatDeviceName({ name: userAgents.chromeOnAndroid })).toBe('Chrome 131 on Android')
  })

  it.each([
    ['garbage', 'not a user agent at all'],
    ['empty', ''],
    ['whitespace', '   '],
    ['missing', undefined],
    ['control characters', '\u0000\u202E<script>alert(1)</script>'],
    ['2048 characters', 'x'.repeat(2048)],
  ])('falls back to "Unknown device" for %s input without throwing', (_, name) => {
    expect(formatDeviceName({ name })).toBe('Unknown device')
  })

  it('uses the given words to compose the name', () => {
    const german = { deviceName: ({ browser, os }: { browser?: string; os?: string }) => `${browser} unter ${os}`, unknownDevice: 'Unbekanntes Gerät' }
    expect(formatDeviceName({ name: userAgents.chromeOnMac }, german)).toBe('Chrome 131 unter macOS')
    expect(formatDeviceName({ name: 'garbage' }, german)).toBe('Unbekanntes Gerät')
  })
})

describe('describeUserAgent', () => {
  it('tells desktop, mobile and tablet apart', () => {
    expect(describeUserAgent(userAgents.chromeOnMac).deviceType).toBe('desktop')
    expect(describeUserAgent(userAgents.safariOnIphone).deviceType).toBe('mobile')
    expect(describeUserAgent(userAgents.chromeOnAndroid).deviceType).toBe('mobile')
    expect(describeUserAgent(userAgents.safariOnIpad).deviceType).toBe('tablet')
  })

  it('keeps only the major browser version', () => {
    expect(describeUserAgent(userAgents.chromeOnAndroid)).toEqual({
      browser: 'Chrome',
      browserVersion: '131',
      os: 'Android',
      deviceType: 'mobile',
    })
  })

  it('describes nothing for an unrecognised string', () => {
    expect(describeUserAgent('garbage')).toEqual({ browser: undefined, browserVersion: undefined, os: undefined, deviceType: 'unknown' })
  })
})
