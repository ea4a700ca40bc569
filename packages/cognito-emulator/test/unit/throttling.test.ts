import { describe, expect, it } from 'vitest'
import { createCognitoEmulator } from '../../src/index.ts'
import { callEmulator } from '../support/callEmulator.ts'

const seed = (throttling?: false | { perUserReadPerSecond: number }) => ({
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
