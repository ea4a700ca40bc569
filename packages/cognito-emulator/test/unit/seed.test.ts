import { describe, expect, it } from 'vitest'
import {
  createCognitoEmulator,
  DEFAULT_USER_POOL_ID,
  defaultSeed,
  DEMO_PASSWORD,
  DEMO_USERS,
  generateDevices,
  SeedValidationError,
  validateSeed,
} from '../../src/index.ts'
import { createClock } from '../../src/clock.ts'
import { callEmulator, passwordSignIn } from '../support/callEmulator.ts'

describe('validateSeed', () => {
  it.each([
    ['not an object', [], ''],
    ['an unknown top-level field', { user: [] }, 'user'],
    ['a bad pool id', { userPool: { id: 'nopool' } }, 'userPool.id'],
    ['a non-boolean tracking flag', { userPool: { deviceTracking: { deviceOnlyRememberedOnUserPrompt: 'yes' } } }, 'userPool.deviceTracking.deviceOnlyRememberedOnUserPrompt'],
    ['a zero token lifetime', { userPool: { accessTokenValiditySeconds: 0 } }, 'userPool.accessTokenValiditySeconds'],
    ['a client without id', { clients: [{ name: 'x' }] }, 'clients[0].id'],
    ['an unknown auth flow', { clients: [{ id: 'c', explicitAuthFlows: ['ALLOW_MAGIC'] }] }, 'clients[0].explicitAuthFlows[0]'],
    ['a user without password', { users: [{ username: 'a' }] }, 'users[0].password'],
    ['a duplicate username', { users: [{ username: 'a', password: 'p' }, { username: 'a', password: 'p' }] }, 'users[1].username'],
    ['a non-string user attribute', { users: [{ username: 'a', password: 'p', attributes: { age: 3 } }] }, 'users[0].attributes.age'],
    ['a bad device key', { users: [{ username: 'a', password: 'p', devices: [{ key: 'BAD' }] }] }, 'users[0].devices[0].key'],
    ['an unparsable date', { users: [{ username: 'a', password: 'p', devices: [{ createdAt: 'yesterday' }] }] }, 'users[0].devices[0].createdAt'],
    ['an attribute name over 32 characters', { users: [{ username: 'a', password: 'p', devices: [{ attributes: [{ Name: 'n'.repeat(33), Value: '' }] }] }] }, 'users[0].devices[0].attributes[0].Name'],
    ['a device key used twice', { users: [{ username: 'a', password: 'p', devices: [{ key: 'us-east-1_1' }] }, { username: 'b', password: 'p', devices: [{ key: 'us-east-1_1' }] }] }, 'users[1].devices[0].key'],
  ])('names the bad field for %s', (_case, seed, path) => {
    try {
      validateSeed(seed)
      expect.unreachable('the seed was accepted')
    } catch (error) {
      expect(error).toBeInstanceOf(SeedValidationError)
      expect((error as SeedValidationError).path).toBe(path)
      expect((error as SeedValidationError).message).toContain(`Invalid seed at ${path}:`)
    }
  })

  it('accepts the default seed, a JSON round trip of it, and an empty seed', () => {
    expect(() => validateSeed(defaultSeed())).not.toThrow()
    expect(() => validateSeed(JSON.parse(JSON.stringify(defaultSeed())))).not.toThrow()
    expect(() => validateSeed({})).not.toThrow()
  })

  it('makes createCognitoEmulator throw on a bad seed', () => {
    expect(() => createCognitoEmulator({ seed: { users: [{ username: 'a' }] } as never })).toThrow(SeedValidationError)
  })
})

describe('the default seed', () => {
  it('has the demo user with six realistic devices: five remembered, one used a year ago', async () => {
    const now = new Date('2026-06-01T12:00:00Z')
    const emulator = createCognitoEmulator({ now })
    expect(emulator.userPoolId).toBe(DEFAULT_USER_POOL_ID)
    const devices = emulator.devices(DEMO_USERS.demo)
    expect(devices).toHaveLength(6)
    expect(devices.filter((device) => !device.remembered)).toHaveLength(1)
    expect(devices.some((device) => now.getTime() - device.lastAuthenticatedAt.getTime() >= 365 * 86_400_000)).toBe(true)
    expect(new Set(devices.map((device) => device.name)).size).toBe(6)
    expect(devices.every((device) => device.name?.startsWith('Mozilla/5.0 ('))).toBe(true)
    expect(emulator.devices(DEMO_USERS.manyDevices)).toHaveLength(130)
  })

  it('signs in the demo user and blocks the flagged ones', async () => {
    const emulator = createCognitoEmulator()
    expect((await passwordSignIn(emulator, DEMO_USERS.demo, DEMO_PASSWORD)).AccessToken).toBeTruthy()
    const names = []
    for (const username of [DEMO_USERS.passwordResetRequired, DEMO_USERS.unconfirmed, DEMO_USERS.disabled]) {
      const answer = await callEmulator(emulator, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: emulator.clientId, AuthParameters: { USERNAME: username, PASSWORD: DEMO_PASSWORD } })
      names.push(answer.body?.__type)
    }
    expect(names).toEqual(['PasswordResetRequiredException', 'UserNotConfirmedException', 'NotAuthorizedException'])
  })

  it('load() replaces everything', async () => {
    const emulator = createCognitoEmulator()
    emulator.load({ userPool: { id: 'eu-west-1_Other' }, users: [{ username: 'x', password: 'y' }] })
    expect(emulator.userPoolId).toBe('eu-west-1_Other')
    expect(emulator.region).toBe('eu-west-1')
    expect(() => emulator.devices(DEMO_USERS.demo)).toThrow()
  })
})

describe('generateDevices', () => {
  it('makes N distinct valid devices, stable between runs', () => {
    const devices = generateDevices(600)
    expect(new Set(devices.map((device) => device.key)).size).toBe(600)
    expect(() => validateSeed({ users: [{ username: 'a', password: 'p', devices }] })).not.toThrow()
    expect(generateDevices(3).map((device) => device.key)).toEqual(generateDevices(3).map((device) => device.key))
  })
})

describe('the clock', () => {
  it('stays frozen at a start time and moves only when told', () => {
    const clock = createClock(new Date('2026-01-01T00:00:00Z'))
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z')
    clock.advance(90_000)
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:30.000Z')
    clock.set(new Date('2030-05-05T05:05:05Z'))
    expect(clock.now().toISOString()).toBe('2030-05-05T05:05:05.000Z')
  })

  it('follows real time, shifted, without a start time', () => {
    const clock = createClock()
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(50)
    clock.advance(3_600_000)
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(3_599_000)
  })
})
