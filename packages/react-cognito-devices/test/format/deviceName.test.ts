import { describe, expect, it } from 'vitest'
import { describeDeviceName, formatDeviceName } from '../../src/format/deviceName'

// The corpus test (deviceNameCorpus.test.tsx) covers what real clients write; these pin the rules.
const chromeClientHintsOnMac = 'macOS 14.2.1 arm macOS Not A(Brand/99.0.0.0;Google Chrome/121.0.6167.160;Chromium/121.0.6167.160'
const chromeClientHintsOnPixel = 'Android 14.0.0 Pixel 8 Android Not_A Brand/8.0.0.0;Chromium/120.0.6099.230;Google Chrome/120.0.6099.230'
const chromeOnMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const edgeOnWindows =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86'

describe('formatDeviceName', () => {
  it("names aws-amplify v6's Client Hints by browser and system", () => {
    expect(formatDeviceName({ name: chromeClientHintsOnMac })).toBe('Chrome 121 on macOS')
  })

  it('names the model a Client Hints name carries rather than only "Android"', () => {
    expect(formatDeviceName({ name: chromeClientHintsOnPixel })).toBe('Chrome 120 on Pixel 8')
  })

  it('names a user agent by browser and system', () => {
    expect(formatDeviceName({ name: chromeOnMac })).toBe('Chrome 131 on macOS')
    expect(formatDeviceName({ name: edgeOnWindows })).toBe('Microsoft Edge 131 on Windows')
  })

  it("shows a device's own name as it was written", () => {
    expect(formatDeviceName({ name: 'Alice’s iPhone' })).toBe('Alice’s iPhone')
    expect(formatDeviceName({ name: 'SM-S918B' })).toBe('SM-S918B')
  })

  it('shows an unrecognised name shortened to 64 characters, white space made one space', () => {
    expect(formatDeviceName({ name: ' Work \n laptop ' })).toBe('Work laptop')
    expect(formatDeviceName({ name: 'y'.repeat(65) })).toBe(`${'y'.repeat(63)}…`)
    expect(formatDeviceName({ name: 'y'.repeat(64) })).toBe('y'.repeat(64))
  })

  it('does not cut a character in two when shortening', () => {
    expect(formatDeviceName({ name: '📱'.repeat(70) })).toBe(`${'📱'.repeat(63)}…`)
  })

  it.each([
    ['empty', ''],
    ['whitespace', '   '],
    ['missing', undefined],
    ['only control characters', '\u0000\u0001\u202E'],
  ])('says "Unknown device" when there is nothing readable (%s)', (_, name) => {
    expect(formatDeviceName({ name })).toBe('Unknown device')
  })

  it('uses the given words to compose the name', () => {
    const german = { deviceName: ({ browser, os }: { browser?: string; os?: string }) => `${browser} unter ${os}`, unknownDevice: 'Unbekanntes Gerät' }
    expect(formatDeviceName({ name: chromeClientHintsOnMac }, german)).toBe('Chrome 121 unter macOS')
    expect(formatDeviceName({ name: '' }, german)).toBe('Unbekanntes Gerät')
  })
})

describe('describeDeviceName', () => {
  it('keeps only the major browser version', () => {
    expect(describeDeviceName(chromeOnMac)).toEqual({
      browser: 'Chrome',
      browserVersion: '131',
      os: 'macOS',
      deviceType: 'desktop',
      asWritten: undefined,
    })
  })

  it('gives a phone or tablet icon only when the name says so', () => {
    expect(describeDeviceName(chromeClientHintsOnPixel).deviceType).toBe('unknown')
    expect(describeDeviceName('Pixel 8').deviceType).toBe('unknown')
    expect(describeDeviceName('Pixel Tablet').deviceType).toBe('tablet')
    expect(describeDeviceName('Alice’s iPhone').deviceType).toBe('mobile')
  })

  it('reads no more than the 1024 characters ConfirmDevice takes', () => {
    // past 1024 characters a browser token is not read: the value is shown as written
    const padded = `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${'x'.repeat(1024)} Firefox/133.0`
    expect(describeDeviceName(padded)).toMatchObject({ browser: undefined, os: 'Windows' })
  })
})
