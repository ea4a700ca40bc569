import { describe, expect, it } from 'vitest'
import { createCognitoEmulator, generateDevices, type EmulatorSeed } from '../../src/index.ts'
import { callEmulator, passwordSignIn } from '../support/callEmulator.ts'

const seed = (deviceOnlyRememberedOnUserPrompt = false): EmulatorSeed => ({
  userPool: { id: 'us-east-1_Pool1', deviceTracking: { deviceOnlyRememberedOnUserPrompt } },
  clients: [{ id: 'client1' }],
  users: [
    { username: 'ann', password: 'pw-ann' },
    {
      username: 'bob',
      password: 'pw-bob',
      devices: [{ key: 'us-east-1_b0b', name: 'Bob phone', createdAt: '2025-01-02T03:04:05.678Z', lastAuthenticatedAt: '2025-06-01T00:00:00Z' }],
    },
  ],
})

const VERIFIER = { PasswordVerifier: 'dmVyaWZpZXI=', Salt: 'c2FsdA==' }

describe('ConfirmDevice', () => {
  it('remembers the device at once when the pool always remembers', async () => {
    const emulator = createCognitoEmulator({ seed: seed(false) })
    const signedIn = await passwordSignIn(emulator, 'ann', 'pw-ann')
    const DeviceKey = signedIn.NewDeviceMetadata!.DeviceKey
    const answer = await callEmulator(
      emulator,
      'ConfirmDevice',
      { AccessToken: signedIn.AccessToken, DeviceKey, DeviceName: 'Firefox on Linux', DeviceSecretVerifierConfig: VERIFIER },
      '192.0.2.1',
    )
    expect(answer.body).toEqual({ UserConfirmationNecessary: false })
    const [device] = emulator.devices('ann')
    expect(device).toMatchObject({ key: DeviceKey, name: 'Firefox on Linux', remembered: true, confirmed: true, lastIpUsed: '192.0.2.1' })
  })

  it('leaves the device not remembered until the user says so when the pool prompts', async () => {
    const emulator = createCognitoEmulator({ seed: seed(true) })
    const signedIn = await passwordSignIn(emulator, 'ann', 'pw-ann')
    const DeviceKey = signedIn.NewDeviceMetadata!.DeviceKey
    const answer = await callEmulator(emulator, 'ConfirmDevice', { AccessToken: signedIn.AccessToken, DeviceKey, DeviceSecretVerifierConfig: VERIFIER })
    expect(answer.body).toEqual({ UserConfirmationNecessary: true })
    expect(emulator.devices('ann')[0]?.remembered).toBe(false)
    const updated = await callEmulator(emulator, 'UpdateDeviceStatus', { AccessToken: signedIn.AccessToken, DeviceKey, DeviceRememberedStatus: 'remembered' })
    expect(updated.text).toBe('{}')
    expect(emulator.devices('ann')[0]?.remembered).toBe(true)
  })
})

describe('GetDevice', () => {
  it('answers the DeviceType with Cognito attributes and epoch-second dates', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const { accessToken } = await emulator.signIn('bob', { deviceKey: 'us-east-1_b0b' })
    const answer = await callEmulator(emulator, 'GetDevice', { AccessToken: accessToken, DeviceKey: 'us-east-1_b0b' })
    const device = answer.body?.Device as Record<string, unknown>
    expect(device.DeviceKey).toBe('us-east-1_b0b')
    expect(device.DeviceCreateDate).toBe(1735787045.678)
    expect(device.DeviceLastAuthenticatedDate).toBeGreaterThan(1748736000)
    const attributes = Object.fromEntries((device.DeviceAttributes as { Name: string; Value: string }[]).map((a) => [a.Name, a.Value]))
    // User-side answers carry only these three; the dev:* attributes are the Admin view's.
    expect(attributes).toEqual({ device_status: 'valid', device_name: 'Bob phone', last_ip_used: '127.0.0.1' })
  })

  it('answers exactly the seeded attributes when a seed lists them', async () => {
    const emulator = createCognitoEmulator({
      seed: { users: [{ username: 'ann', password: 'pw', devices: [{ key: 'us-east-1_a', attributes: [{ Name: 'device_status', Value: 'valid' }] }] }] },
    })
    const { accessToken } = await emulator.signIn('ann', { deviceKey: 'us-east-1_a' })
    const answer = await callEmulator(emulator, 'GetDevice', { AccessToken: accessToken, DeviceKey: 'us-east-1_a' })
    expect((answer.body?.Device as Record<string, unknown>).DeviceAttributes).toEqual([{ Name: 'device_status', Value: 'valid' }])
  })

  it("hides another user's device and an unknown one behind \"Device does not exist.\"", async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const { accessToken } = await emulator.signIn('ann')
    for (const DeviceKey of ['us-east-1_b0b', 'us-east-1_0000']) {
      const answer = await callEmulator(emulator, 'GetDevice', { AccessToken: accessToken, DeviceKey })
      expect(answer.body).toEqual({ __type: 'ResourceNotFoundException', message: 'Device does not exist.' })
    }
  })
})

