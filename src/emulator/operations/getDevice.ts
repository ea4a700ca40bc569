import { deviceDoesNotExist } from '../ServiceError'
import { authorizeAccessToken } from '../authorizeAccessToken'
import { toDeviceType } from '../deviceType'
import { validateInput } from '../inputValidation'
import { accessTokenRule, deviceKeyRule } from '../memberRules'
import type { Operation } from '../OperationContext'
import { assertAccessTokenPresent, findOwnDevice } from './findOwnDevice'
import { ownershipOf, userView } from './ownership'

/**
 * One of the caller's REMEMBERED devices. A `not_remembered` (or never confirmed) device answers
 * ResourceNotFoundException "Device does not exist." (aws-sdk-android
 * `AWSMobileClientTest.testRememberDevice`; the API reference: "Gets the device ... a remembered
 * device"); the Admin view still shows it.
 */
export const getDevice: Operation = async (input, context) => {
  assertAccessTokenPresent(input, context)
  validateInput(input, { DeviceKey: deviceKeyRule, AccessToken: accessTokenRule })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  const device = findOwnDevice(user, input.DeviceKey as string, context)
  if (!context.rememberedStatusInUserAnswers && (!device.confirmed || !device.remembered)) throw deviceDoesNotExist()
  return { Device: toDeviceType(device, userView(context), ownershipOf(user, context)) }
}
