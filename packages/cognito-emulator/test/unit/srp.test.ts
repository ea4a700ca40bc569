/**
 * Proves the server-side SRP in src/emulator/srp.ts against aws-amplify's OWN client code, imported
 * from node_modules (the package's `exports` block deep imports, so these are file-path imports):
 * - the low-level helpers (getAuthenticationHelper, getPasswordAuthenticationKey,
 *   getSignatureString, getNowString), and
 * - the real sign-in flow functions (handlePasswordSRP, handleDeviceSRPAuth, getNewDeviceMetadata)
 *   talking over a stubbed `fetch` to a tiny in-test Cognito that uses only srp.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { getAuthenticationHelper } from '../../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/getAuthenticationHelper'
import { getSignatureString } from '../../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/getSignatureString'
import { getNowString } from '../../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/getNowString'
import { INIT_N } from '../../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/constants'
import BigInteger from '../../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/BigInteger/BigInteger'
import { handlePasswordSRP } from '../../../../node_modules/@aws-amplify/auth/dist/esm/client/flows/shared/handlePasswordSRP'
import { handleDeviceSRPAuth } from '../../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/handleDeviceSRPAuth'
import { getNewDeviceMetadata } from '../../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/getNewDeviceMetadata'

import {
  SRP_G,
  SRP_N,
  SrpError,
  base64ToBytes,
  beginSrpChallenge,
  bytesToBase64,
  createPasswordVerifier,
  createSecretBlock,
  formatCognitoTimestamp,
  getSrpK,
  padHex,
  parseCognitoTimestamp,
  parseDeviceVerifierConfig,
  parseSrpA,
  srpPoolName,
  startServerSession,
  verifyPasswordClaim,
  verifySrpChallengeResponse,
  type PasswordVerifier,
  type SrpChallengeState,
} from '../../src/srp.ts'

const USER_POOL_ID = 'us-east-1_AbC123xyz'
const POOL_NAME = 'AbC123xyz'
const CLIENT_ID = 'client123'
const ENDPOINT = 'http://cognito.emulator.test'

type AmplifyHelper = Awaited<ReturnType<typeof getAuthenticationHelper>>

/** Runs Amplify's client half of one PASSWORD_VERIFIER answer, as handlePasswordVerifierChallenge does. */
async function amplifyClaim(
  helper: AmplifyHelper,
  args: {
    poolName: string
    userId: string
    password: string
    challengeParameters: { SALT: string; SRP_B: string; SECRET_BLOCK: string }
  },
) {
  const hkdf = await helper.getPasswordAuthenticationKey({
    username: args.userId,
    password: args.password,
    serverBValue: new BigInteger(args.challengeParameters.SRP_B, 16),
    salt: new BigInteger(args.challengeParameters.SALT, 16),
  })
  const dateNow = getNowString()
  return {
    PASSWORD_CLAIM_SECRET_BLOCK: args.challengeParameters.SECRET_BLOCK,
    TIMESTAMP: dateNow,
    PASSWORD_CLAIM_SIGNATURE: getSignatureString({
      userPoolName: args.poolName,
      username: args.userId,
      challengeParameters: args.challengeParameters,
      dateNow,
      hkdf,
    }),
  }
}

/** A user verifier, Amplify's A, our challenge, and Amplify's claim with `password`. */
async function userExchange(verifier: PasswordVerifier, password: string, userId = 'alice') {
  const helper = await getAuthenticationHelper(POOL_NAME)
  const { challengeParameters, state } = await beginSrpChallenge({
    poolName: POOL_NAME,
    userId,
    ...verifier,
    srpA: helper.A.toString(16),
  })
  const responses = await amplifyClaim(helper, { poolName: POOL_NAME, userId, password, challengeParameters })
  return { state, responses, challengeParameters }
}

