import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession, type ICognitoStorage } from 'amazon-cognito-identity-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulatorServer, type EmulatorServer } from '../../src/node.ts'

/**
 * amazon-cognito-identity-js 6 (AWS's own JavaScript SDK, unmodified) against the emulator's HTTP
 * server: two devices of one user, as two browsers with their own storage.
 */
const POOL_ID = 'us-east-1_TwoDevices'
const CLIENT_ID = 'twodevicesclient0000000001'
const USERNAME = 'ann'
const PASSWORD = 'Ann-Passw0rd!'

/** One browser's localStorage. */
class BrowserStorage implements ICognitoStorage {
  private readonly items = new Map<string, string>()
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  clear() {
    this.items.clear()
  }
}

let server: EmulatorServer

beforeAll(async () => {
  server = await startEmulatorServer({
    port: 0,
    seed: { userPool: { id: POOL_ID }, clients: [{ id: CLIENT_ID }], users: [{ username: USERNAME, password: PASSWORD }] },
  })
})

afterAll(async () => {
  await server.close()
})

/** A browser: its own storage, its own pool object, the emulator as the endpoint. */
function browser() {
  const storage = new BrowserStorage()
  const pool = new CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID, endpoint: `${server.url}/`, Storage: storage })
  return { storage, pool }
}

type Browser = ReturnType<typeof browser>

/** The SDK's full sign-in (USER_SRP_AUTH, device challenges, ConfirmDevice) on a fresh page of `device`. */
function signIn(device: Browser): Promise<{ user: CognitoUser; session: CognitoUserSession }> {
  const user = new CognitoUser({ Username: USERNAME, Pool: device.pool, Storage: device.storage })
  return new Promise((resolve, reject) => {
    user.authenticateUser(new AuthenticationDetails({ Username: USERNAME, Password: PASSWORD }), {
      onSuccess: (session) => resolve({ user, session }),
      onFailure: reject,
    })
  })
}

/** The device key the SDK keeps for this browser (what it sends at the next sign-in). */
const storedDeviceKey = (device: Browser) => device.storage.getItem(`CognitoIdentityServiceProvider.${CLIENT_ID}.${USERNAME}.deviceKey`)

function listDeviceKeys(user: CognitoUser): Promise<string[]> {
  return new Promise((resolve, reject) => {
    user.listDevices(60, null, {
      onSuccess: (data: { Devices: { DeviceKey: string }[] }) => resolve(data.Devices.map((device) => device.DeviceKey)),
      onFailure: reject,
    })
  })
}

describe('amazon-cognito-identity-js: a device forgotten from another device', () => {
  // Three full SRP sign-ins in the SDK's pure-JavaScript big-number code: more than the default 5 s.
  it('cannot refresh, then signs in again with the full sign-in and gets a new device key', { timeout: 60_000 }, async () => {
    const a = browser()
    const b = browser()
    const onA = await signIn(a)
    const onB = await signIn(b)
    const bKey = storedDeviceKey(b)!
    expect(await listDeviceKeys(onA.user)).toEqual([storedDeviceKey(a), bKey])

    await new Promise((resolve, reject) => onA.user.forgetSpecificDevice(bKey, { onSuccess: resolve, onFailure: reject }))

    const refresh = await new Promise<unknown>((resolve) => onB.user.refreshSession(onB.session.getRefreshToken(), (error) => resolve(error)))
    expect(refresh).toMatchObject({ code: 'NotAuthorizedException', message: 'Invalid Refresh Token.' })
    // The SDK keeps B's device key after a failed refresh: the next sign-in sends it.
    expect(storedDeviceKey(b)).toBe(bKey)

    // PASSWORD_VERIFIER with the stale key -> "Device does not exist." -> the SDK's retry with DEVICE_KEY null.
    const again = await signIn(b)
    const newKey = storedDeviceKey(b)
    expect(newKey).toMatch(/^us-east-1_[0-9a-f-]+$/)
    expect(newKey).not.toBe(bKey)
    expect(again.session.getAccessToken().decodePayload().device_key).toBe(newKey)
    expect(await listDeviceKeys(onA.user)).toEqual([storedDeviceKey(a), newKey])
  })
})
