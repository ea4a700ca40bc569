import type { ConformanceCase } from './case.ts'
import { forgetQuietly, signInOnNewDevice } from './flows.ts'
import { call, errorOf, pause, type WireAnswer } from './wire.ts'

/** The first answer of a flood that was throttled, if any. */
const firstThrottled = (answers: readonly WireAnswer[]) => answers.map(errorOf).find((error) => error.type === 'TooManyRequestsException')

/** The quotas: floods from one user, each recovering a moment later. */
export const quotaCases: ConformanceCase[] = [
  {
    id: 'getdevice-flood-is-throttled',
    covers: 'row 8; quotas',
    title: 'A flood of GetDevice from one user is throttled with TooManyRequestsException, and recovers',
    async run(target) {
      const device = await signInOnNewDevice(target)
      const input = { AccessToken: device.tokens.AccessToken, DeviceKey: device.deviceKey }
      const flood = await Promise.all(Array.from({ length: 40 }, () => call(target, 'GetDevice', input)))
      await pause(2000)
      const after = await call(target, 'GetDevice', input)
      await forgetQuietly(target, device.tokens.AccessToken, [device.deviceKey])
      const throttled = firstThrottled(flood)
      return { someThrottled: throttled !== undefined, throttled, afterPause: after.status }
    },
  },
  {
    id: 'sign-in-flood-is-throttled',
    covers: 'point 4: quotas beyond the device operations',
    title: 'A flood of sign-ins, then of GetUser, from one user: each is throttled by the per-user read quota, and recovers',
    async run(target) {
      const device = await signInOnNewDevice(target)
      // With the remembered device's key no attempt makes a new device (and in the emulator none answers tokens).
      const signIn = () =>
        call(target, 'InitiateAuth', {
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: target.clientId,
          AuthParameters: { USERNAME: target.username, PASSWORD: target.password, DEVICE_KEY: device.deviceKey },
        })
      await pause(1100)
      const signIns = await Promise.all(Array.from({ length: 20 }, signIn))
      await pause(2000)
      const AccessToken = device.tokens.AccessToken
      const getUser = await Promise.all(Array.from({ length: 20 }, () => call(target, 'GetUser', { AccessToken })))
      await pause(2000)
      const after = (await call(target, 'GetUser', { AccessToken })).status
      await forgetQuietly(target, AccessToken, [device.deviceKey])
      return { signIns: firstThrottled(signIns), getUser: firstThrottled(getUser), getUserAfterPause: after }
    },
  },
]