describe('group parameters', () => {
  it('uses the same N and k as Amplify', async () => {
    const helper = await getAuthenticationHelper(POOL_NAME)
    expect(SRP_N.toString(16)).toBe(INIT_N.toLowerCase())
    expect(SRP_G).toBe(2n)
    expect((await getSrpK()).toString(16)).toBe(helper.k.toString(16))
  })

  it('pads hex the way Amplify does', () => {
    expect(padHex(0n)).toBe('00')
    expect(padHex(0x14n)).toBe('14')
    expect(padHex(0xecn)).toBe('00ec')
    expect(padHex(0x1abn)).toBe('01ab')
    expect(padHex(0x8000n)).toBe('008000')
    expect(padHex(SRP_N).length).toBe(2 * 385)
  })

  it('takes the pool name after the first underscore, as Amplify does', () => {
    expect(srpPoolName(USER_POOL_ID)).toBe(POOL_NAME)
    expect(srpPoolName('nounderscore')).toBe('')
  })
})

describe('user SRP against Amplify helpers', () => {
  let verifier: PasswordVerifier
  beforeEach(async () => {
    verifier = await createPasswordVerifier({ poolName: POOL_NAME, userId: 'alice', password: 'Correct horse 1!' })
  })

  it('accepts the claim Amplify computes with the right password', async () => {
    const { state, responses } = await userExchange(verifier, 'Correct horse 1!')
    await expect(verifySrpChallengeResponse(state, responses)).resolves.toBe(true)
    // The low-level API agrees.
    await expect(
      verifyPasswordClaim({
        ...state,
        timestamp: responses.TIMESTAMP,
        signature: responses.PASSWORD_CLAIM_SIGNATURE,
      }),
    ).resolves.toBe(true)
  })

  it('rejects the claim for a wrong password', async () => {
    const { state, responses } = await userExchange(verifier, 'Correct horse 2!')
    await expect(verifySrpChallengeResponse(state, responses)).resolves.toBe(false)
  })

  it('rejects when the client hashed a different USER_ID_FOR_SRP', async () => {
    const { state, responses } = await userExchange(verifier, 'Correct horse 1!', 'Alice')
    await expect(verifySrpChallengeResponse({ ...state, userId: 'alice' }, responses)).resolves.toBe(false)
  })

  it('rejects a tampered timestamp, secret block or signature', async () => {
    const { state, responses } = await userExchange(verifier, 'Correct horse 1!')
    await expect(verifySrpChallengeResponse(state, { ...responses, TIMESTAMP: `${responses.TIMESTAMP} ` })).resolves.toBe(false)
    const otherBlock = createSecretBlock()
    await expect(verifySrpChallengeResponse(state, { ...responses, PASSWORD_CLAIM_SECRET_BLOCK: otherBlock })).resolves.toBe(false)
    // Even if the issued block in the state were swapped, the signature covers the block's bytes.
    await expect(verifySrpChallengeResponse({ ...state, secretBlock: otherBlock }, { ...responses, PASSWORD_CLAIM_SECRET_BLOCK: otherBlock })).resolves.toBe(false)
    const sig = base64ToBytes(responses.PASSWORD_CLAIM_SIGNATURE)
    sig[0] = sig[0]! ^ 1
    await expect(verifySrpChallengeResponse(state, { ...responses, PASSWORD_CLAIM_SIGNATURE: bytesToBase64(sig) })).resolves.toBe(false)
    // The untampered answer still passes (so the rejections above are not accidental).
    await expect(verifySrpChallengeResponse(state, responses)).resolves.toBe(true)
  })

  it('rejects a claim bound to another server session (different b/B)', async () => {
    const { state, responses } = await userExchange(verifier, 'Correct horse 1!')
    const other = await startServerSession(verifier.verifierHex)
    await expect(verifySrpChallengeResponse({ ...state, ...other }, responses)).resolves.toBe(false)
  })

  it('handles UTF-8 passwords and user ids like Amplify', async () => {
    const password = 'pässwörd 🔑 密码'
    const userId = 'zoë@example.com'
    const v = await createPasswordVerifier({ poolName: POOL_NAME, userId, password })
    const ok = await userExchange(v, password, userId)
    await expect(verifySrpChallengeResponse(ok.state, ok.responses)).resolves.toBe(true)
  })

  it.each([
    ['leading zero bytes', '0000a1b2c3d4e5f60718293a4b5c6d7e'],
    ['top bit set', 'ff00a1b2c3d4e5f60718293a4b5c6d7e'],
    ['odd length', 'abc'],
  ])('normalises a salt with %s exactly as Amplify re-reads SALT', async (_label, saltHex) => {
    const v = await createPasswordVerifier({ poolName: POOL_NAME, userId: 'alice', password: 'pw', saltHex })
    expect(v.saltHex).toBe(padHex(BigInt(`0x${saltHex}`)))
    const good = await userExchange(v, 'pw')
    expect(good.challengeParameters.SALT).toBe(v.saltHex)
    await expect(verifySrpChallengeResponse(good.state, good.responses)).resolves.toBe(true)
    // A verifier seeded from the raw, un-normalised salt string still verifies too.
    const raw = await userExchange({ saltHex, verifierHex: v.verifierHex }, 'pw')
    await expect(verifySrpChallengeResponse(raw.state, raw.responses)).resolves.toBe(true)
  })

  it('produces B in range and never 0 mod N', async () => {
    const { bHex, BHex } = await startServerSession(verifier.verifierHex)
    const B = BigInt(`0x${BHex}`)
    expect(B > 0n && B < SRP_N).toBe(true)
    const k = await getSrpK()
    const v = BigInt(`0x${verifier.verifierHex}`)
    let gb = 1n
    // B = k*v + g^b mod N, checked with an independent square-and-multiply loop on b.
    let base = SRP_G
    for (let e = BigInt(`0x${bHex}`); e > 0n; e >>= 1n, base = (base * base) % SRP_N) if (e & 1n) gb = (gb * base) % SRP_N
    expect(B).toBe((k * v + gb) % SRP_N)
  })
})

