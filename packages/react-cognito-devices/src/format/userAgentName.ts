import type { DeviceNameParts, DeviceType } from './deviceNameParts'

/**
 * A browser's `navigator.userAgent`: what amazon-cognito-identity-js writes, and what aws-amplify v6
 * writes where Client Hints are missing (Firefox, Safari, a page not served over HTTPS). The first
 * match names the browser: the app or browser built on an engine before the engine.
 */
const BROWSERS: readonly (readonly [pattern: RegExp, shown: string])[] = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Microsoft Edge'],
  [/\bOP(?:R|iOS|T)\/(\d+)|^Opera\/.*Version\/(\d+)/, 'Opera'],
  [/\bSamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/\bYaBrowser\/(\d+)/, 'Yandex Browser'],
  [/\bVivaldi\/(\d+)/, 'Vivaldi'],
  [/\bUCBrowser\/(\d+)/, 'UC Browser'],
  [/\bMicroMessenger\/(\d+)/, 'WeChat'],
  [/\bFBA[NV]\/(?:.*?\bFBAV\/)?(\d+)?/, 'Facebook'],
  [/\bInstagram (\d+)/, 'Instagram'],
  [/\bGSA\/(\d+)/, 'Google app'],
  [/\bDdg\/(\d+)/, 'DuckDuckGo'],
  [/\bElectron\/(\d+)/, 'Electron'],
  [/\bMiuiBrowser\/(\d+)/, 'MIUI Browser'],
  [/\bQQBrowser\/(\d+)/, 'QQ Browser'],
  [/\bWhale\/(\d+)/, 'Whale'],
  [/\bSilk\/(\d+)/, 'Amazon Silk'],
  [/\b(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
  [/\bCriOS\/(\d+)/, 'Chrome'],
  [/\bChromium\/(\d+)/, 'Chromium'],
  [/; wv\).*\bChrome\/(\d+)/, 'Android WebView'],
  [/\bChrome\/(\d+)/, 'Chrome'],
  [/\bMSIE (\d+)|\bTrident\/.*\brv:(\d+)/, 'Internet Explorer'],
  [/Android.*\bVersion\/(\d+)/, 'Android Browser'],
  [/\bVersion\/(\d+).*\bSafari\//, 'Safari'],
]
const SYSTEMS: readonly (readonly [pattern: RegExp, shown: string])[] = [
  [/Windows Phone/, 'Windows Phone'],
  [/Windows NT/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Android/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/Linux|X11/, 'Linux'],
]

/** What a user agent says, or undefined when `name` is not one. */
export function readUserAgent(name: string): DeviceNameParts | undefined {
  if (!/^(?:Mozilla|Opera)\//.test(name)) return undefined
  let browser: string | undefined
  let version: string | undefined
  for (const [pattern, shown] of BROWSERS) {
    const match = pattern.exec(name)
    if (match) {
      browser = shown
      version = match[1] ?? match[2]
      break
    }
  }
  const os = SYSTEMS.find(([pattern]) => pattern.test(name))?.[1]
  if (!browser && !os) return undefined
  return { browser, version, os, deviceType: deviceTypeOf(name, os) }
}

/**
 * A tablet says iPad or Tablet (Silk is the browser of Amazon's Fire tablets); a phone says Mobile
 * (or Mobi), iPhone or iPod; an Android user agent without "Mobile" is a tablet (Chrome's convention).
 */
function deviceTypeOf(userAgent: string, os: string | undefined): DeviceType {
  if (/iPad|Tablet|\bSilk\//.test(userAgent)) return 'tablet'
  if (/Mobi|iPhone|iPod/.test(userAgent)) return 'mobile'
  if (os === 'Android') return 'tablet'
  return os === 'Windows' || os === 'macOS' || os === 'Linux' || os === 'ChromeOS' ? 'desktop' : 'unknown'
}
