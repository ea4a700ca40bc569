import { decodeJwt } from 'jose'
import { newDeviceSecret, srpClaim, srpHelper } from '../support/srpClient.ts'
import type { ConformanceTarget } from './target.ts'
import { call, type WireAnswer } from './wire.ts'

/** The sign-in steps the cases share, each a real wire call. */

export interface Tokens {
  readonly AccessToken: string
  readonly RefreshToken: string
  readonly NewDeviceMetadata?: { DeviceKey: string; DeviceGroupKey: string }
}

function expectOk(answer: WireAnswer, step: string): Record<string, unknown> {
  if (answer.status !== 200 || !answer.body) throw new Error(`${step} failed: ${answer.status} ${JSON.stringify(answer.body)}`)
  return answer.body
}

/** USER_PASSWORD_AUTH; a new device (NewDeviceMetadata) unless `deviceKey` names one. */
export async function passwordSignIn(target: ConformanceTarget, deviceKey?: string): Promise<Tokens> {
  const answer = await call(target, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: target.clientId,
    AuthParameters: { USERNAME: target.username, PASSWORD: target.password, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) },
  })
  return expectOk(answer, 'InitiateAuth USER_PASSWORD_AUTH').AuthenticationResult as Tokens
}

/** The username Cognito files the user under (the access token's `username` claim). */
export const canonicalUsername = (tokens: Tokens) => decodeJwt(tokens.AccessToken).username as string

export interface RememberedDevice {
  readonly tokens: Tokens
  readonly deviceKey: string
  readonly deviceGroupKey: string
  /** The device's SRP password (what Amplify keeps as randomPasswordKey). */
  readonly randomPassword: string
  /** ConfirmDevice's answer: true when the pool waits for the user to remember the device. */
  readonly userConfirmationNecessary: boolean
}

/** Sign-in on a new device plus ConfirmDevice with an SRP verifier, as Amplify does (remembered on an "Always" pool). */
export async function signInOnNewDevice(target: ConformanceTarget, deviceName = 'conformance device'): Promise<RememberedDevice> {
  const tokens = await passwordSignIn(target)
  const metadata = tokens.NewDeviceMetadata
  if (!metadata) throw new Error('No NewDeviceMetadata: the pool must have device tracking on')
  const secret = await newDeviceSecret(target.userPoolId, metadata.DeviceKey, metadata.DeviceGroupKey)
  const confirmed = expectOk(
    await call(target, 'ConfirmDevice', {
      AccessToken: tokens.AccessToken,
      DeviceKey: metadata.DeviceKey,
      DeviceName: deviceName,
      DeviceSecretVerifierConfig: secret.config,
    }),
    'ConfirmDevice',
  )
  return {
    tokens,
    deviceKey: metadata.DeviceKey,
    deviceGroupKey: metadata.DeviceGroupKey,
    randomPassword: secret.randomPassword,
    userConfirmationNecessary: confirmed.UserConfirmationNecessary === true,
  }
}

/** REFRESH_TOKEN_AUTH as the SDKs send it on a device-tracking pool (with the device key, if any). */
export const refresh = (target: ConformanceTarget, refreshToken: string, deviceKey: string | undefined) =>
  call(target, 'InitiateAuth', {
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    ClientId: target.clientId,
    AuthParameters: { REFRESH_TOKEN: refreshToken, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) },
  })

export async function forgetQuietly(target: ConformanceTarget, accessToken: string, deviceKeys: readonly (string | undefined)[]) {
  for (const DeviceKey of deviceKeys) if (DeviceKey) await call(target, 'ForgetDevice', { AccessToken: accessToken, DeviceKey })
}

/** After a case revoked its tokens: a new sign-in forgets the case's devices and its own. */
export async function cleanUpWithFreshSignIn(target: ConformanceTarget, deviceKeys: readonly string[]) {
  const fresh = await passwordSignIn(target)
  await forgetQuietly(target, fresh.AccessToken, [...deviceKeys, fresh.NewDeviceMetadata?.DeviceKey])
}

