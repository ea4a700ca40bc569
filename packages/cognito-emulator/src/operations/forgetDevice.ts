import { authorizeAccessToken } from '../authorizeAccessToken.ts'
import { validateInput } from '../inputValidation.ts'
import { accessTokenRule, deviceKeyRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'
import { assertAccessTokenPresent, findOwnDevice } from './findOwnDevice.ts'

/** Removes the device; refresh tokens bound to it stop working. Answers an empty body. */
export const forgetDevice: Operation = async (input, context) => {
  assertAccessTokenPresent(input, context)
  validateInput(input, { AccessToken: accessTokenRule, DeviceKey: deviceKeyRule })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  const device = findOwnDevice(user, input.DeviceKey as string, context)
  context.state.forgetDevice(device.key)
  return undefined
}
