import { ServiceError, deviceDoesNotExist } from '../ServiceError.ts'
import { toDeviceType } from '../deviceType.ts'
import { validateInput, type InputRules } from '../inputValidation.ts'
import { deviceKeyRule, limitRule, paginationTokenRule, rememberedStatusRule } from '../memberRules.ts'
import type { Operation, OperationContext } from '../OperationContext.ts'
import type { StoredDevice, StoredUser } from '../poolState.ts'
import { ownershipOf } from './ownership.ts'

/**
 * AdminGetDevice, AdminListDevices, AdminForgetDevice, AdminUpdateDeviceStatus: a backend's view
 * of any user's devices, SigV4-signed with IAM credentials (checked before these run, sigv4.ts).
 * They see every confirmed device, remembered or not, with the `dev:*` attributes (deviceType.ts).
 */

const userPoolIdRule = { type: 'string', required: true, min: 1, max: 55, pattern: /[\w-]+_[0-9a-zA-Z]+/ } as const
const usernameRule = { type: 'string', required: true, min: 1, max: 128, sensitive: true } as const

function adminTarget(input: Record<string, unknown>, context: OperationContext, rules: InputRules): StoredUser {
  validateInput(input, { UserPoolId: userPoolIdRule, Username: usernameRule, ...rules })
  if (input.UserPoolId !== context.state.settings.id) throw new ServiceError('ResourceNotFoundException', `User pool ${String(input.UserPoolId)} does not exist.`)
  const user = context.state.findUser(input.Username as string)
  if (!user) throw new ServiceError('UserNotFoundException', 'User does not exist.')
  return user
}

function adminDevice(user: StoredUser, deviceKey: string, context: OperationContext): StoredDevice {
  const device = context.state.findDevice(deviceKey)
  if (!device || device.owner !== user.username || !device.confirmed) throw deviceDoesNotExist()
  return device
}

export const adminGetDevice: Operation = async (input, context) => {
  const user = adminTarget(input, context, { DeviceKey: deviceKeyRule })
  const device = adminDevice(user, input.DeviceKey as string, context)
  return { Device: toDeviceType(device, 'admin', ownershipOf(user, context)) }
}

export const adminListDevices: Operation = async (input, context) => {
  const user = adminTarget(input, context, { Limit: limitRule, PaginationToken: paginationTokenRule })
  const listed = context.state.devicesOf(user.username).filter((device) => device.confirmed)
  const { page, token } = context.state.paginationTokens.page(listed, `admin:${user.sub}`, input.Limit, input.PaginationToken)
  const owner = ownershipOf(user, context)
  return { Devices: page.map((device) => toDeviceType(device, 'admin', owner)), ...(token ? { PaginationToken: token } : {}) }
}

/** Answers an empty body, as ForgetDevice does. */
export const adminForgetDevice: Operation = async (input, context) => {
  const user = adminTarget(input, context, { DeviceKey: deviceKeyRule })
  context.state.forgetDevice(adminDevice(user, input.DeviceKey as string, context).key)
  return undefined
}

export const adminUpdateDeviceStatus: Operation = async (input, context) => {
  const user = adminTarget(input, context, { DeviceKey: deviceKeyRule, DeviceRememberedStatus: rememberedStatusRule })
  const device = adminDevice(user, input.DeviceKey as string, context)
  if (input.DeviceRememberedStatus !== undefined) {
    device.remembered = input.DeviceRememberedStatus === 'remembered'
    device.lastModifiedAt = context.now
  }
  return {}
}
