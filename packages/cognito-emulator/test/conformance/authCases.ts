import type { ConformanceCase } from './case.ts'
import { cleanUpWithFreshSignIn, deviceChallenges, forgetQuietly, passwordSignIn, signInOnNewDevice, srpPasswordStep } from './flows.ts'
import { call, errorOf } from './wire.ts'

/** Sign-in, refresh and revocation. */
export const authCases: ConformanceCase[] = [
  {
    id: 'refresh-with-unconfirmed-device',
    covers: 'row 4',
    title: 'A refresh that sends the DEVICE_KEY of a device never confirmed fails',
    async run(target) {
      const tokens = await passwordSignIn(target)
      const deviceKey = tokens.NewDeviceMetadata?.DeviceKey
      const refresh = await call(target, 'InitiateAuth', {
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: target.clientId,
        AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) },
      })
      await forgetQuietly(target, tokens.AccessToken, [deviceKey])
      return { newDeviceIssued: deviceKey !== undefined, refresh: errorOf(refresh) }
    },
  },
  {
    id: 'refresh-after-revoke',
    covers: 'row 5; revocation',
    title: 'A refresh token revoked with RevokeToken answers "Refresh Token has been revoked"; its access token is revoked too',
    async run(target) {
      const device = await signInOnNewDevice(target)
      const refreshBefore = await call(target, 'InitiateAuth', {
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: target.clientId,
        AuthParameters: { REFRESH_TOKEN: device.tokens.RefreshToken, DEVICE_KEY: device.deviceKey },
      })
      const revoke = await call(target, 'RevokeToken', { ClientId: target.clientId, Token: device.tokens.RefreshToken })
      const refreshAfter = await call(target, 'InitiateAuth', {
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: target.clientId,
        AuthParameters: { REFRESH_TOKEN: device.tokens.RefreshToken, DEVICE_KEY: device.deviceKey },
      })
      const accessAfter = await call(target, 'ListDevices', { AccessToken: device.tokens.AccessToken })
      await cleanUpWithFreshSignIn(target, [device.deviceKey])
      return { refreshBeforeRevoke: refreshBefore.status, revoke: revoke.status, refreshAfterRevoke: errorOf(refreshAfter), accessTokenAfterRevoke: errorOf(accessAfter) }
    },
  },
  {
    id: 'global-sign-out',
    covers: 'revocation',
    title: 'GlobalSignOut revokes the access token: "Access Token has been revoked"',
    async run(target) {
      const device = await signInOnNewDevice(target)
      const signOut = await call(target, 'GlobalSignOut', { AccessToken: device.tokens.AccessToken })
      const after = errorOf(await call(target, 'GetDevice', { AccessToken: device.tokens.AccessToken, DeviceKey: device.deviceKey }))
      await cleanUpWithFreshSignIn(target, [device.deviceKey])
      return { signOut: signOut.status, getDeviceAfter: after }
    },
  },
  {
    id: 'srp-and-device-challenges-without-session',
    covers: 'row 6; sign-in with device challenges',
    title: 'USER_SRP_AUTH and the device challenges (DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER) answered without Session',
    async run(target) {
      const device = await signInOnNewDevice(target)
      const { userId, answer: password } = await srpPasswordStep(target, device.deviceKey)
      const { srpAuth, verifier } = await deviceChallenges(target, device, userId)
      const result = verifier?.body?.AuthenticationResult as Record<string, unknown> | undefined
      await forgetQuietly(target, device.tokens.AccessToken, [device.deviceKey])
      return {
        passwordVerifier: { status: password.status, challenge: password.body?.ChallengeName ?? errorOf(password) },
        deviceSrpAuth: { status: srpAuth.status, challenge: srpAuth.body?.ChallengeName ?? errorOf(srpAuth) },
        devicePasswordVerifier: { status: verifier?.status, tokens: typeof result?.AccessToken === 'string', newDevice: result?.NewDeviceMetadata !== undefined },
      }
    },
  },
  {
    id: 'confirm-device-of-another-sign-in',
    covers: 'row 7',
    title: 'ConfirmDevice of a key that was not issued to this sign-in',
    async run(target) {
      const first = await passwordSignIn(target)
      const second = await passwordSignIn(target)
      const confirm = await call(target, 'ConfirmDevice', {
        AccessToken: first.AccessToken,
        DeviceKey: second.NewDeviceMetadata?.DeviceKey,
        DeviceName: 'not this sign-in',
      })
      await forgetQuietly(target, first.AccessToken, [first.NewDeviceMetadata?.DeviceKey])
      await forgetQuietly(target, second.AccessToken, [second.NewDeviceMetadata?.DeviceKey])
      return { confirm: errorOf(confirm) }
    },
  },
]
