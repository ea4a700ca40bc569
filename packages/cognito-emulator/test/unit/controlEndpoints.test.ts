import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulatorServer, type EmulatorServer } from '../../src/node.ts'

const SEED = {
  userPool: { id: 'us-east-1_Reset' },
  clients: [{ id: 'resetclient' }],
  users: [{ username: 'ann', password: 'Ann-Passw0rd!', devices: [{ key: 'us-east-1_00000000-0000-4000-8000-00000000000a' }] }],
}

let server: EmulatorServer

beforeAll(async () => {
  server = await startEmulatorServer({ port: 0, seed: SEED })
})

afterAll(async () => {
  await server.close()
})

async function api(operation: string, input: unknown) {
  const response = await fetch(`${server.url}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(input),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const reset = (body?: string) => fetch(`${server.url}/_emulator/reset`, { method: 'POST', ...(body === undefined ? {} : { body }) })

const signIn = () => api('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'resetclient', AuthParameters: { USERNAME: 'ann', PASSWORD: 'Ann-Passw0rd!' } })

async function listedKeys(accessToken: string) {
  const { body } = await api('ListDevices', { AccessToken: accessToken })
  return ((body.Devices ?? []) as { DeviceKey: string }[]).map((device) => device.DeviceKey)
}

describe('POST /_emulator/reset', () => {
  it("puts the pool back as the seed had it, between test runs and without a restart: a run's devices and tokens are gone", async () => {
    const { body } = await signIn()
    const tokens = body.AuthenticationResult as { AccessToken: string; NewDeviceMetadata: { DeviceKey: string } }
    await api('ConfirmDevice', { AccessToken: tokens.AccessToken, DeviceKey: tokens.NewDeviceMetadata.DeviceKey, DeviceName: 'from this run' })
    server.emulator.faults.set('GetUser', { error: { name: 'InternalErrorException' } })
    expect(await listedKeys(tokens.AccessToken)).toContain(tokens.NewDeviceMetadata.DeviceKey)

    const answer = await reset()
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({ userPoolId: 'us-east-1_Reset', clientId: 'resetclient' })
    expect(server.emulator.devices('ann').map((device) => device.key)).toEqual(['us-east-1_00000000-0000-4000-8000-00000000000a'])
    // The run's user was re-created from the seed: its old token names a user that is gone.
    expect((await api('ListDevices', { AccessToken: tokens.AccessToken })).body).toMatchObject({ __type: 'UserNotFoundException' })
    const fresh = (await signIn()).body.AuthenticationResult as { AccessToken: string }
    expect((await api('GetUser', { AccessToken: fresh.AccessToken })).status).toBe(200)
  })

  it('loads a seed sent in the body, which later resets return to; an invalid one is refused naming the bad field', async () => {
    const other = { ...SEED, users: [{ username: 'bob', password: 'Bob-Passw0rd!' }] }
    expect((await reset(JSON.stringify(other))).status).toBe(200)
    expect(() => server.emulator.devices('ann')).toThrow('No user ann')
    await reset()
    expect(server.emulator.devices('bob')).toEqual([])

    const refused = await reset(JSON.stringify({ users: [{ username: 'eve' }] }))
    expect(refused.status).toBe(400)
    expect(await refused.json()).toEqual({ message: expect.stringContaining('users[0].password') })
    const notJson = await reset('{"users": [')
    expect(notJson.status).toBe(400)
    expect(server.emulator.devices('bob')).toEqual([])
  })

  it("a seed of another pool: tokens name that pool as issuer, and its discovery document says so, so a host's JWT check passes", async () => {
    expect((await reset(JSON.stringify({ ...SEED, userPool: { id: 'eu-west-1_Other' } }))).status).toBe(200)
    const { AccessToken } = (await signIn()).body.AuthenticationResult as { AccessToken: string }
    const claims = JSON.parse(Buffer.from(AccessToken.split('.')[1]!, 'base64url').toString()) as { iss: string }
    expect(claims.iss).toBe(`${server.url}/eu-west-1_Other`)
    const discovery = await fetch(`${server.url}/eu-west-1_Other/.well-known/openid-configuration`)
    expect(await discovery.json()).toMatchObject({ issuer: `${server.url}/eu-west-1_Other` })
    await reset(JSON.stringify(SEED))
  })
})

describe('POST /_emulator/faults', () => {
  beforeEach(async () => {
    await reset(JSON.stringify(SEED))
  })

  const faults = (body: unknown) => fetch(`${server.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify(body) })

  it('sets faults by operation name from any language, and clears them all with {}', async () => {
    const { AccessToken } = (await signIn()).body.AuthenticationResult as { AccessToken: string }
    expect((await faults({ ListDevices: { error: { name: 'TooManyRequestsException' } } })).status).toBe(200)
    expect((await api('ListDevices', { AccessToken })).body).toEqual({ __type: 'TooManyRequestsException', message: 'Rate exceeded' })
    expect((await api('GetUser', { AccessToken })).status).toBe(200)

    expect((await faults({})).status).toBe(200)
    expect((await api('ListDevices', { AccessToken })).status).toBe(200)
  })

  it('refuses an operation it does not serve, or a fault it does not know, and sets nothing', async () => {
    const unknownOperation = await faults({ ListUsers: { error: { name: 'InternalErrorException' } } })
    expect(unknownOperation.status).toBe(400)
    expect(await unknownOperation.json()).toEqual({ message: 'ListUsers is not an operation the emulator serves' })
    expect((await faults({ ListDevices: { explode: true } })).status).toBe(400)
    const { AccessToken } = (await signIn()).body.AuthenticationResult as { AccessToken: string }
    expect((await api('ListDevices', { AccessToken })).status).toBe(200)
  })
})
