// @vitest-environment jsdom
import { fetchAuthSession, fetchDevices, forgetDevice, rememberDevice, signIn, signOut } from 'aws-amplify/auth'
import { describe, expect, it } from 'vitest'
import { amplifyOnEmulator } from '../support/amplifyOnEmulator.ts'

const USER_POOL_ID = 'us-east-1_Example'
const CLIENT_ID = 'amplifyclient'
const USERNAME = 'amy@example.com'
const PASSWORD = 'Amy-Passw0rd!'


const server = amplifyOnEmulator({
  userPool: { id: USER_POOL_ID, deviceTracking: { deviceOnlyRememberedOnUserPrompt: true } },
  client: { id: CLIENT_ID },
  users: [{ username: USERNAME, password: PASSWORD, attributes: { email: USERNAME } }],
})


async function currentDeviceKey() {
  const { tokens } = await fetchAuthSession()
  return tokens?.accessToken.payload.device_key
}

describe('aws-amplify 6 against the running server (jsdom)', () => {
  it('signs in, confirms a device, remembers, refreshes, reuses the device on the next sign-in, and forgets it', async () => {
    const result = await signIn({ username: USERNAME, password: PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } })
    expect(result.isSignedIn).toBe(true)
    expect(server().emulator.calls('ConfirmDevice')).toBe(1)

    const [device] = server().emulator.devices(USERNAME)
    expect(device).toMatchObject({ confirmed: true, remembered: false, name: navigator.userAgent, lastIpUsed: '127.0.0.1' })
    const deviceKey = await currentDeviceKey()
    expect(deviceKey).toBe(device?.key)
    expect(localStorage.getItem(`CognitoIdentityServiceProvider.${CLIENT_ID}.${USERNAME}.deviceKey`)).toBe(deviceKey)

    // The pool waits for the user's prompt, and user-side ListDevices hides not-remembered devices.
    expect(await fetchDevices()).toEqual([])
    await rememberDevice()
    expect(server().emulator.devices(USERNAME)[0]?.remembered).toBe(true)
    const devices = await fetchDevices()
    expect(devices.map((listed) => listed.id)).toEqual([deviceKey])
    expect(devices[0]?.name).toBe(navigator.userAgent)

    const before = (await fetchAuthSession()).tokens?.accessToken.payload.jti
    const refreshed = await fetchAuthSession({ forceRefresh: true })
    expect(refreshed.tokens?.accessToken.payload.jti).not.toBe(before)
    expect(refreshed.tokens?.accessToken.payload.device_key).toBe(deviceKey)
    expect(server().emulator.calls('GetTokensFromRefreshToken')).toBe(1)

    await signOut()
    expect(server().emulator.calls('RevokeToken')).toBe(1)
    await signIn({ username: USERNAME, password: PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } })
    expect(await currentDeviceKey()).toBe(deviceKey)
    expect(server().emulator.calls('ConfirmDevice')).toBe(1)
    expect(server().emulator.devices(USERNAME)).toHaveLength(1)

    await forgetDevice()
    expect(server().emulator.devices(USERNAME)).toEqual([])
    expect(localStorage.getItem(`CognitoIdentityServiceProvider.${CLIENT_ID}.${USERNAME}.deviceKey`)).toBeNull()
    expect(await fetchDevices()).toEqual([])
    await signOut()
  })

  it('reports Cognito exception names as AuthError names', async () => {
    const wrong = signIn({ username: USERNAME, password: 'nope', options: { authFlowType: 'USER_PASSWORD_AUTH' } })
    await expect(wrong).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' })
  })

  it('starts over with a new device when the stored one was forgotten elsewhere', async () => {
    await signIn({ username: USERNAME, password: PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } })
    const first = await currentDeviceKey()
    await signOut()
    const admin = await server().emulator.signIn(USERNAME, { deviceKey: first as string })
    await fetch(`${server().url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.ForgetDevice' },
      body: JSON.stringify({ AccessToken: admin.accessToken, DeviceKey: first }),
    })
    await signIn({ username: USERNAME, password: PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } })
    const second = await currentDeviceKey()
    expect(second).toBeTruthy()
    expect(second).not.toBe(first)
    await signOut()
  })
})