describe('bad inputs', () => {
  const Nhex = SRP_N.toString(16)

  it.each([
    ['A = 0', '0'],
    ['A = N', Nhex],
    ['A = 2N', (2n * SRP_N).toString(16)],
    ['non-hex', 'zz12'],
    ['empty', ''],
    ['0x prefix', '0x1234'],
    ['too long', 'f'.repeat(2000)],
  ])('parseSrpA rejects %s with SrpError InvalidSrpA', (_label, value) => {
    expect(() => parseSrpA(value)).toThrow(SrpError)
    try {
      parseSrpA(value)
    } catch (error) {
      expect((error as SrpError).code).toBe('InvalidSrpA')
    }
  })

  it('beginSrpChallenge rejects A ≡ 0 mod N', async () => {
    const v = await createPasswordVerifier({ poolName: POOL_NAME, userId: 'alice', password: 'pw' })
    await expect(beginSrpChallenge({ poolName: POOL_NAME, userId: 'alice', ...v, srpA: Nhex })).rejects.toMatchObject({
      name: 'SrpError',
      code: 'InvalidSrpA',
    })
  })

  it('verifyPasswordClaim returns false (never throws) on malformed client input', async () => {
    const v = await createPasswordVerifier({ poolName: POOL_NAME, userId: 'alice', password: 'pw' })
    const { state, responses } = await userExchange(v, 'pw')
    const base = { ...state, timestamp: responses.TIMESTAMP, signature: responses.PASSWORD_CLAIM_SIGNATURE }
    await expect(verifyPasswordClaim(base)).resolves.toBe(true)
    for (const patch of [
      { srpAHex: Nhex },
      { srpAHex: '0' },
      { srpAHex: 'not hex' },
      { signature: 'not base64!' },
      { signature: '' },
      { secretBlock: '%%%' },
      { BHex: Nhex },
      { timestamp: undefined as unknown as string },
    ]) {
      await expect(verifyPasswordClaim({ ...base, ...patch }), JSON.stringify(patch)).resolves.toBe(false)
    }
    await expect(verifySrpChallengeResponse(state, {})).resolves.toBe(false)
    await expect(verifySrpChallengeResponse(state, { ...responses, PASSWORD_CLAIM_SIGNATURE: 42 })).resolves.toBe(false)
  })

  it('accepts a URL-safe / unpadded echo of the secret block the way Amplify decodes it', async () => {
    // Amplify signs urlB64ToUint8Array(SECRET_BLOCK); a block using '-'/'_' and no padding must
    // verify the same as its standard form.
    const v = await createPasswordVerifier({ poolName: POOL_NAME, userId: 'alice', password: 'pw' })
    const helper = await getAuthenticationHelper(POOL_NAME)
    const { challengeParameters, state } = await beginSrpChallenge({ poolName: POOL_NAME, userId: 'alice', ...v, srpA: helper.A.toString(16) })
    const urlSafe = bytesToBase64(new Uint8Array([251, 255, 190, 1, 2])).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    const cp = { ...challengeParameters, SECRET_BLOCK: urlSafe }
    const responses = await amplifyClaim(helper, { poolName: POOL_NAME, userId: 'alice', password: 'pw', challengeParameters: cp })
    const s: SrpChallengeState = { ...state, secretBlock: urlSafe }
    await expect(verifySrpChallengeResponse(s, responses)).resolves.toBe(true)
  })
})

