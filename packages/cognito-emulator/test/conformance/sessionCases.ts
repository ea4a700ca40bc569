import type { ConformanceCase } from './case.ts'
import { cleanUpWithFreshSignIn, forgetQuietly, passwordSignIn, refresh, signInOnNewDevice, srpPasswordStep, srpStart } from './flows.ts'
import { call, errorOf } from './wire.ts'

/** Sessions of one user across devices: sign-out everywhere, forgetting another device, stale keys, the newer refresh. */
export const sessionCases: ConformanceCase[] = [
  {
    id: 'global-sign-out-ends-other-sessions',
    covers: 'point 5: GlobalSignOut',
    title: "GlobalSignOut from one session revokes the user's other sessions: their access and refresh tokens",
    async run(target) {
      const here = await signInOnNewDevice(target, 'signs out everywhere')
      const elsewhere = await signInOnNewDevice(target, 'signed out from elsewhere')
      const signOut = await call(target, 'GlobalSignOut', { AccessToken: here.tokens.AccessToken })
      const otherAccessToken = errorOf(await call(target, 'ListDevices', { AccessToken: elsewhere.tokens.AccessToken }))
      const otherRefresh = errorOf(await refresh(target, elsewhere.tokens.RefreshToken, elsewhere.deviceKey))
      await cleanUpWithFreshSignIn(target, [here.deviceKey, elsewhere.deviceKey])
      return { signOut: signOut.status, otherAccessToken, otherRefresh }
    },
  },
  {
    id: 'refresh-after-forget-by-another-device',
    covers: 'point 5: refresh after ForgetDevice',
    title: 'Device A forgets device B: B can no longer refresh (its access token lives until it expires)',
    async run(target) {
      const a = await signInOnNewDevice(target, 'device A')
      const b = await signInOnNewDevice(target, 'device B')
      const before = (await refresh(target, b.tokens.RefreshToken, b.deviceKey)).status
      const forget = (await call(target, 'ForgetDevice', { AccessToken: a.tokens.AccessToken, DeviceKey: b.deviceKey })).status
      const after = errorOf(await refresh(target, b.tokens.RefreshToken, b.deviceKey))
      await forgetQuietly(target, a.tokens.AccessToken, [a.deviceKey])
      return { refreshBefore: before, forget, refreshAfter: after }
    },
  },
  {
    id: 'sign-in-with-a-stale-device-key',
    covers: 'point 4: DEVICE_KEY null; point 5: stale DEVICE_KEY',
    title: 'A forgotten DEVICE_KEY answers "Device does not exist." at InitiateAuth and PASSWORD_VERIFIER; the SDK retry with DEVICE_KEY null signs in on a new device',
    async run(target) {
      const device = await signInOnNewDevice(target, 'forgotten')
      const stale = device.deviceKey
      await call(target, 'ForgetDevice', { AccessToken: device.tokens.AccessToken, DeviceKey: stale })
      const passwordAuth = errorOf(
        await call(target, 'InitiateAuth', {
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: target.clientId,
          AuthParameters: { USERNAME: target.username, PASSWORD: target.password, DEVICE_KEY: stale },
        }),
      )
      const srpStartWithKey = errorOf((await srpStart(target, stale)).answer)
      const { answer: passwordVerifier, retry } = await srpPasswordStep(target, stale, { retryWithNullDeviceKey: true })
      const result = retry?.body?.AuthenticationResult as { AccessToken?: string; NewDeviceMetadata?: { DeviceKey: string } } | undefined
      const newKey = result?.NewDeviceMetadata?.DeviceKey
      if (result?.AccessToken) await forgetQuietly(target, result.AccessToken, [newKey])
      return {
        passwordAuth,
        srpStart: srpStartWithKey,
        passwordVerifier: errorOf(passwordVerifier),
        retryWithNullDeviceKey: { status: retry?.status, tokens: typeof result?.AccessToken === 'string', newDevice: newKey !== undefined && newKey !== stale },
      }
    },
  },
  {
    id: 'get-tokens-from-refresh-token',
    covers: 'point 5: GetTokensFromRefreshToken',
    title: 'GetTokensFromRefreshToken refreshes with the device key, refuses without it, and after RevokeToken',
    async run(target) {
      const device = await signInOnNewDevice(target)
      const input = { ClientId: target.clientId, RefreshToken: device.tokens.RefreshToken }
      const withKey = await call(target, 'GetTokensFromRefreshToken', { ...input, DeviceKey: device.deviceKey })
      const withoutKey = errorOf(await call(target, 'GetTokensFromRefreshToken', input))
      await call(target, 'RevokeToken', { ClientId: target.clientId, Token: device.tokens.RefreshToken })
      const revoked = errorOf(await call(target, 'GetTokensFromRefreshToken', { ...input, DeviceKey: device.deviceKey }))
      await cleanUpWithFreshSignIn(target, [device.deviceKey])
      const result = withKey.body?.AuthenticationResult as Record<string, unknown> | undefined
      return { withDeviceKey: { status: withKey.status, accessToken: typeof result?.AccessToken === 'string' }, withoutDeviceKey: withoutKey, afterRevokeToken: revoked }
    },
  },
  {
    id: 'update-device-status-does-not-confirm',
    covers: 'point 4: UpdateDeviceStatus',
    title: 'UpdateDeviceStatus on a device never confirmed does not let its refresh token through',
    async run(target) {
      const tokens = await passwordSignIn(target)
      const DeviceKey = tokens.NewDeviceMetadata?.DeviceKey
      const update = await call(target, 'UpdateDeviceStatus', { AccessToken: tokens.AccessToken, DeviceKey, DeviceRememberedStatus: 'remembered' })
      const refreshAfter = errorOf(await refresh(target, tokens.RefreshToken, DeviceKey))
      await forgetQuietly(target, tokens.AccessToken, [DeviceKey])
      return { updateStatus: update.status === 200 ? 200 : errorOf(update), refreshAfterUpdate: refreshAfter }
    },
  },
]
