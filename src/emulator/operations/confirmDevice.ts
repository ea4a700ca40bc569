import { authorizeAccessToken } from '../authorizeAccessToken'
import { validateInput } from '../inputValidation'
import { accessTokenRule, deviceKeyRule, deviceNameRule } from '../memberRules'
import type { Operation } from '../OperationContext'
import { findOwnDevice } from './findOwnDevice'

/**
 * The sign-in client's step after `NewDeviceMetadata`: stores the name and SRP verifier, and
 * remembers the device at once unless the pool waits for the user's prompt
 * (DeviceOnlyRememberedOnUserPrompt), which `UserConfirmationNecessary` reports.
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
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  const device = findOwnDevice(user, input.DeviceKey as string, context)
  const tracking = context.state.settings.deviceTracking
  const userConfirmationNecessary = tracking !== false && tracking.deviceOnlyRememberedOnUserPrompt
  const verifier = input.DeviceSecretVerifierConfig as { PasswordVerifier?: string; Salt?: string } | undefined
  if (verifier?.PasswordVerifier && verifier.Salt) device.verifier = { passwordVerifier: verifier.PasswordVerifier, salt: verifier.Salt }
  if (typeof input.DeviceName === 'string') device.name = input.DeviceName
  device.confirmed = true
  device.remembered = !userConfirmationNecessary
  device.lastIpUsed = context.sourceIp
  device.lastModifiedAt = context.now
  return { UserConfirmationNecessary: userConfirmationNecessary }
}
