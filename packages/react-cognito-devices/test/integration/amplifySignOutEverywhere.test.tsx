import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth'
import { afterEach, describe, expect, it } from 'vitest'
import { amplifyDeviceApi } from '../../src/amplify'
import { generateDevices } from 'cognito-emulator'
import { callEmulator } from '../../../cognito-emulator/test/support/callEmulator'
import { amplifyOnEmulator } from '../../../cognito-emulator/test/support/amplifyOnEmulator'

// Real aws-amplify v6 against the running emulator: what "sign out everywhere" leaves in Amplify.
const USER_POOL_ID = 'us-east-1_Example'
const CLIENT_ID = 'kitclient'
const USERNAME = 'kit@example.com'
const PASSWORD = 'Kit-Passw0rd!'

const api = amplifyDeviceApi()
const events: string[] = []
api.subscribe?.((event) => events.push(event))

const server = amplifyOnEmulator({
  userPool: { id: USER_POOL_ID },
  client: { id: CLIENT_ID },
  users: [{ username: USERNAME, password: PASSWORD, devices: generateDevices(2, { keyOffset: 0x900 }) }],
})
afterEach(async () => {
  server().emulator.faults.clear()
  await signOut()
})

/** Signs in and returns the tokens Amplify now holds (read before anything can clear them). */
async function signInWithAmplify() {
  await signIn({ username: USERNAME, password: PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } })
  const accessToken = (await fetchAuthSession()).tokens?.accessToken.toString()
  const refreshKey = Object.keys(localStorage).find((key) => key.startsWith(`CognitoIdentityServiceProvider.${CLIENT_ID}.`) && key.endsWith('.refreshToken'))
  const refreshToken = refreshKey ? localStorage.getItem(refreshKey) : null
  const deviceKey = (await fetchAuthSession()).tokens?.accessToken.payload.device_key
  if (!accessToken || !refreshToken) throw new Error('Amplify holds no tokens after signing in')
  server().emulator.resetCalls()
  events.length = 0
  return { accessToken, refreshToken, deviceKey }
}

const revokedAnswer = { body: { __type: 'NotAuthorizedException', message: 'Access Token has been revoked' } }

describe('amplifyDeviceApi().signOutEverywhere with aws-amplify', () => {
  it('sends GlobalSignOut, then Amplify clears its tokens and its Hub reports the sign-out', async () => {
    const tokens = await signInWithAmplify()

    await api.signOutEverywhere?.()

    expect(server().emulator.calls('GlobalSignOut')).toBe(1)
    expect((await fetchAuthSession()).tokens).toBeUndefined()
    expect(events).toEqual(['signed-out'])
    await expect(callEmulator(server().emulator, 'ListDevices', { AccessToken: tokens.accessToken })).resolves.toMatchObject(revokedAnswer)
    const refreshed = await callEmulator(server().emulator, 'GetTokensFromRefreshToken', {
      ClientId: CLIENT_ID,
      RefreshToken: tokens.refreshToken,
      DeviceKey: tokens.deviceKey,
    })
    expect(refreshed.body).toMatchObject({ __type: 'NotAuthorizedException' })
  })

  it('rejects with the typed error and keeps this session when GlobalSignOut fails', async () => {
    await signInWithAmplify()
    server().emulator.faults.set('GlobalSignOut', { error: { name: 'InternalErrorException' } })

    await expect(api.signOutEverywhere?.()).rejects.toMatchObject({ name: 'InternalErrorException' })

    expect((await fetchAuthSession()).tokens?.accessToken).toBeDefined()
    expect(events).toEqual([])
    await expect(api.listDevices()).resolves.toMatchObject({ devices: expect.any(Array) })
  })

  it('is why the adapter does not use signOut({ global: true }) alone: Amplify swallows that failure', async () => {
    const tokens = await signInWithAmplify()
    server().emulator.faults.set('GlobalSignOut', { error: { name: 'InternalErrorException' } })

    await signOut({ global: true }) // resolves although Cognito refused, and clears the local tokens

    expect(server().emulator.calls('GlobalSignOut')).toBeGreaterThanOrEqual(1)
    expect((await fetchAuthSession()).tokens).toBeUndefined()
    server().emulator.faults.clear()
    // ... while the session was never revoked: its access token still works everywhere.
    await expect(callEmulator(server().emulator, 'ListDevices', { AccessToken: tokens.accessToken })).resolves.toMatchObject({ status: 200 })
  })
})
