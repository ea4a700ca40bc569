// @vitest-environment jsdom
/**
 * aws-amplify 6's DEFAULT sign-in (USER_SRP_AUTH, no authFlowType) against the running emulator:
 * PASSWORD_VERIFIER, ConfirmDevice, then DEVICE_SRP_AUTH + DEVICE_PASSWORD_VERIFIER at every later
 * sign-in from the remembered device. No custom client code: only Amplify's public API, plus
 * direct edits of its storage to play a tampered or a forgotten device. The tests run in order
 * and share Amplify's storage, as one browser would.
 */
import { fetchAuthSession, rememberDevice, signIn, signOut } from 'aws-amplify/auth'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { amplifyOnEmulator } from '../support/amplifyOnEmulator.ts'

// Client-side SRP (Amplify's BigInteger) costs hundreds of ms per step; under a loaded CI machine a
// multi-sign-in test passes the 5 s default.
vi.setConfig({ testTimeout: 30_000 })

const USER_POOL_ID = 'us-east-1_SrpDemo'
const CLIENT_ID = 'srpclient'
const USERNAME = 'sam@example.com'
const PASSWORD = 'Sam-Passw0rd!'
const storageKey = (name: string) => `CognitoIdentityServiceProvider.${CLIENT_ID}.${USERNAME}.${name}`


const server = amplifyOnEmulator({
  userPool: { id: USER_POOL_ID },
  client: { id: CLIENT_ID },
  users: [{ username: USERNAME, password: PASSWORD, attributes: { email: USERNAME } }],
})


beforeEach(() => {
  server().emulator.resetCalls()
})

/** The sign-in calls the emulator answered, e.g. `RespondToAuthChallenge DEVICE_SRP_AUTH 200`. */
function signInSteps(): string[] {
  return server().emulator
    .requests()
    .filter((entry) => ['InitiateAuth', 'RespondToAuthChallenge', 'ConfirmDevice'].includes(entry.operation))
    .map((entry) => [entry.operation, entry.step, entry.errorName ?? entry.status].filter((part) => part !== undefined).join(' '))
}

async function currentDeviceKey() {
  const { tokens } = await fetchAuthSession()
  return tokens?.accessToken.payload.device_key as string | undefined
}

