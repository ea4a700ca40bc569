import { describe, expect, it } from 'vitest'
import { createCognitoEmulator, SeedValidationError, validateSeed } from '../../src/index.ts'
import { callEmulator } from '../support/callEmulator.ts'

const seed = (undocumented?: Record<string, string>) => ({
  userPool: { id: 'us-east-1_Guess', ...(undocumented ? { undocumented } : {}) },
  clients: [{ id: 'client1' }],
  users: [{ username: 'ann', password: 'pw', devices: [{ key: 'us-east-1_a0' }, { key: 'us-east-1_a1' }] }],
})

describe('answers nobody captured: the emulator picks one, a seed may pick the other', () => {
  it('GetDevice/ForgetDevice without AccessToken: the null-constraint message by default, "Missing Authentication Token" on request', async () => {
    const byDefault = createCognitoEmulator({ seed: seed() })
    expect((await callEmulator(byDefault, 'GetDevice', { DeviceKey: 'us-east-1_a0' })).body).toEqual({
      __type: 'InvalidParameterException',
      message: "1 validation error detected: Value null at 'accessToken' failed to satisfy constraint: Member must not be null",
    })
    const notAuthorized = createCognitoEmulator({ seed: seed({ missingAccessToken: 'not-authorized' }) })
    for (const operation of ['GetDevice', 'ForgetDevice']) {
      expect((await callEmulator(notAuthorized, operation, { DeviceKey: 'us-east-1_a0' })).body).toEqual({
        __type: 'NotAuthorizedException',
        message: 'Missing Authentication Token',
      })
    }
  })

  it('an access token carrying a forgotten device key keeps working by default, and is revoked on request', async () => {
    for (const [choice, expected] of [
      [undefined, 200],
      ['revoked', 400],
    ] as const) {
      const emulator = createCognitoEmulator({ seed: seed(choice ? { forgottenDeviceAccessToken: choice } : undefined) })
      const { accessToken } = await emulator.signIn('ann', { deviceKey: 'us-east-1_a0' })
      await callEmulator(emulator, 'ForgetDevice', { AccessToken: accessToken, DeviceKey: 'us-east-1_a0' })
      const listed = await callEmulator(emulator, 'ListDevices', { AccessToken: accessToken })
      expect(listed.status).toBe(expected)
      if (choice) expect(listed.body).toEqual({ __type: 'NotAuthorizedException', message: 'Access Token has been revoked' })
    }
  })

  it('refuses a seed with a bad choice, quota or IAM credential, naming the field', () => {
    const bad = (value: unknown) => () => validateSeed(value)
    expect(bad({ userPool: { undocumented: { missingAccessToken: 'maybe' } } })).toThrow(SeedValidationError)
    expect(bad({ userPool: { throttling: { perUserReadPerSecond: 0 } } })).toThrow('userPool.throttling.perUserReadPerSecond')
    expect(bad({ userPool: { accountId: '12' } })).toThrow('userPool.accountId')
    expect(bad({ iamCredentials: [{ accessKeyId: 'short', secretAccessKey: 'x' }] })).toThrow('iamCredentials[0].accessKeyId')
    expect(validateSeed({ userPool: { throttling: false }, iamCredentials: [{ accessKeyId: 'AKIAEMULATOREXAMPLE1', secretAccessKey: 's' }] })).toBeTruthy()
    expect(bad({ iamCredentials: [{ accessKeyId: 'AKIAEMULATOREXAMPLE1', secretAccessKey: 's', allowedActions: ['ForgetDevice'] }] })).toThrow('iamCredentials[0].allowedActions')
    expect(validateSeed({ iamCredentials: [{ accessKeyId: 'AKIAEMULATOREXAMPLE1', secretAccessKey: 's', allowedActions: ['AdminListDevices'] }] })).toBeTruthy()
  })
})