describe('ListDevices', () => {
  async function pageThrough(emulator: ReturnType<typeof createCognitoEmulator>, accessToken: string, Limit?: number) {
    const pages: string[][] = []
    let PaginationToken: string | undefined
    do {
      const answer = await callEmulator(emulator, 'ListDevices', { AccessToken: accessToken, Limit, PaginationToken })
      expect(answer.status).toBe(200)
      pages.push((answer.body?.Devices as { DeviceKey: string }[]).map((device) => device.DeviceKey))
      PaginationToken = answer.body?.PaginationToken as string | undefined
    } while (PaginationToken)
    return pages
  }

  it('pages 130 devices by 60 in three pages, in a stable order, with no token on the last', async () => {
    const emulator = createCognitoEmulator({ seed: { users: [{ username: 'ann', password: 'pw', devices: generateDevices(130) }] } })
    const { accessToken } = await emulator.signIn('ann', { deviceKey: 'us-east-1_00000000-0000-4000-8000-000000000001' })
    const pages = await pageThrough(emulator, accessToken, 60)
    expect(pages.map((page) => page.length)).toEqual([60, 60, 10])
    expect(pages.flat()).toEqual(generateDevices(130).map((device) => device.key))
    expect(await pageThrough(emulator, accessToken, 60)).toEqual(pages)
  })

  it('treats an absent Limit and Limit 0 as 60', async () => {
    const emulator = createCognitoEmulator({ seed: { users: [{ username: 'ann', password: 'pw', devices: generateDevices(61) }] } })
    const { accessToken } = await emulator.signIn('ann', { deviceKey: 'us-east-1_00000000-0000-4000-8000-000000000001' })
    expect((await pageThrough(emulator, accessToken)).map((page) => page.length)).toEqual([60, 1])
    expect((await pageThrough(emulator, accessToken, 0)).map((page) => page.length)).toEqual([60, 1])
  })

  it('neither repeats nor skips a device when one is forgotten between pages', async () => {
    const emulator = createCognitoEmulator({ seed: { users: [{ username: 'ann', password: 'pw', devices: generateDevices(5) }] } })
    const { accessToken } = await emulator.signIn('ann', { deviceKey: 'us-east-1_00000000-0000-4000-8000-000000000005' })
    const first = await callEmulator(emulator, 'ListDevices', { AccessToken: accessToken, Limit: 2 })
    const firstKeys = (first.body?.Devices as { DeviceKey: string }[]).map((device) => device.DeviceKey)
    await callEmulator(emulator, 'ForgetDevice', { AccessToken: accessToken, DeviceKey: firstKeys[0] })
    const rest = await callEmulator(emulator, 'ListDevices', { AccessToken: accessToken, Limit: 60, PaginationToken: first.body?.PaginationToken })
    expect((rest.body?.Devices as { DeviceKey: string }[]).map((device) => device.DeviceKey)).toEqual(generateDevices(5).slice(2).map((device) => device.key))
    expect(rest.body?.PaginationToken).toBeUndefined()
  })

  it("refuses another user's or a made-up pagination token", async () => {
    const emulator = createCognitoEmulator({ seed: { users: [{ username: 'ann', password: 'pw', devices: generateDevices(3) }, { username: 'bob', password: 'pw', devices: generateDevices(3, { keyOffset: 10 }) }] } })
    const ann = await emulator.signIn('ann', { deviceKey: 'us-east-1_00000000-0000-4000-8000-000000000001' })
    const bob = await emulator.signIn('bob', { deviceKey: 'us-east-1_00000000-0000-4000-8000-00000000000b' })
    const annPage = await callEmulator(emulator, 'ListDevices', { AccessToken: ann.accessToken, Limit: 1 })
    for (const PaginationToken of [annPage.body?.PaginationToken, 'made-up']) {
      const answer = await callEmulator(emulator, 'ListDevices', { AccessToken: bob.accessToken, PaginationToken })
      expect(answer.body).toEqual({ __type: 'InvalidParameterException', message: 'Invalid pagination token.' })
    }
  })

  it('lists only remembered devices unless told to list not-remembered ones too', async () => {
    const emulator = createCognitoEmulator({
      seed: { users: [{ username: 'ann', password: 'pw', devices: [{ key: 'us-east-1_1', remembered: true }, { key: 'us-east-1_2', remembered: false }] }] },
    })
    const { accessToken } = await emulator.signIn('ann', { deviceKey: 'us-east-1_1' })
    const keys = async () =>
      ((await callEmulator(emulator, 'ListDevices', { AccessToken: accessToken })).body?.Devices as { DeviceKey: string }[]).map((device) => device.DeviceKey)
    expect(await keys()).toEqual(['us-east-1_1'])
    emulator.listIncludesNotRemembered = true
    expect(await keys()).toEqual(['us-east-1_1', 'us-east-1_2'])
  })
})