describe('parseDeviceVerifierConfig', () => {
  const validVerifier = bytesToBase64(new Uint8Array(384).fill(7))
  const validSalt = bytesToBase64(new Uint8Array(16).fill(9))

  it('decodes base64 of padded-hex bytes into canonical hex', () => {
    const salt = new Uint8Array([0x00, 0x80, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
    const parsed = parseDeviceVerifierConfig({ PasswordVerifier: validVerifier, Salt: bytesToBase64(salt) })
    expect(parsed.saltHex).toBe('0080' + '0102030405060708090a0b0c0d0e0f')
    expect(parsed.verifierHex).toBe('07'.repeat(384))
  })

  it('drops redundant leading zero bytes of the salt, as Amplify does when it re-reads SALT', () => {
    const salt = new Uint8Array([0, 0, 0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    const parsed = parseDeviceVerifierConfig({ PasswordVerifier: validVerifier, Salt: bytesToBase64(salt) })
    expect(parsed.saltHex).toBe('7f' + '0102030405060708090a0b0c0d')
    // What Amplify's client hashes for that salt: getPaddedHex(new BigInteger(SALT, 16)).
    expect(new BigInteger('00007f0102030405060708090a0b0c0d', 16).toString(16)).toBe(parsed.saltHex)
  })

  it.each([
    ['not an object', null, 'InvalidDeviceSecretVerifierConfig'],
    ['missing Salt', { PasswordVerifier: validVerifier }, 'InvalidDeviceSecretVerifierConfig'],
    ['numeric verifier', { PasswordVerifier: 5, Salt: validSalt }, 'InvalidDeviceSecretVerifierConfig'],
    ['bad base64 salt', { PasswordVerifier: validVerifier, Salt: 'abc$' }, 'InvalidBase64'],
    ['bad base64 verifier', { PasswordVerifier: 'a b c', Salt: validSalt }, 'InvalidBase64'],
    ['empty salt', { PasswordVerifier: validVerifier, Salt: '' }, 'InvalidSalt'],
    ['huge salt', { PasswordVerifier: validVerifier, Salt: bytesToBase64(new Uint8Array(65).fill(1)) }, 'InvalidSalt'],
    ['verifier too long', { PasswordVerifier: bytesToBase64(new Uint8Array(386).fill(1)), Salt: validSalt }, 'InvalidVerifier'],
    ['verifier zero', { PasswordVerifier: bytesToBase64(new Uint8Array(384)), Salt: validSalt }, 'InvalidVerifier'],
    ['verifier = N', { PasswordVerifier: bytesToBase64(base64ToBytes(bytesToBase64(hexBytes(padHex(SRP_N))))), Salt: validSalt }, 'InvalidVerifier'],
  ])('rejects %s', (_label, config, code) => {
    expect(() => parseDeviceVerifierConfig(config as never)).toThrow(SrpError)
    try {
      parseDeviceVerifierConfig(config as never)
    } catch (error) {
      expect(error).toBeInstanceOf(SrpError)
      expect((error as SrpError).code).toBe(code)
      expect((error as SrpError).message).toMatch(/\w/)
    }
  })
})

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)))
}

