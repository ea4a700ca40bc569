import { authorizeAccessToken } from '../authorizeAccessToken.ts'
import { validateInput } from '../inputValidation.ts'
import { accessTokenRule, deviceKeyRule, rememberedStatusRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'
import { findOwnDevice } from './findOwnDevice.ts'

/**
 * Marks one of the caller's devices remembered or not remembered. It does not confirm a device: only
 * ConfirmDevice lets a device's refresh tokens through (FACTS.md#a-device-bound-refresh-needs-a-confirmed-device).
 */
export const updateDeviceStatus: Operation = async (input, context) => {
  validateInput(input, { AccessToken: accessTokenRule, DeviceKey: deviceKeyRule, DeviceRememberedStatus: rememberedStatusRule })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  const device = findOwnDevice(user, input.DeviceKey as string, context)
  if (input.DeviceRememberedStatus !== undefined) {
    device.remembered = input.DeviceRememberedStatus === 'remembered'
    device.lastModifiedAt = context.now
  }
  return {}
}
