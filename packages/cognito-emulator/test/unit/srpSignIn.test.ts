/**
 * USER_SRP_AUTH and the device challenges through `handle()`, with aws-amplify's own SRP client
 * helpers computing every claim (test/emulator/srpClient.ts).
 */
import { decodeJwt } from 'jose'
import { describe, expect, it, vi } from 'vitest'
import { createCognitoEmulator, type CognitoEmulator, type EmulatorSeed } from '../../src/index.ts'
import * as srp from '../../src/srp.ts'
import { callEmulator, passwordSignIn } from '../support/callEmulator.ts'
import { newDeviceSecret, passwordVerifierResponses, respond, srpClaim, srpHelper, startSrp } from '../support/srpClient.ts'

// Client-side SRP (Amplify's BigInteger) costs hundreds of ms per step; under a loaded CI machine a
// multi-sign-in test passes the 5 s default.
vi.setConfig({ testTimeout: 30_000 })

vi.mock('../../src/srp.ts', async (importOriginal) => {
  const original = await importOriginal<typeof srp>()
  return { ...original, createPasswordVerifier: vi.fn(original.createPasswordVerifier) }
})

const POOL_ID = 'eu-west-1_SrpPool'
const seed = (overrides: Partial<EmulatorSeed> = {}): EmulatorSeed => ({
  userPool: { id: POOL_ID },
  clients: [{ id: 'client1' }],
  users: [
    { username: 'ann', password: 'pw-ann', attributes: { email: 'ann@example.com' } },
    { username: 'bob', password: 'pw-bob' },
  ],
  ...overrides,
})

type Tokens = { AccessToken: string; NewDeviceMetadata?: { DeviceKey: string; DeviceGroupKey: string } }

/** USER_SRP_AUTH + PASSWORD_VERIFIER with the right password; the raw answer to the PASSWORD_VERIFIER step. */
async function srpSignIn(emulator: CognitoEmulator, username: string, password: string, deviceKey?: string, sourceIp?: string) {
  const start = await startSrp(emulator, username)
  expect(start.answer.status).toBe(200)
  const answer = await respond(emulator, 'PASSWORD_VERIFIER', start.session, await passwordVerifierResponses(emulator, start, password, deviceKey), sourceIp)
  return { start, answer }
}

/** Signs in with SRP and confirms the new device the way Amplify does; the device's secrets. */
async function rememberedDevice(emulator: CognitoEmulator, username = 'ann', password = `pw-${username}`) {
  const { answer } = await srpSignIn(emulator, username, password)
  const result = answer.body?.AuthenticationResult as Tokens
  const { DeviceKey: deviceKey, DeviceGroupKey: deviceGroupKey } = result.NewDeviceMetadata!
  const secret = await newDeviceSecret(emulator.userPoolId, deviceKey, deviceGroupKey)
  const confirmed = await callEmulator(emulator, 'ConfirmDevice', {
    AccessToken: result.AccessToken,
    DeviceKey: deviceKey,
    DeviceName: 'test browser',
    DeviceSecretVerifierConfig: secret.config,
  })
  expect(confirmed.body).toEqual({ UserConfirmationNecessary: false })
  return { deviceKey, deviceGroupKey, randomPassword: secret.randomPassword, accessToken: result.AccessToken }
}

/** DEVICE_SRP_AUTH for the session the password step returned; the DEVICE_PASSWORD_VERIFIER challenge. */
async function deviceSrpAuth(emulator: CognitoEmulator, session: string, device: { deviceKey: string; deviceGroupKey: string }, username = 'ann') {
  const helper = await srpHelper(device.deviceGroupKey)
  const answer = await respond(emulator, 'DEVICE_SRP_AUTH', session, { USERNAME: username, SRP_A: helper.A.toString(16), DEVICE_KEY: device.deviceKey })
  return { helper, answer, challengeParameters: (answer.body?.ChallengeParameters ?? {}) as Record<string, string> }
}