describe('device SRP against Amplify helpers', () => {
  const DEVICE_KEY = 'us-east-1_0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'
  const DEVICE_GROUP_KEY = '-Gr0upK3y'

  async function amplifyDevice() {
    // Exactly what getNewDeviceMetadata does before ConfirmDevice.
    const helper = await getAuthenticationHelper(POOL_NAME)
    await helper.generateHashDevice(DEVICE_GROUP_KEY, DEVICE_KEY)
    const { base64Encoder } = await import('@aws-amplify/core/internals/utils')
    const config = {
      Salt: base64Encoder.convert(hexBytes(helper.getSaltToHashDevices())),
      PasswordVerifier: base64Encoder.convert(hexBytes(helper.getVerifierDevices())),
    }
    return { config, randomPassword: helper.getRandomPassword() }
  }

  async function deviceExchange(stored: PasswordVerifier, randomPassword: string) {
    const helper = await getAuthenticationHelper(DEVICE_GROUP_KEY)
    const { challengeParameters, state } = await beginSrpChallenge({
      poolName: DEVICE_GROUP_KEY,
      userId: DEVICE_KEY,
      ...stored,
      srpA: helper.A.toString(16),
    })
    const responses = await amplifyClaim(helper, {
      poolName: DEVICE_GROUP_KEY,
      userId: DEVICE_KEY,
      password: randomPassword,
      challengeParameters,
    })
    return verifySrpChallengeResponse(state, responses)
  }

  it('verifies the random device password from Amplify’s DeviceSecretVerifierConfig', async () => {
    const { config, randomPassword } = await amplifyDevice()
    const salt = base64ToBytes(config.Salt)
    expect(salt.length).toBeGreaterThanOrEqual(1)
    expect(salt.length).toBeLessThanOrEqual(17)
    expect(base64ToBytes(config.PasswordVerifier).length).toBeLessThanOrEqual(385)
    const stored = parseDeviceVerifierConfig(config)
    await expect(deviceExchange(stored, randomPassword)).resolves.toBe(true)
    await expect(deviceExchange(stored, `${randomPassword}x`)).resolves.toBe(false)
  })

  it('matches createPasswordVerifier when both use the same salt', async () => {
    const { config, randomPassword } = await amplifyDevice()
    const stored = parseDeviceVerifierConfig(config)
    const ours = await createPasswordVerifier({
      poolName: DEVICE_GROUP_KEY,
      userId: DEVICE_KEY,
      password: randomPassword,
      saltHex: stored.saltHex,
    })
    expect(ours).toEqual(stored)
  })
})

