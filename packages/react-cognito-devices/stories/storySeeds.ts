import { DEFAULT_CLIENT_ID, DEMO_PASSWORD, DEMO_USERS, defaultSeed, generateDevices, type EmulatorSeed } from 'cognito-emulator'

/** The default seed's demo user (six devices, one not remembered) and the rest of its users. */
export { DEMO_USERS }

const pool = { id: 'us-east-1_Stories', name: 'Stories' } as const
const clients = [{ id: DEFAULT_CLIENT_ID, name: 'storybook' }]

export const ONE_DEVICE_USER = 'one-device@example.com'

/** A user with exactly one device: the one this browser signed in with. */
export const oneDeviceSeed: EmulatorSeed = {
  userPool: pool,
  clients,
  users: [{ username: ONE_DEVICE_USER, password: DEMO_PASSWORD, devices: generateDevices(1) }],
}

export const NO_DEVICES_USER = 'no-devices@example.com'

/** A pool that does not track devices: the user has none, and this browser is not one either. */
export const noDevicesSeed: EmulatorSeed = {
  userPool: { ...pool, deviceTracking: false },
  clients,
  users: [{ username: NO_DEVICES_USER, password: DEMO_PASSWORD, devices: [] }],
}

/** The default seed, as the emulator starts without one (for stories that say so explicitly). */
export const demoSeed = (): EmulatorSeed => defaultSeed()

/** Past the access token's lifetime (one hour): every call answers NotAuthorizedException "Access Token has expired". */
export const EXPIRED = 3_600_000 + 60_000

/** Keys of the demo user's devices in the default seed. */
export const DEMO_DEVICE_KEYS = {
  /** Chrome on Windows: the device the stories sign in with. */
  chromeOnWindows: 'us-east-1_1f0e3d2c-4b5a-4968-8776-a5b4c3d2e101',
  /** Safari on an iPhone. */
  safariOnIphone: 'us-east-1_2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c02',
  /** Edge on macOS, not remembered (ListDevices leaves it out; GetDevice finds it). */
  edgeNotRemembered: 'us-east-1_4c3d5e6f-7081-4c9d-aebf-2a3b4c5d6e04',
} as const