async function devicePasswordVerifier(
  emulator: CognitoEmulator,
  step: Awaited<ReturnType<typeof deviceSrpAuth>>,
  device: { deviceKey: string; deviceGroupKey: string; randomPassword: string },
  sourceIp?: string,
) {
  const claim = await srpClaim(step.helper, {
    poolName: device.deviceGroupKey,
    userId: device.deviceKey,
    password: device.randomPassword,
    challengeParameters: step.challengeParameters,
  })
  return respond(emulator, 'DEVICE_PASSWORD_VERIFIER', step.answer.body?.Session as string, { USERNAME: 'ann', ...claim, DEVICE_KEY: device.deviceKey }, sourceIp)
}

const invalidSession = { __type: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' }
const incorrect = { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' }
const noDevice = { __type: 'ResourceNotFoundException', message: 'Device does not exist.' }

describe('USER_SRP_AUTH', () => {
  it('issues PASSWORD_VERIFIER for the canonical username, then tokens and a new device', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const start = await startSrp(emulator, 'ANN')
    expect(start.answer.body).toMatchObject({ ChallengeName: 'PASSWORD_VERIFIER', Session: expect.any(String) })
    expect(Object.keys(start.challengeParameters).sort()).toEqual(['SALT', 'SECRET_BLOCK', 'SRP_B', 'USERNAME', 'USER_ID_FOR_SRP'])
    expect(start.challengeParameters).toMatchObject({ USERNAME: 'ann', USER_ID_FOR_SRP: 'ann', SALT: expect.stringMatching(/^[0-9a-f]+$/) })
    const answer = await respond(emulator, 'PASSWORD_VERIFIER', start.session, await passwordVerifierResponses(emulator, start, 'pw-ann'))
    expect(answer.status).toBe(200)
    const result = answer.body?.AuthenticationResult as Tokens
    expect(result.NewDeviceMetadata?.DeviceKey).toMatch(/^eu-west-1_[0-9a-f-]{36}$/)
    expect(decodeJwt(result.AccessToken)).toMatchObject({ username: 'ann', device_key: result.NewDeviceMetadata?.DeviceKey })
    expect(emulator.requests().map((entry) => [entry.operation, entry.step, entry.status])).toEqual([
      ['InitiateAuth', 'USER_SRP_AUTH', 200],
      ['RespondToAuthChallenge', 'PASSWORD_VERIFIER', 200],
    ])
    // The session is single use.
    const again = await respond(emulator, 'PASSWORD_VERIFIER', start.session, await passwordVerifierResponses(emulator, start, 'pw-ann'))
    expect(again.body).toEqual(invalidSession)
  })

  it('refuses a wrong password and ends the session', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const start = await startSrp(emulator, 'ann')
    const wrong = await respond(emulator, 'PASSWORD_VERIFIER', start.session, await passwordVerifierResponses(emulator, start, 'pw-ANN'))
    expect(wrong.body).toEqual(incorrect)
    const right = await respond(emulator, 'PASSWORD_VERIFIER', start.session, await passwordVerifierResponses(emulator, start, 'pw-ann'))
    expect(right.body).toEqual(invalidSession)
  })

  it('refuses a claim for another user than the session’s', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const start = await startSrp(emulator, 'ann')
    const responses = { ...(await passwordVerifierResponses(emulator, start, 'pw-ann')), USERNAME: 'bob' }
    expect((await respond(emulator, 'PASSWORD_VERIFIER', start.session, responses)).body).toEqual(incorrect)
  })

  it('hides an unknown user behind a challenge that fails like a wrong password, unless the pool reveals users', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const start = await startSrp(emulator, 'nobody')
    expect(start.challengeParameters).toMatchObject({ USERNAME: 'nobody', USER_ID_FOR_SRP: 'nobody' })
    const answer = await respond(emulator, 'PASSWORD_VERIFIER', start.session, await passwordVerifierResponses(emulator, start, 'anything'))
    expect(answer.body).toEqual(incorrect)

    const revealing = createCognitoEmulator({ seed: seed({ userPool: { id: POOL_ID, preventUserExistenceErrors: false } }) })
    expect((await startSrp(revealing, 'nobody')).answer.body).toEqual({ __type: 'UserNotFoundException', message: 'User does not exist.' })
  })

  it.each([
    ['disabled', { disabled: true }, { __type: 'NotAuthorizedException', message: 'User is disabled.' }],
    ['password reset required', { passwordResetRequired: true }, { __type: 'PasswordResetRequiredException', message: 'Password reset required for the user' }],
    ['unconfirmed', { unconfirmed: true }, { __type: 'UserNotConfirmedException', message: 'User is not confirmed.' }],
  ])('answers a %s user as USER_PASSWORD_AUTH does', async (_label, flags, expected) => {
    const emulator = createCognitoEmulator({ seed: seed() })
    emulator.setUserFlags('ann', flags)
    const { answer } = await srpSignIn(emulator, 'ann', 'pw-ann')
    expect(answer.body).toEqual(expected)
    const plain = await callEmulator(emulator, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'client1', AuthParameters: { USERNAME: 'ann', PASSWORD: 'pw-ann' } })
    expect(plain.body).toEqual(expected)
  })

  it('refuses malformed starts and answers', async () => {
    const emulator = createCognitoEmulator({
      seed: seed({ clients: [{ id: 'client1' }, { id: 'nosrp', explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }] }),
    })
    const initiate = (parameters: Record<string, string>, clientId = 'client1') =>
      callEmulator(emulator, 'InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: clientId, AuthParameters: parameters })
    expect((await initiate({ USERNAME: 'ann' })).body).toEqual({ __type: 'InvalidParameterException', message: 'Missing required parameter SRP_A' })
    expect((await initiate({ SRP_A: 'ab' })).body).toEqual({ __type: 'InvalidParameterException', message: 'Missing required parameter USERNAME' })
    const zeroA = await initiate({ USERNAME: 'ann', SRP_A: srp.SRP_N.toString(16) })
    expect(zeroA.body).toMatchObject({ __type: 'InvalidParameterException', message: expect.stringContaining('SRP_A') })
    expect((await initiate({ USERNAME: 'ann', SRP_A: 'not hex' })).body?.__type).toBe('InvalidParameterException')
    expect((await initiate({ USERNAME: 'ann', SRP_A: 'ab' }, 'nosrp')).body).toEqual({
      __type: 'InvalidParameterException',
      message: 'USER_SRP_AUTH flow not enabled for this client',
    })

    const start = await startSrp(emulator, 'ann')
    const responses = await passwordVerifierResponses(emulator, start, 'pw-ann')
    const { PASSWORD_CLAIM_SIGNATURE: _dropped, ...unsigned } = responses
    expect((await respond(emulator, 'PASSWORD_VERIFIER', start.session, unsigned)).body).toEqual({
      __type: 'InvalidParameterException',
      message: 'Missing required parameter PASSWORD_CLAIM_SIGNATURE',
    })
    expect((await respond(emulator, 'PASSWORD_VERIFIER', 'x'.repeat(40), responses)).body).toEqual(invalidSession)
    expect((await respond(emulator, 'DEVICE_PASSWORD_VERIFIER', start.session, responses)).body).toEqual({
      __type: 'InvalidParameterException',
      message: 'Invalid challenge name for this session',
    })
    // None of the refusals above used the session up.
    expect((await respond(emulator, 'PASSWORD_VERIFIER', start.session, responses)).status).toBe(200)
  })

  it('computes a user’s SRP verifier on the first SRP sign-in only, never at seed load', async () => {
    const create = vi.mocked(srp.createPasswordVerifier)
    create.mockClear()
    const emulator = createCognitoEmulator({ seed: seed() })
    await passwordSignIn(emulator, 'ann', 'pw-ann')
    expect(create).not.toHaveBeenCalled()
    await srpSignIn(emulator, 'ann', 'pw-ann')
    await srpSignIn(emulator, 'Ann', 'pw-ann')
    expect(create).toHaveBeenCalledTimes(1)
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ poolName: 'SrpPool', userId: 'ann', password: 'pw-ann' }))
  })
})