describe('timestamps', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('formats like Amplify getNowString, day not zero-padded', () => {
    expect(formatCognitoTimestamp(new Date(Date.UTC(2026, 10, 26, 4, 8, 15)))).toBe('Thu Nov 26 04:08:15 UTC 2026')
    vi.useFakeTimers()
    for (const t of [Date.UTC(2026, 2, 1, 0, 0, 5), Date.UTC(2025, 11, 31, 23, 59, 59), Date.UTC(2024, 1, 29, 9, 5, 0)]) {
      vi.setSystemTime(t)
      expect(formatCognitoTimestamp(new Date(t))).toBe(getNowString())
    }
    expect(formatCognitoTimestamp(new Date(Date.UTC(2026, 2, 1, 0, 0, 5)))).toBe('Sun Mar 1 00:00:05 UTC 2026')
  })

  it('parses what it formats and rejects garbage', () => {
    const t = new Date(Date.UTC(2026, 2, 1, 0, 0, 5))
    expect(parseCognitoTimestamp(formatCognitoTimestamp(t))?.getTime()).toBe(t.getTime())
    expect(parseCognitoTimestamp('Sun Mar 01 00:00:05 UTC 2026')?.getTime()).toBe(t.getTime())
    expect(parseCognitoTimestamp('Sun Feb 30 00:00:05 UTC 2026')).toBeUndefined()
    expect(parseCognitoTimestamp('2026-03-01T00:00:05Z')).toBeUndefined()
    expect(parseCognitoTimestamp('Sun Mar 1 24:00:05 UTC 2026')).toBeUndefined()
  })
})

/**
 * Amplify's real sign-in flow functions against a stubbed fetch that plays Cognito with srp.ts.
 * This checks message composition end to end: which challenge parameters Amplify reads, what it
 * sends back, and that USER_ID_FOR_SRP/DEVICE_KEY/DeviceGroupKey are used where we think.
 */
