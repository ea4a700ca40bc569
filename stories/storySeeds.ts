import { DEFAULT_CLIENT_ID, DEMO_PASSWORD, DEMO_USERS, defaultSeed, generateDevices, type EmulatorSeed } from '../src/emulator'

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
