import { deviceDoesNotExist } from '../ServiceError.ts'
import { authorizeAccessToken } from '../authorizeAccessToken.ts'
import { toDeviceType } from '../deviceType.ts'
import { validateInput } from '../inputValidation.ts'
import { accessTokenRule, deviceKeyRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'
import { assertAccessTokenPresent, findOwnDevice } from './findOwnDevice.ts'
import { ownershipOf, userView } from './ownership.ts'

/**
 * One of the caller's REMEMBERED devices. A `not_remembered` (or never confirmed) device answers
 * ResourceNotFoundException "Device does not exist." (FACTS.md#user-side-answers-list-only-remembered-devices);
 * the Admin view still shows it.
 */
export const getDevice: Operation = async (input, context) => {
  assertAccessTokenPresent(input, context)
  validateInput(input, { DeviceKey: deviceKeyRule, AccessToken: accessTokenRule })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  const device = findOwnDevice(user, input.DeviceKey as string, context)
  if (!context.rememberedStatusInUserAnswers && (!device.confirmed || !device.remembered)) throw deviceDoesNotExist()
  return { Device: toDeviceType(device, userView(context), ownershipOf(user, context)) }
}