/** Every device key user-side ListDevices answers, following PaginationToken. */
export async function listedKeys(target: ConformanceTarget, accessToken: string): Promise<string[]> {
  const keys: string[] = []
  let token: string | undefined
  for (let page = 0; page < 20; page += 1) {
    const body = expectOk(await call(target, 'ListDevices', { AccessToken: accessToken, Limit: 60, ...(token ? { PaginationToken: token } : {}) }), 'ListDevices')
    keys.push(...((body.Devices ?? []) as { DeviceKey: string }[]).map((device) => device.DeviceKey))
    token = body.PaginationToken as string | undefined
    if (!token) break
  }
  return keys
}

/** USER_SRP_AUTH's first step (InitiateAuth `{USERNAME, SRP_A}`, plus DEVICE_KEY when given), with a new SRP secret. */
export async function srpStart(target: ConformanceTarget, deviceKey?: string) {
  const poolName = target.userPoolId.split('_')[1]!
  const helper = await srpHelper(poolName)
  return { poolName, helper, answer: await sendSrpStart(target, helper.A.toString(16), deviceKey) }
}

/** InitiateAuth USER_SRP_AUTH with a given SRP_A. */
export const sendSrpStart = (target: ConformanceTarget, srpA: string, deviceKey?: string) =>
  call(target, 'InitiateAuth', {
    AuthFlow: 'USER_SRP_AUTH',
    ClientId: target.clientId,
    AuthParameters: { USERNAME: target.username, SRP_A: srpA, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) },
  })

/**
 * The PASSWORD_VERIFIER answer for a USER_SRP_AUTH start, Session left out (as AWS's own example
 * sends it). With `retryWithNullDeviceKey`, an error is followed by amazon-cognito-identity-js's
 * retry: the same challenge, Session included, with `"DEVICE_KEY": null`.
 */
export async function srpPasswordStep(target: ConformanceTarget, deviceKey?: string, options: { retryWithNullDeviceKey?: boolean } = {}) {
  const { poolName, helper, answer: started } = await srpStart(target)
  const start = expectOk(started, 'InitiateAuth USER_SRP_AUTH')
  const parameters = start.ChallengeParameters as Record<string, string>
  const userId = parameters.USER_ID_FOR_SRP!
  const claim = await srpClaim(helper, { poolName, userId, password: target.password, challengeParameters: parameters })
  const responses = { USERNAME: userId, ...claim, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) }
  const answer = await call(target, 'RespondToAuthChallenge', { ClientId: target.clientId, ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: responses })
  if (!options.retryWithNullDeviceKey || answer.status === 200) return { userId, answer, retry: undefined }
  const retry = await call(target, 'RespondToAuthChallenge', {
    ClientId: target.clientId,
    ChallengeName: 'PASSWORD_VERIFIER',
    ChallengeResponses: { ...responses, DEVICE_KEY: null },
    Session: start.Session,
  })
  return { userId, answer, retry }
}

/** DEVICE_SRP_AUTH then DEVICE_PASSWORD_VERIFIER, both without Session; the names of what each answered. */
export async function deviceChallenges(target: ConformanceTarget, device: RememberedDevice, userId: string) {
  const helper = await srpHelper(device.deviceGroupKey)
  const srpAuth = await call(target, 'RespondToAuthChallenge', {
    ClientId: target.clientId,
    ChallengeName: 'DEVICE_SRP_AUTH',
    ChallengeResponses: { USERNAME: userId, DEVICE_KEY: device.deviceKey, SRP_A: helper.A.toString(16) },
  })
  const parameters = (srpAuth.body?.ChallengeParameters ?? {}) as Record<string, string>
  if (srpAuth.status !== 200) return { srpAuth, verifier: undefined }
  const claim = await srpClaim(helper, { poolName: device.deviceGroupKey, userId: device.deviceKey, password: device.randomPassword, challengeParameters: parameters })
  const verifier = await call(target, 'RespondToAuthChallenge', {
    ClientId: target.clientId,
    ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
    ChallengeResponses: { USERNAME: parameters.USERNAME ?? userId, DEVICE_KEY: device.deviceKey, ...claim },
  })
  return { srpAuth, verifier }
}
