import type { ConformanceCase } from './case.ts'
import { forgetQuietly, listedKeys, signInOnNewDevice } from './flows.ts'
import { call, errorOf, preflight } from './wire.ts'

/** The pool's settings and the user's state as the device calls see them, paging, and the browser's preflight. */
export const accountCases: ConformanceCase[] = [
  {
    id: 'user-opt-in-pool',
    covers: 'point 5: user opt-in pools',
    title: 'In a "User opt-in" pool a confirmed device is not remembered, not listed and not found until UpdateDeviceStatus remembers it',
    needs: ['optInPool'],
    async run(target) {
      const pool = { ...target, ...target.optInPool! }
      const device = await signInOnNewDevice(pool, 'opt-in device')
      const AccessToken = device.tokens.AccessToken
      const DeviceKey = device.deviceKey
      const beforeOptIn = { listed: (await listedKeys(pool, AccessToken)).includes(DeviceKey), getDevice: errorOf(await call(pool, 'GetDevice', { AccessToken, DeviceKey })) }
      const optIn = (await call(pool, 'UpdateDeviceStatus', { AccessToken, DeviceKey, DeviceRememberedStatus: 'remembered' })).status
      const afterOptIn = { listed: (await listedKeys(pool, AccessToken)).includes(DeviceKey), getDevice: (await call(pool, 'GetDevice', { AccessToken, DeviceKey })).status }
      await forgetQuietly(pool, AccessToken, [DeviceKey])
      return { userConfirmationNecessary: device.userConfirmationNecessary, beforeOptIn, optIn, afterOptIn }
    },
  },
  {
    id: 'forget-between-pages',
    covers: 'point 5: forgetting between pages',
    title: 'A device forgotten between two ListDevices pages: the next page neither repeats nor skips a device, and leaves it out',
    async run(target) {
      const devices = [await signInOnNewDevice(target, 'first'), await signInOnNewDevice(target, 'second'), await signInOnNewDevice(target, 'third')]
      const AccessToken = devices[2]!.tokens.AccessToken
      const ours = new Set(devices.map((device) => device.deviceKey))
      const page1 = await call(target, 'ListDevices', { AccessToken, Limit: 1 })
      const firstKey = ((page1.body?.Devices ?? []) as { DeviceKey: string }[])[0]?.DeviceKey
      const forgotten = devices.find((device) => device.deviceKey !== firstKey)!.deviceKey
      await call(target, 'ForgetDevice', { AccessToken, DeviceKey: forgotten })
      const token = page1.body?.PaginationToken as string | undefined
      const rest = token ? await call(target, 'ListDevices', { AccessToken, Limit: 60, PaginationToken: token }) : undefined
      const restKeys = ((rest?.body?.Devices ?? []) as { DeviceKey: string }[]).map((device) => device.DeviceKey).filter((key) => ours.has(key))
      await forgetQuietly(target, AccessToken, [...ours].filter((key) => key !== forgotten))
      return {
        nextPage: rest ? rest.status : 'no token',
        forgottenListed: restKeys.includes(forgotten),
        firstRepeated: restKeys.includes(firstKey!),
        remainingListed: restKeys.length,
      }
    },
  },
  {
    id: 'device-calls-by-a-blocked-user',
    covers: 'point 5: device calls after disable, password reset flag, unconfirmed',
    title: 'Device calls with a live token once the user is disabled, flagged for password reset, or unconfirmed',
    needs: ['emulatorControls'],
    async run(target) {
      const controls = target.emulatorControls!
      const device = await signInOnNewDevice(target)
      const input = { AccessToken: device.tokens.AccessToken, DeviceKey: device.deviceKey }
      const answers: Record<string, unknown> = {}
      for (const flag of ['disabled', 'passwordResetRequired', 'unconfirmed'] as const) {
        controls.setUserFlags({ [flag]: true })
        answers[flag] = { getDevice: errorOf(await call(target, 'GetDevice', input)), listDevices: errorOf(await call(target, 'ListDevices', { AccessToken: input.AccessToken })) }
        controls.setUserFlags({ [flag]: false })
      }
      await forgetQuietly(target, input.AccessToken, [device.deviceKey])
      return answers
    },
  },
  {
    id: 'cors-preflight',
    covers: 'point 5: the CORS preflight',
    title: "A browser's preflight for ListDevices (Amplify's headers) is answered with CORS headers that let the call and its error headers through",
    async run(target) {
      const requested = 'content-type,x-amz-target,x-amz-user-agent,cache-control,amz-sdk-invocation-id,amz-sdk-request'
      const answer = await preflight(target, { origin: 'https://app.example', method: 'POST', headers: requested })
      const header = (name: string) => answer.headers.get(name)
      return {
        ok: answer.status >= 200 && answer.status < 300,
        allowOrigin: header('access-control-allow-origin'),
        allowsPost: (header('access-control-allow-methods') ?? '').split(',').map((method) => method.trim()).includes('POST'),
        allowsEveryRequestedHeader: requested.split(',').every((name) => (header('access-control-allow-headers') ?? '').toLowerCase().split(',').map((entry) => entry.trim()).includes(name)),
        exposeHeaders: header('access-control-expose-headers'),
        maxAge: header('access-control-max-age'),
      }
    },
  },
]
