import type { DeviceType } from '../src'

/** What each kind of Cognito client writes as `device_name`, and what the card shows for it. */
export const clientKinds: readonly { client: string; name: string | undefined; shown: string; icon: DeviceType }[] = [
  {
    client: 'aws-amplify v6, Chrome on macOS (Client Hints)',
    name: 'macOS 14.2.1 arm macOS Not A(Brand/99.0.0.0;Google Chrome/121.0.6167.160;Chromium/121.0.6167.160',
    shown: 'Chrome 121 on macOS',
    icon: 'desktop',
  },
  {
    client: 'aws-amplify v6, Edge on Windows (Client Hints)',
    name: 'Windows 15.0.0 x86 Windows Microsoft Edge/131.0.2903.112;Chromium/131.0.6778.140;Not_A Brand/24.0.0.0',
    shown: 'Microsoft Edge 131 on Windows',
    icon: 'desktop',
  },
  {
    client: 'aws-amplify v6, Samsung Internet on a Galaxy (Client Hints with a model)',
    name: 'Android 13.0.0 SM-S918B Android Not/A)Brand/99.0.0.0;Samsung Internet/23.0.0.47;Chromium/115.0.5790.168',
    shown: 'Samsung Internet 23 on SM-S918B',
    icon: 'unknown',
  },
  {
    client: 'aws-amplify v6 or amazon-cognito-identity-js, Safari on iPhone (user agent)',
    name: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    shown: 'Safari 17 on iOS',
    icon: 'mobile',
  },
  {
    client: 'aws-amplify v6 or amazon-cognito-identity-js, Firefox on Linux (user agent)',
    name: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    shown: 'Firefox 128 on Linux',
    icon: 'desktop',
  },
  {
    client: "An app's web view (Instagram on Android)",
    name: 'Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230901.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Instagram 309.1.0.41.113 Android',
    shown: 'Instagram 309 on Android',
    icon: 'mobile',
  },
  {
    client: 'Electron',
    name: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.113 Electron/7.1.2 Safari/537.36',
    shown: 'Electron 7 on macOS',
    icon: 'desktop',
  },
  { client: 'aws-sdk-ios (UIDevice name as the user gave it)', name: 'Alice’s iPhone', shown: 'Alice’s iPhone', icon: 'mobile' },
  { client: 'amplify-swift on iOS 16+ (generic UIDevice name)', name: 'iPad', shown: 'iPad', icon: 'tablet' },
  { client: 'amplify-android or aws-sdk-android (Build.MODEL)', name: 'Pixel 8', shown: 'Pixel 8', icon: 'unknown' },
  { client: 'amazon-cognito-identity-js on React Native', name: 'react-native', shown: 'react-native', icon: 'unknown' },
  { client: 'amplify-flutter (no name)', name: undefined, shown: 'Unknown device', icon: 'unknown' },
]
