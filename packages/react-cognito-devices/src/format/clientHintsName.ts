import { deviceTypeFromWords, type DeviceNameParts } from './deviceNameParts'

// aws-amplify v6 names a device in a Chromium browser by its User-Agent Client Hints, joined as
// `platform platformVersion architecture model platform brand/version;brand/version;...` with the
// empty ones left out: `macOS 14.2.1 arm macOS Not A(Brand/99.0.0.0;Google Chrome/121.0.6167.160;Chromium/121.0.6167.160`.
const PLATFORM = /^(macOS|Windows|Linux|Android|Chrom(?:e|ium) OS) /
// Every Chromium browser lists "Chromium"; the first of these found names the browser. The GREASE
// brand ("Not A(Brand", "Not)A;Brand", ...) is never one of them.
const BRANDS: readonly (readonly [brand: RegExp, shown: string])[] = [
  [/[ ;]Microsoft Edge\/(\d+)/, 'Microsoft Edge'],
  [/[ ;]Opera GX\/(\d+)/, 'Opera GX'],
  [/[ ;]Opera\/(\d+)/, 'Opera'],
  [/[ ;]Brave\/(\d+)/, 'Brave'],
  [/[ ;]Samsung Internet\/(\d+)/, 'Samsung Internet'],
  [/[ ;]Android WebView\/(\d+)/, 'Android WebView'],
  [/[ ;]Google Chrome\/(\d+)/, 'Chrome'],
  [/[ ;]Chromium\/(\d+)/, 'Chromium'],
]
// Only Android has a model, and no architecture: `Android 14.0.0 Pixel 8 Android ...`.
const ANDROID_MODEL = /^Android \S+ (.+?) Android \S/

/** What an aws-amplify v6 Client Hints name says, or undefined when `name` is not one. */
export function readClientHints(name: string): DeviceNameParts | undefined {
  const platform = PLATFORM.exec(name)?.[1]
  if (!platform || !/[ ;]Chromium\/\d/.test(name)) return undefined
  let browser: string | undefined
  let version: string | undefined
  for (const [brand, shown] of BRANDS) {
    version = brand.exec(name)?.[1]
    if (version) {
      browser = shown
      break
    }
  }
  if (platform !== 'Android') {
    return { browser, version, os: platform.startsWith('Chrom') ? 'ChromeOS' : platform, deviceType: 'desktop' }
  }
  // The hints do not say phone or tablet; a model may ("Pixel Tablet").
  const model = ANDROID_MODEL.exec(name)?.[1]
  return { browser, version, os: model ?? platform, deviceType: model ? deviceTypeFromWords(model) : 'unknown' }
}
