import { authorizeAccessToken } from '../authorizeAccessToken'
import { toDeviceType } from '../deviceType'
import { validateInput } from '../inputValidation'
import { accessTokenRule, deviceKeyRule } from '../memberRules'
import type { Operation } from '../OperationContext'
import { findOwnDevice } from './findOwnDevice'

export const getDevice: Operation = async (input, context) => {
  validateInput(input, { DeviceKey: deviceKeyRule, AccessToken: accessTokenRule })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  const device = findOwnDevice(user, input.DeviceKey as string, context)
  return { Device: toDeviceType(device, context.state.settings.region, user.sub) }
}
