import { describe, expect, it, vi } from 'vitest'
import { createCognitoEmulator } from '../../src/index.ts'
import { callEmulator } from '../support/callEmulator.ts'

async function signedIn(random?: () => number) {
  const emulator = createCognitoEmulator(random ? { random } : {})
  const { accessToken, deviceKey } = await emulator.signIn('demo@example.com')
  const getDevice = () => callEmulator(emulator, 'GetDevice', { AccessToken: accessToken, DeviceKey: deviceKey })
  return { emulator, accessToken, getDevice }
}

/** On a fake clock: was the answer there a millisecond before `ms` (early), and is it there at `ms` (onTime)? */
async function answeredAfter(call: () => Promise<unknown>, ms: number): Promise<{ early: boolean; onTime: boolean }> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  try {
    let answered = false
    const pending = call().then(() => (answered = true))
    await vi.advanceTimersByTimeAsync(ms - 1)
    const early = answered
    await vi.advanceTimersByTimeAsync(1)
    await pending
    return { early, onTime: answered }
  } finally {
    vi.useRealTimers()
  }
}

describe('fault injection', () => {
  it('delays answers by a fixed latency, not a millisecond less', async () => {
    const { emulator, getDevice } = await signedIn()
    emulator.faults.set('GetDevice', { latency: { ms: 150 } })
    expect(await answeredAfter(getDevice, 150)).toEqual({ early: false, onTime: true })
  })

  it('draws a random latency within the range', async () => {
    const { emulator, getDevice } = await signedIn(() => 0.1)
    emulator.faults.set('GetDevice', { latency: { minMs: 100, maxMs: 1100 } })
    expect(await answeredAfter(getDevice, 200)).toEqual({ early: false, onTime: true }) // 100 + 0.1 of the 1000 ms range
  })

  it('fails every call with the named error and its usual message', async () => {
    const { emulator, getDevice } = await signedIn()
    emulator.faults.set('GetDevice', { error: { name: 'TooManyRequestsException' } })
    for (let call = 0; call < 3; call++) expect((await getDevice()).body).toEqual({ __type: 'TooManyRequestsException', message: 'Rate exceeded' })
    emulator.faults.set('GetDevice', { error: { name: 'ForbiddenException', message: 'WAF says no' } })
    expect((await getDevice()).body).toEqual({ __type: 'ForbiddenException', message: 'WAF says no' })
  })

  it('fails only after N calls', async () => {
    const { emulator, getDevice } = await signedIn()
    emulator.faults.set('GetDevice', { error: { name: 'InternalErrorException', afterCalls: 2 } })
    const statuses = []
    for (let call = 0; call < 4; call++) statuses.push((await getDevice()).status)
    expect(statuses).toEqual([200, 200, 500, 500])
  })

  it('fails with a probability', async () => {
    const draws = [0.1, 0.9, 0.29, 0.31]
    const { emulator, getDevice } = await signedIn(() => draws.shift() ?? 1)
    emulator.faults.set('GetDevice', { error: { name: 'InternalErrorException', probability: 0.3 } })
    const statuses = []
    for (let call = 0; call < 4; call++) statuses.push((await getDevice()).status)
    expect(statuses).toEqual([500, 200, 500, 200])
  })

  it('throttles a user past N calls a second, per user, and lets them through a second later', async () => {
    const emulator = createCognitoEmulator({ now: new Date('2026-01-01T00:00:00Z') })
    const demo = await emulator.signIn('demo@example.com')
    const other = await emulator.signIn('many-devices@example.com')
    emulator.faults.set('ListDevices', { throttle: { perUserPerSecond: 2 } })
    const list = (AccessToken: string) => callEmulator(emulator, 'ListDevices', { AccessToken, Limit: 1 })
    expect((await list(demo.accessToken)).status).toBe(200)
    expect((await list(demo.accessToken)).status).toBe(200)
    expect((await list(demo.accessToken)).body).toEqual({ __type: 'TooManyRequestsException', message: 'Rate exceeded' })
    expect((await list(other.accessToken)).status).toBe(200)
    emulator.clock.advance(1001)
    expect((await list(demo.accessToken)).status).toBe(200)
  })

  it.each([
    ['invalid-json', (text: string) => expect(() => JSON.parse(text)).toThrow()],
    ['wrong-shape', (text: string) => expect(typeof JSON.parse(text).Device).toBe('string')],
    ['empty', (text: string) => expect(text).toBe('')],
  ] as const)('answers 200 with a %s body', async (malformedBody, check) => {
    const { emulator, getDevice } = await signedIn()
    emulator.faults.set('GetDevice', { malformedBody })
    const response = await emulator.handle(
      new Request('http://cognito.test/', {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.GetDevice' },
        body: '{}',
      }),
    )
    expect(response.status).toBe(400)
    const broken = await getDevice()
    expect(broken.status).toBe(200)
    check(broken.text)
  })

  it("applies '*' to every operation, and clear() removes faults", async () => {
    const { emulator, accessToken, getDevice } = await signedIn()
    emulator.faults.set('*', { error: { name: 'InternalErrorException' } })
    expect((await getDevice()).status).toBe(500)
    expect((await callEmulator(emulator, 'GetUser', { AccessToken: accessToken })).status).toBe(500)
    emulator.faults.clear('*')
    expect((await getDevice()).status).toBe(200)
    emulator.faults.set('GetUser', { error: { name: 'InternalErrorException' } })
    emulator.faults.clear()
    expect((await callEmulator(emulator, 'GetUser', { AccessToken: accessToken })).status).toBe(200)
  })
})

describe('the request log', () => {
  it('counts calls per operation, failures included, until reset', async () => {
    const { emulator, accessToken, getDevice } = await signedIn()
    await getDevice()
    await getDevice()
    await callEmulator(emulator, 'GetUser', { AccessToken: 'bad' })
    await callEmulator(emulator, 'GetUser', { AccessToken: accessToken })
    expect(emulator.calls('GetDevice')).toBe(2)
    expect(emulator.calls('GetUser')).toBe(2)
    expect(emulator.calls()).toBe(4)
    expect(emulator.requests().map((entry) => entry.errorName)).toEqual([undefined, undefined, 'NotAuthorizedException', undefined])
    emulator.resetCalls()
    expect(emulator.calls()).toBe(0)
  })
})
