/**
 * The client half of Cognito's SRP for tests that drive the emulator over the wire: aws-amplify's
 * own helpers (the same deep imports srp.test.ts uses), so a claim here is exactly what Amplify sends.
 */
import { base64Encoder } from '@aws-amplify/core/internals/utils'
import { getAuthenticationHelper } from '../../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/getAuthenticationHelper'
import { getSignatureString } from '../../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/getSignatureString'
import { getNowString } from '../../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/getNowString'
import BigInteger from '../../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/BigInteger/BigInteger'
import type { CognitoEmulator } from '../../src/index.ts'
import { callEmulator, type EmulatorAnswer } from './callEmulator.ts'

export type SrpHelper = Awaited<ReturnType<typeof getAuthenticationHelper>>

/** A fresh client secret a and A, for `poolName` (user: the pool id after "_"; device: the DeviceGroupKey). */
export const srpHelper = (poolName: string) => getAuthenticationHelper(poolName)

/** PASSWORD_CLAIM_* answers for a PASSWORD_VERIFIER / DEVICE_PASSWORD_VERIFIER challenge. */
export async function srpClaim(
  helper: SrpHelper,
  args: { poolName: string; userId: string; password: string; challengeParameters: Record<string, string> },
): Promise<Record<string, string>> {
  const hkdf = await helper.getPasswordAuthenticationKey({
    username: args.userId,
    password: args.password,
    serverBValue: new BigInteger(args.challengeParameters.SRP_B!, 16),
    salt: new BigInteger(args.challengeParameters.SALT!, 16),
  })
  const dateNow = getNowString()
  return {
    PASSWORD_CLAIM_SECRET_BLOCK: args.challengeParameters.SECRET_BLOCK!,
    TIMESTAMP: dateNow,
    PASSWORD_CLAIM_SIGNATURE: getSignatureString({
      userPoolName: args.poolName,
      username: args.userId,
      challengeParameters: args.challengeParameters as never,
      dateNow,
      hkdf,
    }),
  }
}

function hexBytes(hex: string): Uint8Array {
  return new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)))
}

/** What Amplify's getNewDeviceMetadata sends to ConfirmDevice, and the random password it keeps. */
export async function newDeviceSecret(userPoolId: string, deviceKey: string, deviceGroupKey: string) {
  const helper = await getAuthenticationHelper(userPoolId.split('_')[1] ?? '')
  await helper.generateHashDevice(deviceGroupKey, deviceKey)
  return {
    config: {
      Salt: base64Encoder.convert(hexBytes(helper.getSaltToHashDevices())),
      PasswordVerifier: base64Encoder.convert(hexBytes(helper.getVerifierDevices())),
    },
    randomPassword: helper.getRandomPassword(),
  }
}

export interface SrpSignInStart {
  readonly helper: SrpHelper
  readonly answer: EmulatorAnswer
  readonly session: string
  readonly challengeParameters: Record<string, string>
}

/** InitiateAuth USER_SRP_AUTH; the PASSWORD_VERIFIER challenge it answered (status checked by the caller). */
export async function startSrp(emulator: CognitoEmulator, username: string, clientId = emulator.clientId): Promise<SrpSignInStart> {
  const helper = await srpHelper(emulator.userPoolId.split('_')[1] ?? '')
  const answer = await callEmulator(emulator, 'InitiateAuth', {
    AuthFlow: 'USER_SRP_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: username, SRP_A: helper.A.toString(16) },
  })
  return {
    helper,
    answer,
    session: answer.body?.Session as string,
    challengeParameters: (answer.body?.ChallengeParameters ?? {}) as Record<string, string>,
  }
}

/** The PASSWORD_VERIFIER answer Amplify would send for `password` (plus DEVICE_KEY when given). */
export async function passwordVerifierResponses(
  emulator: CognitoEmulator,
  start: SrpSignInStart,
  password: string,
  deviceKey?: string,
): Promise<Record<string, string>> {
  const poolName = emulator.userPoolId.split('_')[1] ?? ''
  const userId = start.challengeParameters.USER_ID_FOR_SRP!
  const claim = await srpClaim(start.helper, { poolName, userId, password, challengeParameters: start.challengeParameters })
  return { USERNAME: userId, ...claim, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) }
}

export function respond(emulator: CognitoEmulator, challengeName: string, session: string | undefined, responses: Record<string, string>, sourceIp?: string) {
  return callEmulator(
    emulator,
    'RespondToAuthChallenge',
    { ClientId: emulator.clientId, ChallengeName: challengeName, ...(session ? { Session: session } : {}), ChallengeResponses: responses },
    sourceIp,
  )
}