describe('device challenges', () => {
  it('challenges a remembered device with DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER, then reuses it', async () => {
    const emulator = createCognitoEmulator({ seed: seed(), now: new Date('2026-03-01T10:00:00Z') })
    const device = await rememberedDevice(emulator)
    expect(emulator.devices('ann')).toMatchObject([{ key: device.deviceKey, remembered: true, confirmed: true }])
    emulator.clock.advance(3_600_000)
    emulator.resetCalls()

    const { answer } = await srpSignIn(emulator, 'ann', 'pw-ann', device.deviceKey)
    expect(answer.body).toEqual({ ChallengeName: 'DEVICE_SRP_AUTH', Session: expect.any(String), ChallengeParameters: {} })
    const step = await deviceSrpAuth(emulator, answer.body?.Session as string, device)
    expect(step.answer.body).toMatchObject({ ChallengeName: 'DEVICE_PASSWORD_VERIFIER', Session: expect.any(String) })
    expect(Object.keys(step.challengeParameters).sort()).toEqual(['DEVICE_KEY', 'SALT', 'SECRET_BLOCK', 'SRP_B', 'USERNAME'])
    expect(step.challengeParameters).toMatchObject({ USERNAME: 'ann', DEVICE_KEY: device.deviceKey })

    const done = await devicePasswordVerifier(emulator, step, device, '198.51.100.7')
    expect(done.status).toBe(200)
    const result = done.body?.AuthenticationResult as Tokens
    expect(result.NewDeviceMetadata).toBeUndefined()
    expect(decodeJwt(result.AccessToken).device_key).toBe(device.deviceKey)
    expect(emulator.devices('ann')).toHaveLength(1)
    expect(emulator.devices('ann')[0]).toMatchObject({ lastIpUsed: '198.51.100.7', lastAuthenticatedAt: new Date('2026-03-01T11:00:00Z') })
    expect(emulator.requests().map((entry) => `${entry.step} ${entry.status}`)).toEqual([
      'USER_SRP_AUTH 200',
      'PASSWORD_VERIFIER 200',
      'DEVICE_SRP_AUTH 200',
      'DEVICE_PASSWORD_VERIFIER 200',
    ])
  })

  it('refuses a wrong device secret with NotAuthorizedException and ends the session', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const device = await rememberedDevice(emulator)
    const { answer } = await srpSignIn(emulator, 'ann', 'pw-ann', device.deviceKey)
    const step = await deviceSrpAuth(emulator, answer.body?.Session as string, device)
    const wrong = await devicePasswordVerifier(emulator, step, { ...device, randomPassword: `${device.randomPassword}x` })
    expect(wrong.body).toEqual(incorrect)
    expect((await devicePasswordVerifier(emulator, step, device)).body).toEqual(invalidSession)
  })

  it('answers an unknown device key with "Device does not exist." and lets the same session go on without it', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const other = await rememberedDevice(emulator, 'bob')
    const start = await startSrp(emulator, 'ann')
    for (const deviceKey of ['eu-west-1_00000000-0000-0000-0000-000000000000', other.deviceKey]) {
      const refused = await respond(emulator, 'PASSWORD_VERIFIER', start.session, await passwordVerifierResponses(emulator, start, 'pw-ann', deviceKey))
      expect(refused.body).toEqual(noDevice)
    }
    const retried = await respond(emulator, 'PASSWORD_VERIFIER', start.session, await passwordVerifierResponses(emulator, start, 'pw-ann'))
    expect((retried.body?.AuthenticationResult as Tokens).NewDeviceMetadata?.DeviceKey).toBeDefined()
    expect(emulator.devices('ann')).toHaveLength(1)
  })

  it('refuses DEVICE_SRP_AUTH without the password step’s session, for a forgotten device, another device or a bad SRP_A', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const device = await rememberedDevice(emulator)
    const second = await rememberedDevice(emulator)
    const helper = await srpHelper(device.deviceGroupKey)
    const cold = await respond(emulator, 'DEVICE_SRP_AUTH', undefined, { USERNAME: 'ann', SRP_A: helper.A.toString(16), DEVICE_KEY: device.deviceKey })
    expect(cold.body).toEqual(invalidSession)

    const { answer } = await srpSignIn(emulator, 'ann', 'pw-ann', device.deviceKey)
    const session = answer.body?.Session as string
    const swapped = await deviceSrpAuth(emulator, session, second)
    expect(swapped.answer.body).toEqual({ __type: 'InvalidParameterException', message: 'DEVICE_KEY is not the device this session challenged.' })
    const badA = await respond(emulator, 'DEVICE_SRP_AUTH', session, { USERNAME: 'ann', SRP_A: '0', DEVICE_KEY: device.deviceKey })
    expect(badA.body?.__type).toBe('InvalidParameterException')
    const missing = await respond(emulator, 'DEVICE_SRP_AUTH', session, { USERNAME: 'ann', SRP_A: helper.A.toString(16) })
    expect(missing.body).toEqual({ __type: 'InvalidParameterException', message: 'Missing required parameter DEVICE_KEY' })

    await callEmulator(emulator, 'ForgetDevice', { AccessToken: device.accessToken, DeviceKey: device.deviceKey })
    expect((await deviceSrpAuth(emulator, session, device)).answer.body).toEqual(noDevice)
  })

  it('signs a not-remembered device in without device challenges, on the same device', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const device = await rememberedDevice(emulator)
    await callEmulator(emulator, 'UpdateDeviceStatus', { AccessToken: device.accessToken, DeviceKey: device.deviceKey, DeviceRememberedStatus: 'not_remembered' })
    emulator.resetCalls()
    const { answer } = await srpSignIn(emulator, 'ann', 'pw-ann', device.deviceKey)
    const result = answer.body?.AuthenticationResult as Tokens
    expect(result.NewDeviceMetadata).toBeUndefined()
    expect(decodeJwt(result.AccessToken).device_key).toBe(device.deviceKey)
    expect(emulator.devices('ann')).toMatchObject([{ key: device.deviceKey, remembered: false }])
    expect(emulator.requests().map((entry) => entry.step)).toEqual(['USER_SRP_AUTH', 'PASSWORD_VERIFIER'])
  })

  it('answers USER_PASSWORD_AUTH with a remembered DEVICE_KEY with DEVICE_SRP_AUTH too', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const device = await rememberedDevice(emulator)
    const initiated = await callEmulator(emulator, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: 'client1',
      AuthParameters: { USERNAME: 'ann', PASSWORD: 'pw-ann', DEVICE_KEY: device.deviceKey },
    })
    expect(initiated.body).toEqual({ ChallengeName: 'DEVICE_SRP_AUTH', Session: expect.any(String), ChallengeParameters: {} })
    const step = await deviceSrpAuth(emulator, initiated.body?.Session as string, device)
    const done = await devicePasswordVerifier(emulator, step, device)
    expect(decodeJwt((done.body?.AuthenticationResult as Tokens).AccessToken).device_key).toBe(device.deviceKey)
    // A wrong password never reaches the device step.
    const wrong = await callEmulator(emulator, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: 'client1',
      AuthParameters: { USERNAME: 'ann', PASSWORD: 'nope', DEVICE_KEY: device.deviceKey },
    })
    expect(wrong.body).toEqual(incorrect)
  })

  it('takes no device challenge for a remembered device that has no verifier (seeded)', async () => {
    const key = 'eu-west-1_11111111-2222-3333-4444-555555555555'
    const emulator = createCognitoEmulator({ seed: seed({ users: [{ username: 'ann', password: 'pw-ann', devices: [{ key, remembered: true }] }] }) })
    const { answer } = await srpSignIn(emulator, 'ann', 'pw-ann', key)
    expect(decodeJwt((answer.body?.AuthenticationResult as Tokens).AccessToken).device_key).toBe(key)
  })
})

describe('ConfirmDevice DeviceSecretVerifierConfig', () => {
  it.each([
    ['salt not base64', { PasswordVerifier: 'AQID', Salt: 'not base64!' }],
    ['empty salt', { PasswordVerifier: 'AQID', Salt: '' }],
    ['verifier of zero', { PasswordVerifier: 'AAAA', Salt: 'AQID' }],
    ['verifier missing', { Salt: 'AQID' }],
  ])('refuses %s with InvalidParameterException and leaves the device unconfirmed', async (_label, config) => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const result = await passwordSignIn(emulator, 'ann', 'pw-ann')
    const answer = await callEmulator(emulator, 'ConfirmDevice', {
      AccessToken: result.AccessToken,
      DeviceKey: result.NewDeviceMetadata!.DeviceKey,
      DeviceSecretVerifierConfig: config,
    })
    expect(answer.body).toMatchObject({ __type: 'InvalidParameterException', message: expect.stringMatching(/^Invalid DeviceSecretVerifierConfig: /) })
    expect(emulator.devices('ann')[0]).toMatchObject({ confirmed: false, remembered: false })
  })
})
