import {
  CognitoIdentityProviderClient,
  ConfirmDeviceCommand,
  ForgetDeviceCommand,
  GetDeviceCommand,
  InitiateAuthCommand,
  InvalidParameterException,
  ListDevicesCommand,
  NotAuthorizedException,
  ResourceNotFoundException,
  TooManyRequestsException,
  UpdateDeviceStatusCommand,
  type DeviceType,
} from '@aws-sdk/client-cognito-identity-provider'
import { createRemoteJWKSet, jwtVerify } from 'jose'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { generateDevices, startEmulatorServer, type EmulatorServer } from '../../src/node.ts'

const CLIENT_ID = 'sdkclient'
const DEVICES = generateDevices(130, { newest: new Date('2026-02-01T10:00:00.250Z') })

let server: EmulatorServer
let sdk: CognitoIdentityProviderClient

beforeAll(async () => {
  server = await startEmulatorServer({
    port: 0,
    seed: {
      userPool: { id: 'us-east-1_SdkPool' },
      clients: [{ id: CLIENT_ID }],
      users: [
        { username: 'sam', password: 'pw-sam', devices: DEVICES },
        { username: 'tess', password: 'pw-tess' },
      ],
    },
  })
  sdk = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
    maxAttempts: 1,
  })
})

afterAll(async () => {
  sdk.destroy()
  await server.close()
})

beforeEach(() => {
  server.emulator.faults.clear()
})

async function signIn(username: string, password: string) {
  const { AuthenticationResult } = await sdk.send(
    new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: CLIENT_ID, AuthParameters: { USERNAME: username, PASSWORD: password } }),
  )
  return AuthenticationResult!
}

function attribute(device: DeviceType | undefined, name: string) {
  return device?.DeviceAttributes?.find((entry) => entry.Name === name)?.Value
}

describe('@aws-sdk/client-cognito-identity-provider against the running server', () => {
  it('signs in, confirms, reads, updates and forgets a device', async () => {
    const result = await signIn('tess', 'pw-tess')
    const AccessToken = result.AccessToken!
    const DeviceKey = result.NewDeviceMetadata!.DeviceKey!
    expect(result.NewDeviceMetadata?.DeviceGroupKey).toBeTruthy()

    const confirmed = await sdk.send(
      new ConfirmDeviceCommand({ AccessToken, DeviceKey, DeviceName: 'SDK test', DeviceSecretVerifierConfig: { PasswordVerifier: 'dg==', Salt: 'cw==' } }),
    )
    expect(confirmed.UserConfirmationNecessary).toBe(false)

    const { Device } = await sdk.send(new GetDeviceCommand({ AccessToken, DeviceKey }))
    expect(Device?.DeviceKey).toBe(DeviceKey)
    expect(attribute(Device, 'device_name')).toBe('SDK test')
    expect(attribute(Device, 'last_ip_used')).toBe('127.0.0.1')
    expect(Device?.DeviceCreateDate).toBeInstanceOf(Date)

    // A not_remembered device does not exist for the user-side GetDevice (FACTS.md#user-side-answers-list-only-remembered-devices).
    await sdk.send(new UpdateDeviceStatusCommand({ AccessToken, DeviceKey, DeviceRememberedStatus: 'not_remembered' }))
    await expect(sdk.send(new GetDeviceCommand({ AccessToken, DeviceKey }))).rejects.toBeInstanceOf(ResourceNotFoundException)
    await sdk.send(new UpdateDeviceStatusCommand({ AccessToken, DeviceKey, DeviceRememberedStatus: 'remembered' }))
    expect((await sdk.send(new GetDeviceCommand({ AccessToken, DeviceKey }))).Device?.DeviceKey).toBe(DeviceKey)

    await sdk.send(new ForgetDeviceCommand({ AccessToken, DeviceKey }))
    await expect(sdk.send(new GetDeviceCommand({ AccessToken, DeviceKey }))).rejects.toBeInstanceOf(ResourceNotFoundException)
  })

  it('issues tokens that verify against the served JWKS', async () => {
    const { AccessToken } = await signIn('tess', 'pw-tess')
    const jwks = createRemoteJWKSet(new URL(`${server.url}/us-east-1_SdkPool/.well-known/jwks.json`))
    const { payload } = await jwtVerify(AccessToken!, jwks, { issuer: `${server.url}/us-east-1_SdkPool` })
    expect(payload.token_use).toBe('access')
  })

  it('pages through 130 devices with Limit 60 in exactly three pages, no duplicate, no gap, seeded dates', async () => {
    const { AccessToken } = await signIn('sam', 'pw-sam')
    const pages: DeviceType[][] = []
    let PaginationToken: string | undefined
    do {
      const page = await sdk.send(new ListDevicesCommand({ AccessToken, Limit: 60, PaginationToken }))
      pages.push(page.Devices ?? [])
      PaginationToken = page.PaginationToken
    } while (PaginationToken && pages.length < 10)
    expect(pages.map((page) => page.length)).toEqual([60, 60, 10])
    const listed = pages.flat()
    expect(listed.map((device) => device.DeviceKey)).toEqual(DEVICES.map((device) => device.key))
    listed.forEach((device, index) => {
      // Cognito answers DeviceLastAuthenticatedDate in whole seconds (amplify-js PR #12171's capture).
      const lastAuthenticated = Date.parse(DEVICES[index]!.lastAuthenticatedAt as string)
      expect(device.DeviceLastAuthenticatedDate).toEqual(new Date(Math.floor(lastAuthenticated / 1000) * 1000))
      expect(device.DeviceCreateDate).toEqual(new Date(DEVICES[index]!.createdAt as string))
    })
  })

  it('raises each error as the SDK exception class, with Cognito message', async () => {
    const wrongPassword = sdk.send(
      new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: CLIENT_ID, AuthParameters: { USERNAME: 'sam', PASSWORD: 'nope' } }),
    )
    await expect(wrongPassword).rejects.toBeInstanceOf(NotAuthorizedException)
    await expect(wrongPassword).rejects.toThrow('Incorrect username or password.')

    const { AccessToken } = await signIn('sam', 'pw-sam')
    const badKey = sdk.send(new GetDeviceCommand({ AccessToken, DeviceKey: 'not-a-key' }))
    await expect(badKey).rejects.toBeInstanceOf(InvalidParameterException)
    await expect(badKey).rejects.toThrow(/deviceKey/)

    const unknown = sdk.send(new GetDeviceCommand({ AccessToken, DeviceKey: 'us-east-1_0abc' }))
    await expect(unknown).rejects.toBeInstanceOf(ResourceNotFoundException)

    server.emulator.faults.set('ListDevices', { error: { name: 'TooManyRequestsException' } })
    const throttled = sdk.send(new ListDevicesCommand({ AccessToken }))
    await expect(throttled).rejects.toBeInstanceOf(TooManyRequestsException)
    await throttled.catch((error: TooManyRequestsException) => {
      expect(error.$metadata.httpStatusCode).toBe(400)
      expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/)
    })

    server.emulator.clock.advance(3_600_000)
    await expect(sdk.send(new GetDeviceCommand({ AccessToken, DeviceKey: DEVICES[0]!.key! }))).rejects.toThrow('Access Token has expired')
    server.emulator.clock.advance(-3_600_000)
  })
})
