import { CognitoIdentityProviderClient, GetDeviceCommand, ListDevicesCommand } from '@aws-sdk/client-cognito-identity-provider'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCognitoEmulator, DEMO_USERS } from '../../src/index.ts'
import { cognitoHandlers } from '../../src/msw.ts'

const ENDPOINT = 'https://cognito.test/'
const emulator = createCognitoEmulator()
const mockServer = setupServer(...cognitoHandlers(emulator, { endpoint: ENDPOINT, sourceIp: '198.51.100.42' }))

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }))
afterAll(() => mockServer.close())

describe('cognitoHandlers (MSW)', () => {
  it('routes SDK calls to the emulator and records the given source IP', async () => {
    const { accessToken, deviceKey } = await emulator.signIn(DEMO_USERS.demo)
    const sdk = new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint: ENDPOINT, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } })
    const { Devices } = await sdk.send(new ListDevicesCommand({ AccessToken: accessToken, Limit: 60 }))
    expect(Devices?.length).toBeGreaterThan(1)
    const before = emulator.calls('GetDevice')
    await sdk.send(new GetDeviceCommand({ AccessToken: accessToken, DeviceKey: deviceKey }))
    expect(emulator.calls('GetDevice')).toBe(before + 1)
    const login = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
      body: JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: emulator.clientId, AuthParameters: { USERNAME: DEMO_USERS.demo, PASSWORD: 'Demo-Passw0rd!' } }),
    })
    const newDevice = (await login.json()).AuthenticationResult.NewDeviceMetadata.DeviceKey
    expect(emulator.devices(DEMO_USERS.demo).find((device) => device.key === newDevice)?.lastIpUsed).toBe('198.51.100.42')
  })

  it('answers the preflight and serves the JWKS under the endpoint', async () => {
    const preflight = await fetch(ENDPOINT, { method: 'OPTIONS', headers: { 'access-control-request-headers': 'x-amz-target' } })
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-amz-target')
    const jwks = await fetch(`${ENDPOINT}${emulator.userPoolId}/.well-known/jwks.json`)
    expect((await jwks.json()).keys).toEqual((await emulator.jwks()).keys)
  })
})
