import { describe, expect, it } from 'vitest'
import { createCognitoEmulator, type SeedThrottling } from '../../src/index.ts'
import { callEmulator } from '../support/callEmulator.ts'

const seed = (throttling?: false | SeedThrottling) => ({
  userPool: { id: 'us-east-1_Quota', ...(throttling === undefined ? {} : { throttling }) },
  clients: [{ id: 'client1' }],
  users: [
    { username: 'ann', password: 'pw', devices: [{ key: 'us-east-1_a0' }] },
    { username: 'bob', password: 'pw', devices: [{ key: 'us-east-1_b0' }] },
  ],
})

async function flood(emulator: ReturnType<typeof createCognitoEmulator>, accessToken: string, deviceKey: string, count: number) {
  const answers = []
  for (let call = 0; call < count; call += 1) answers.push(await callEmulator(emulator, 'GetDevice', { AccessToken: accessToken, DeviceKey: deviceKey }))
  return answers
}

describe("Cognito's default quotas (on unless a seed or option says otherwise)", () => {
  it('throttles a flood of GetDevice from one user with TooManyRequestsException, and lets it through a second later', async () => {
    const emulator = createCognitoEmulator({ seed: seed(), now: new Date('2026-03-01T12:00:00Z') })
    const ann = await emulator.signIn('ann', { deviceKey: 'us-east-1_a0' })
    const bob = await emulator.signIn('bob', { deviceKey: 'us-east-1_b0' })

    const answers = await flood(emulator, ann.accessToken, 'us-east-1_a0', 15)
    expect(answers.slice(0, 10).every((answer) => answer.status === 200)).toBe(true)
    expect(answers[10]!.status).toBe(400)
    expect(answers[10]!.body).toEqual({ __type: 'TooManyRequestsException', message: 'Rate exceeded' })
    expect(answers[10]!.headers.get('x-amzn-ErrorType')).toBe('TooManyRequestsException:')

    // Another user's reads have their own per-user allowance.
    expect((await flood(emulator, bob.accessToken, 'us-east-1_b0', 1))[0]!.status).toBe(200)

    emulator.clock.advance(1000)
    expect((await flood(emulator, ann.accessToken, 'us-east-1_a0', 1))[0]!.status).toBe(200)
  })

  it('is tuned per seed, and turned off by the throttling option', async () => {
    const tuned = createCognitoEmulator({ seed: seed({ perUserReadPerSecond: 2 }), now: new Date('2026-03-01T12:00:00Z') })
    const tunedToken = (await tuned.signIn('ann', { deviceKey: 'us-east-1_a0' })).accessToken
    expect((await flood(tuned, tunedToken, 'us-east-1_a0', 3)).map((answer) => answer.status)).toEqual([200, 200, 400])

    const off = createCognitoEmulator({ seed: seed(), throttling: false, now: new Date('2026-03-01T12:00:00Z') })
    const offToken = (await off.signIn('ann', { deviceKey: 'us-east-1_a0' })).accessToken
    expect((await flood(off, offToken, 'us-east-1_a0', 30)).every((answer) => answer.status === 200)).toBe(true)
  })
})

describe('quotas beyond the device operations (the categories of "Quotas in Amazon Cognito")', () => {
  const now = new Date('2026-03-01T12:00:00Z')
  type Emulator = ReturnType<typeof createCognitoEmulator>
  const signIn = (emulator: Emulator, username: string) =>
    callEmulator(emulator, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'client1', AuthParameters: { USERNAME: username, PASSWORD: 'pw' } })
  const srpStart = (emulator: Emulator, username: string) =>
    callEmulator(emulator, 'InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: 'client1', AuthParameters: { USERNAME: username, SRP_A: 'ab'.repeat(384) } })

  it.each([
    ['InitiateAuth (UserAuthentication)', { userAuthenticationPerSecond: 1 }, async (emulator: Emulator) => [await signIn(emulator, 'ann'), await signIn(emulator, 'bob')]],
    [
      'GetUser (UserRead)',
      { userReadPerSecond: 1 },
      async (emulator: Emulator) => {
        const [ann, bob] = [await emulator.signIn('ann'), await emulator.signIn('bob')]
        return [await callEmulator(emulator, 'GetUser', { AccessToken: ann.accessToken }), await callEmulator(emulator, 'GetUser', { AccessToken: bob.accessToken })]
      },
    ],
    [
      'GlobalSignOut (UserUpdate)',
      { userUpdatePerSecond: 1 },
      async (emulator: Emulator) => {
        const [ann, bob] = [await emulator.signIn('ann'), await emulator.signIn('bob')]
        return [await callEmulator(emulator, 'GlobalSignOut', { AccessToken: ann.accessToken }), await callEmulator(emulator, 'GlobalSignOut', { AccessToken: bob.accessToken })]
      },
    ],
    [
      'RevokeToken (UserToken)',
      { userTokenPerSecond: 1 },
      async (emulator: Emulator) => {
        const [ann, bob] = [await emulator.signIn('ann'), await emulator.signIn('bob')]
        return [
          await callEmulator(emulator, 'RevokeToken', { ClientId: 'client1', Token: ann.refreshToken }),
          await callEmulator(emulator, 'RevokeToken', { ClientId: 'client1', Token: bob.refreshToken }),
        ]
      },
    ],
  ])('%s: with a pool quota of 1, a second user in the same second is throttled', async (_name, throttling, twoCalls) => {
    const emulator = createCognitoEmulator({ seed: seed(throttling), now })
    const [first, second] = await twoCalls(emulator)
    expect(first!.status).toBe(200)
    expect(second!.body).toEqual({ __type: 'TooManyRequestsException', message: 'Rate exceeded' })
  })

  it('counts sign-in steps against the per-user read quota: a user signing in over and over is throttled, another user is not', async () => {
    const emulator = createCognitoEmulator({ seed: seed({ perUserReadPerSecond: 2 }), now })
    const starts = [await srpStart(emulator, 'ann'), await srpStart(emulator, 'ann'), await srpStart(emulator, 'ann')]
    expect(starts.map((answer) => answer.status)).toEqual([200, 200, 400])
    expect((await srpStart(emulator, 'bob')).status).toBe(200)
    emulator.clock.advance(1000)
    expect((await srpStart(emulator, 'ann')).status).toBe(200)
  })

  it('allows RespondToAuthChallenge three times the sign-in quota', async () => {
    const emulator = createCognitoEmulator({ seed: seed({ userAuthenticationPerSecond: 1, perUserReadPerSecond: 100 }), now })
    const answer = () => callEmulator(emulator, 'RespondToAuthChallenge', { ClientId: 'client1', ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: { USERNAME: 'ann' } })
    const statuses = []
    for (let call = 0; call < 4; call += 1) statuses.push((await answer()).body?.__type)
    // Three get past the quota (and fail for want of a session); the fourth is throttled.
    expect(statuses).toEqual(['NotAuthorizedException', 'NotAuthorizedException', 'NotAuthorizedException', 'TooManyRequestsException'])
  })
})
