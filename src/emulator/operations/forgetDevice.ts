import { authorizeAccessToken } from '../authorizeAccessToken'
import { validateInput } from '../inputValidation'
import { accessTokenRule, deviceKeyRule } from '../memberRules'
import type { Operation } from '../OperationContext'
import { assertAccessTokenPresent, findOwnDevice } from './findOwnDevice'

/** Removes the device; refresh tokens bound to it stop working. Answers an empty body. */
export const forgetDevice: Operation = async (input, context) => {
  assertAccessTokenPresent(input, context)
  validateInput(input, { AccessToken: accessTokenRule, DeviceKey: deviceKeyRule })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  const device = findOwnDevice(user, input.DeviceKey as string, context)
  context.state.forgetDevice(device.key)
  return undefined
}
