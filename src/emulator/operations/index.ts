import type { Operation } from '../OperationContext'
import type { OperationName } from '../operationNames'
import { adminForgetDevice, adminGetDevice, adminListDevices, adminUpdateDeviceStatus } from './adminDevices'
import { confirmDevice } from './confirmDevice'
import { forgetDevice } from './forgetDevice'
import { getDevice } from './getDevice'
import { getTokensFromRefreshToken } from './getTokensFromRefreshToken'
import { getUser } from './getUser'
import { globalSignOut } from './globalSignOut'
import { initiateAuth } from './initiateAuth'
import { listDevices } from './listDevices'
import { respondToAuthChallenge } from './respondToAuthChallenge'
import { revokeToken } from './revokeToken'
import { updateDeviceStatus } from './updateDeviceStatus'

export const operations: Record<OperationName, Operation> = {
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  GetTokensFromRefreshToken: getTokensFromRefreshToken,
  ConfirmDevice: confirmDevice,
  GetDevice: getDevice,
  ListDevices: listDevices,
  ForgetDevice: forgetDevice,
  UpdateDeviceStatus: updateDeviceStatus,
  GetUser: getUser,
  GlobalSignOut: globalSignOut,
  RevokeToken: revokeToken,
  AdminGetDevice: adminGetDevice,
  AdminListDevices: adminListDevices,
  AdminForgetDevice: adminForgetDevice,
  AdminUpdateDeviceStatus: adminUpdateDeviceStatus,
}