async function call(operation: string, body: Record<string, unknown>) {
  const response = await fetch(`${server().url}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  })
  expect(response.status).toBe(200)
}

const devices = () => server().emulator.devices(USERNAME)

describe('aws-amplify 6 default sign-in (USER_SRP_AUTH) against the running emulator (jsdom)', () => {
  let deviceKey: string

  it('signs in with SRP and confirms a new, remembered device', async () => {
    const result = await signIn({ username: USERNAME, password: PASSWORD })
    expect(result).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } })
    expect(signInSteps()).toEqual(['InitiateAuth USER_SRP_AUTH 200', 'RespondToAuthChallenge PASSWORD_VERIFIER 200', 'ConfirmDevice 200'])
    expect(devices()).toMatchObject([{ confirmed: true, remembered: true, name: navigator.userAgent }])
    deviceKey = devices()[0]!.key
    expect(await currentDeviceKey()).toBe(deviceKey)
    expect(localStorage.getItem(storageKey('deviceKey'))).toBe(deviceKey)
    expect(localStorage.getItem(storageKey('randomPasswordKey'))).toBeTruthy()
    await signOut()
  })

  it('answers DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER at the next sign-in, on the same device', async () => {
    const before = devices()[0]!.lastAuthenticatedAt
    await new Promise((resolve) => setTimeout(resolve, 5))
    await signIn({ username: USERNAME, password: PASSWORD })
    expect(signInSteps()).toEqual([
      'InitiateAuth USER_SRP_AUTH 200',
      'RespondToAuthChallenge PASSWORD_VERIFIER 200',
      'RespondToAuthChallenge DEVICE_SRP_AUTH 200',
      'RespondToAuthChallenge DEVICE_PASSWORD_VERIFIER 200',
    ])
    expect(await currentDeviceKey()).toBe(deviceKey)
    expect(devices()).toHaveLength(1)
    expect(devices()[0]!.lastAuthenticatedAt.getTime()).toBeGreaterThan(before.getTime())
    await signOut()
  })

  it('refuses a wrong password with NotAuthorizedException', async () => {
    await expect(signIn({ username: USERNAME, password: 'Sam-Passw0rd?' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    })
    expect(signInSteps()).toEqual(['InitiateAuth USER_SRP_AUTH 200', 'RespondToAuthChallenge PASSWORD_VERIFIER NotAuthorizedException'])
  })

  it('refuses a tampered device secret with NotAuthorizedException at DEVICE_PASSWORD_VERIFIER', async () => {
    const randomPassword = localStorage.getItem(storageKey('randomPasswordKey'))!
    localStorage.setItem(storageKey('randomPasswordKey'), `${randomPassword}tampered`)
    try {
      await expect(signIn({ username: USERNAME, password: PASSWORD })).rejects.toMatchObject({ name: 'NotAuthorizedException' })
      expect(signInSteps()).toEqual([
        'InitiateAuth USER_SRP_AUTH 200',
        'RespondToAuthChallenge PASSWORD_VERIFIER 200',
        'RespondToAuthChallenge DEVICE_SRP_AUTH 200',
        'RespondToAuthChallenge DEVICE_PASSWORD_VERIFIER NotAuthorizedException',
      ])
      expect((await fetchAuthSession()).tokens).toBeUndefined()
    } finally {
      localStorage.setItem(storageKey('randomPasswordKey'), randomPassword)
    }
    await signIn({ username: USERNAME, password: PASSWORD })
    expect(await currentDeviceKey()).toBe(deviceKey)
    await signOut()
  })

  it('answers the device challenges after USER_PASSWORD_AUTH too (DEVICE_KEY in InitiateAuth)', async () => {
    await signIn({ username: USERNAME, password: PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } })
    expect(signInSteps()).toEqual([
      'InitiateAuth USER_PASSWORD_AUTH 200',
      'RespondToAuthChallenge DEVICE_SRP_AUTH 200',
      'RespondToAuthChallenge DEVICE_PASSWORD_VERIFIER 200',
    ])
    expect(await currentDeviceKey()).toBe(deviceKey)
    expect(devices()).toHaveLength(1)
  })

  it('signs a not-remembered device in without device challenges, keeping the same device', async () => {
    const { tokens } = await fetchAuthSession()
    await call('UpdateDeviceStatus', { AccessToken: tokens!.accessToken.toString(), DeviceKey: deviceKey, DeviceRememberedStatus: 'not_remembered' })
    await signOut()
    server().emulator.resetCalls()
    await signIn({ username: USERNAME, password: PASSWORD })
    // Amplify still sends its DEVICE_KEY; the device is not challenged, no new device is made.
    expect(signInSteps()).toEqual(['InitiateAuth USER_SRP_AUTH 200', 'RespondToAuthChallenge PASSWORD_VERIFIER 200'])
    expect(await currentDeviceKey()).toBe(deviceKey)
    expect(devices()).toMatchObject([{ key: deviceKey, remembered: false }])
    await rememberDevice()
    expect(devices()[0]!.remembered).toBe(true)
    await signOut()
  })

  it('goes on with a new device when the stored one was forgotten elsewhere (Amplify clears it and answers again)', async () => {
    const admin = await server().emulator.signIn(USERNAME, { deviceKey })
    await call('ForgetDevice', { AccessToken: admin.accessToken, DeviceKey: deviceKey })
    expect(devices()).toEqual([])
    server().emulator.resetCalls()

    await signIn({ username: USERNAME, password: PASSWORD })
    expect(signInSteps()).toEqual([
      'InitiateAuth USER_SRP_AUTH 200',
      'RespondToAuthChallenge PASSWORD_VERIFIER ResourceNotFoundException',
      'RespondToAuthChallenge PASSWORD_VERIFIER 200',
      'ConfirmDevice 200',
    ])
    const newKey = await currentDeviceKey()
    expect(newKey).toBeTruthy()
    expect(newKey).not.toBe(deviceKey)
    expect(devices().map((device) => device.key)).toEqual([newKey])
    expect(localStorage.getItem(storageKey('deviceKey'))).toBe(newKey)
    await signOut()

    server().emulator.resetCalls()
    await signIn({ username: USERNAME, password: PASSWORD })
    expect(signInSteps()).toContain('RespondToAuthChallenge DEVICE_PASSWORD_VERIFIER 200')
    expect(await currentDeviceKey()).toBe(newKey)
    await signOut()
  })
})