describe('ForgetDevice and UpdateDeviceStatus', () => {
  it('forgets with an empty 200 body; the device is gone for GetDevice', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const { accessToken } = await emulator.signIn('bob', { deviceKey: 'us-east-1_b0b' })
    const forgotten = await callEmulator(emulator, 'ForgetDevice', { AccessToken: accessToken, DeviceKey: 'us-east-1_b0b' })
    expect(forgotten.status).toBe(200)
    expect(forgotten.text).toBe('')
    expect((await callEmulator(emulator, 'GetDevice', { AccessToken: accessToken, DeviceKey: 'us-east-1_b0b' })).body?.__type).toBe('ResourceNotFoundException')
    expect((await callEmulator(emulator, 'ForgetDevice', { AccessToken: accessToken, DeviceKey: 'us-east-1_b0b' })).body?.__type).toBe('ResourceNotFoundException')
  })

  it('marks a device not remembered, answering {}', async () => {
    const emulator = createCognitoEmulator({ seed: seed(), now: new Date('2026-03-01T00:00:00Z') })
    const { accessToken } = await emulator.signIn('bob', { deviceKey: 'us-east-1_b0b' })
    const answer = await callEmulator(emulator, 'UpdateDeviceStatus', { AccessToken: accessToken, DeviceKey: 'us-east-1_b0b', DeviceRememberedStatus: 'not_remembered' })
    expect(answer.text).toBe('{}')
    expect(emulator.devices('bob')[0]).toMatchObject({ remembered: false, lastModifiedAt: new Date('2026-03-01T00:00:00Z') })
  })
})

describe('signIn (the direct control)', () => {
  it('mints tokens and a confirmed device without a request', async () => {
    const emulator = createCognitoEmulator({ seed: seed(true) })
    const result = await emulator.signIn('ann', { deviceName: 'Test browser', remembered: true })
    expect(result.deviceKey).toMatch(/^us-east-1_/)
    expect(emulator.devices('ann')).toEqual([expect.objectContaining({ key: result.deviceKey, name: 'Test browser', remembered: true, confirmed: true })])
    expect(emulator.calls()).toBe(0)
    expect((await callEmulator(emulator, 'GetDevice', { AccessToken: result.accessToken, DeviceKey: result.deviceKey })).status).toBe(200)
  })

  it('adds many devices at run time', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    emulator.addDevices('ann', generateDevices(600))
    expect(emulator.devices('ann')).toHaveLength(600)
    expect(() => emulator.addDevices('ann', [{ key: 'bad key' }])).toThrow(/users\[0\]\.devices\[0\]\.key/)
  })
})