describe('Amplify sign-in flow functions against a fetch-stubbed server', () => {
  interface Device extends PasswordVerifier {
    deviceGroupKey: string
  }
  const DEVICE_KEY = 'us-east-1_aaaabbbb-cccc-dddd-eeee-ffff00001111'
  const DEVICE_GROUP_KEY = 'gRoUpKeY-1'

  let users: Map<string, PasswordVerifier>
  let devices: Map<string, Device>
  let sessions: Map<string, SrpChallengeState>
  let calls: Array<{ target: string; body: Record<string, unknown> }>

  const tokens = { AccessToken: 'a', IdToken: 'i', RefreshToken: 'r', ExpiresIn: 3600, TokenType: 'Bearer' }

  function reply(status: number, body: unknown, errorType?: string): Response {
    const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.1' }
    if (errorType) headers['x-amzn-errortype'] = `${errorType}:`
    return new Response(JSON.stringify(body), { status, headers })
  }
  const notAuthorized = () =>
    reply(400, { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' }, 'NotAuthorizedException')

  async function fakeCognito(_url: unknown, init: { headers: Record<string, string>; body: string }): Promise<Response> {
    const target = String(init.headers['x-amz-target']).replace('AWSCognitoIdentityProviderService.', '')
    const body = JSON.parse(init.body) as Record<string, Record<string, string> | string>
    calls.push({ target, body })
    if (target === 'InitiateAuth') {
      const params = body.AuthParameters as Record<string, string>
      const userId = params.USERNAME!.toLowerCase() // canonical user name, as Cognito would return it
      const user = users.get(userId)
      if (!user) return notAuthorized()
      const { challengeParameters, state } = await beginSrpChallenge({ poolName: srpPoolName(USER_POOL_ID), userId, ...user, srpA: params.SRP_A! })
      sessions.set('s1', state)
      return reply(200, {
        ChallengeName: 'PASSWORD_VERIFIER',
        Session: 's1',
        ChallengeParameters: { ...challengeParameters, USER_ID_FOR_SRP: userId, USERNAME: userId },
      })
    }
    if (target === 'RespondToAuthChallenge') {
      const r = body.ChallengeResponses as Record<string, string>
      const state = sessions.get(body.Session as string)
      if (body.ChallengeName === 'PASSWORD_VERIFIER' || body.ChallengeName === 'DEVICE_PASSWORD_VERIFIER') {
        if (!state || !(await verifySrpChallengeResponse(state, r))) return notAuthorized()
        if (body.ChallengeName === 'PASSWORD_VERIFIER' && r.DEVICE_KEY) {
          if (!devices.has(r.DEVICE_KEY)) {
            // The SRP state is NOT consumed: Amplify retries with the same Session and SECRET_BLOCK.
            return reply(400, { __type: 'ResourceNotFoundException', message: 'Device does not exist.' }, 'ResourceNotFoundException')
          }
          return reply(200, { ChallengeName: 'DEVICE_SRP_AUTH', Session: 's2', ChallengeParameters: {} })
        }
        return reply(200, { AuthenticationResult: tokens, ChallengeParameters: {} })
      }
      if (body.ChallengeName === 'DEVICE_SRP_AUTH') {
        const device = devices.get(r.DEVICE_KEY!)
        if (!device) return reply(400, { __type: 'ResourceNotFoundException', message: 'Device does not exist.' }, 'ResourceNotFoundException')
        const { deviceGroupKey, ...verifier } = device
        const challenge = await beginSrpChallenge({ poolName: deviceGroupKey, userId: r.DEVICE_KEY!, ...verifier, srpA: r.SRP_A! })
        sessions.set('s3', challenge.state)
        return reply(200, {
          ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
          Session: 's3',
          ChallengeParameters: { ...challenge.challengeParameters, USERNAME: r.USERNAME, DEVICE_KEY: r.DEVICE_KEY },
        })
      }
    }
    if (target === 'ConfirmDevice') {
      const cfg = body.DeviceSecretVerifierConfig as unknown as { PasswordVerifier: string; Salt: string }
      devices.set(body.DeviceKey as string, { ...parseDeviceVerifierConfig(cfg), deviceGroupKey: DEVICE_GROUP_KEY })
      return reply(200, { UserConfirmationNecessary: false })
    }
    return reply(400, { __type: 'InvalidParameterException', message: target }, 'InvalidParameterException')
  }

  const config = { userPoolId: USER_POOL_ID, userPoolClientId: CLIENT_ID, userPoolEndpoint: ENDPOINT }
  const orchestrator = (meta?: { deviceKey: string; deviceGroupKey: string; randomPassword: string }) =>
    ({ getDeviceMetadata: async () => meta ?? null }) as unknown as Parameters<typeof handlePasswordSRP>[0]['tokenOrchestrator']

  beforeEach(async () => {
    users = new Map([['alice', await createPasswordVerifier({ poolName: POOL_NAME, userId: 'alice', password: 'S3cret!pw' })]])
    devices = new Map()
    sessions = new Map()
    calls = []
    vi.stubGlobal('fetch', vi.fn(fakeCognito))
    vi.stubGlobal('navigator', { userAgent: 'vitest-srp' })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  const signIn = (username: string, password: string, meta?: Parameters<typeof orchestrator>[0]) =>
    handlePasswordSRP({ username, password, config, tokenOrchestrator: orchestrator(meta), authFlow: 'USER_SRP_AUTH' } as Parameters<typeof handlePasswordSRP>[0])

  it('USER_SRP_AUTH: right password gets tokens, wrong password gets NotAuthorizedException', async () => {
    const ok = await signIn('Alice', 'S3cret!pw')
    expect(ok.AuthenticationResult?.AccessToken).toBe('a')
    const answer = calls.find((c) => c.body.ChallengeName === 'PASSWORD_VERIFIER')!.body.ChallengeResponses as Record<string, string>
    // Amplify answers with USER_ID_FOR_SRP as USERNAME, not what the user typed.
    expect(answer.USERNAME).toBe('alice')
    expect(Object.keys(answer).sort()).toEqual(['PASSWORD_CLAIM_SECRET_BLOCK', 'PASSWORD_CLAIM_SIGNATURE', 'TIMESTAMP', 'USERNAME'])
    expect(parseCognitoTimestamp(answer.TIMESTAMP!)).toBeInstanceOf(Date)

    await expect(signIn('alice', 'S3cret!pW')).rejects.toMatchObject({ name: 'NotAuthorizedException' })
  })

  it('unknown DEVICE_KEY: Amplify clears it and re-answers PASSWORD_VERIFIER with the same session', async () => {
    let meta: { deviceKey: string; deviceGroupKey: string; randomPassword: string } | null = {
      deviceKey: 'us-east-1_00000000-0000-0000-0000-000000000000',
      deviceGroupKey: 'gone',
      randomPassword: 'x',
    }
    const tokenOrchestrator = {
      getDeviceMetadata: async () => meta,
      clearDeviceMetadata: async () => {
        meta = null
      },
    } as unknown as Parameters<typeof handlePasswordSRP>[0]['tokenOrchestrator']
    const ok = await handlePasswordSRP({ username: 'alice', password: 'S3cret!pw', config, tokenOrchestrator, authFlow: 'USER_SRP_AUTH' } as Parameters<
      typeof handlePasswordSRP
    >[0])
    expect(ok.AuthenticationResult?.AccessToken).toBe('a')
    const answers = calls.filter((c) => c.body.ChallengeName === 'PASSWORD_VERIFIER')
    expect(answers).toHaveLength(2)
    const [first, second] = answers.map((c) => c.body as { Session: string; ChallengeResponses: Record<string, string> })
    expect(second!.Session).toBe(first!.Session)
    expect(second!.ChallengeResponses.PASSWORD_CLAIM_SECRET_BLOCK).toBe(first!.ChallengeResponses.PASSWORD_CLAIM_SECRET_BLOCK)
    expect(first!.ChallengeResponses.DEVICE_KEY).toBeDefined()
    expect(second!.ChallengeResponses.DEVICE_KEY).toBeUndefined()
  })

  it('ConfirmDevice config from getNewDeviceMetadata, then USER_SRP_AUTH + DEVICE_SRP_AUTH + DEVICE_PASSWORD_VERIFIER', async () => {
    const meta = await getNewDeviceMetadata({
      userPoolId: USER_POOL_ID,
      userPoolEndpoint: ENDPOINT,
      newDeviceMetadata: { DeviceKey: DEVICE_KEY, DeviceGroupKey: DEVICE_GROUP_KEY },
      accessToken: 'a',
    })
    expect(meta).toMatchObject({ deviceKey: DEVICE_KEY, deviceGroupKey: DEVICE_GROUP_KEY })
    expect(devices.has(DEVICE_KEY)).toBe(true)
    const deviceMeta = meta as { deviceKey: string; deviceGroupKey: string; randomPassword: string }

    calls = []
    const ok = await signIn('alice', 'S3cret!pw', deviceMeta)
    expect(ok.AuthenticationResult?.AccessToken).toBe('a')
    expect(calls.map((c) => c.body.ChallengeName ?? c.body.AuthFlow)).toEqual([
      'USER_SRP_AUTH',
      'PASSWORD_VERIFIER',
      'DEVICE_SRP_AUTH',
      'DEVICE_PASSWORD_VERIFIER',
    ])
    const devAnswer = calls[3]!.body.ChallengeResponses as Record<string, string>
    expect(devAnswer.DEVICE_KEY).toBe(DEVICE_KEY)
    expect(devAnswer.USERNAME).toBe('alice')

    // Same flow with the wrong random password fails at DEVICE_PASSWORD_VERIFIER.
    await expect(
      handleDeviceSRPAuth({
        username: 'alice',
        config,
        session: 's2',
        tokenOrchestrator: orchestrator({ ...deviceMeta, randomPassword: `${deviceMeta.randomPassword}!` }),
      } as Parameters<typeof handleDeviceSRPAuth>[0]),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' })
    // And the right one passes when called directly too.
    await expect(
      handleDeviceSRPAuth({ username: 'alice', config, session: 's2', tokenOrchestrator: orchestrator(deviceMeta) } as Parameters<
        typeof handleDeviceSRPAuth
      >[0]),
    ).resolves.toMatchObject({ AuthenticationResult: tokens })
  })
})
