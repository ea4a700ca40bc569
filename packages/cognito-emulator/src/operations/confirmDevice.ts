import { ServiceError } from '../ServiceError.ts'
import { authorizeAccessToken } from '../authorizeAccessToken.ts'
import { validateInput } from '../inputValidation.ts'
import { accessTokenRule, deviceKeyRule, deviceNameRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'
import { SrpError, parseDeviceVerifierConfig, type PasswordVerifier } from '../srp.ts'
import { findOwnDevice } from './findOwnDevice.ts'

/** DeviceSecretVerifierConfig decoded; optional in the API (no config: the device can never answer DEVICE_SRP_AUTH). */
function deviceVerifier(config: unknown): PasswordVerifier | undefined {
  if (config === undefined || config === null) return undefined
  try {
    return parseDeviceVerifierConfig(config)
  } catch (error) {
    if (error instanceof SrpError) throw new ServiceError('InvalidParameterException', `Invalid DeviceSecretVerifierConfig: ${error.message}`)
    throw error
  }
}

/**
 * The sign-in client's step after `NewDeviceMetadata`: stores the name and SRP verifier (checked:
 * base64 salt and a verifier in 1 < v < N, else InvalidParameterException), and
 * remembers the device at once unless the pool waits for the user's prompt
 * (DeviceOnlyRememberedOnUserPrompt), which `UserConfirmationNecessary` reports. A key other than
 * the one this sign-in was issued (the access token's `device_key`) is InvalidParameterException
 * "Invalid device key given." (captured in furaiev/amazon-cognito-identity-dart-2 #167).
 */
export const confirmDevice: Operation = async (input, context) => {
  validateInput(input, {
    AccessToken: accessTokenRule,
    DeviceKey: deviceKeyRule,
    DeviceSecretVerifierConfig: {
      type: 'structure',
      members: { PasswordVerifier: { type: 'string' }, Salt: { type: 'string' } },
    },
    DeviceName: deviceNameRule,
  })
  const verifier = deviceVerifier(input.DeviceSecretVerifierConfig)
  const { user, claims } = await authorizeAccessToken(input.AccessToken as string, context)
  // Only the device this sign-in was issued (the token's device_key) can be confirmed with it.
  if (claims.device_key !== input.DeviceKey) throw new ServiceError('InvalidParameterException', 'Invalid device key given.')
  const device = findOwnDevice(user, input.DeviceKey as string, context)
  const tracking = context.state.settings.deviceTracking
  const userConfirmationNecessary = tracking !== false && tracking.deviceOnlyRememberedOnUserPrompt
  if (verifier) device.verifier = verifier
  if (typeof input.DeviceName === 'string') device.name = input.DeviceName
  device.confirmed = true
  device.remembered = !userConfirmationNecessary
  device.lastIpUsed = context.sourceIp
  device.lastModifiedAt = context.now
  return { UserConfirmationNecessary: userConfirmationNecessary }
}
