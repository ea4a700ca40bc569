import type { Operation } from '../OperationContext.ts'
import type { OperationName } from '../operationNames.ts'
import { adminForgetDevice, adminGetDevice, adminListDevices, adminUpdateDeviceStatus } from './adminDevices.ts'
import { completeWebAuthnRegistration } from './completeWebAuthnRegistration.ts'
import { confirmDevice } from './confirmDevice.ts'
import { deleteWebAuthnCredential } from './deleteWebAuthnCredential.ts'
import { forgetDevice } from './forgetDevice.ts'
import { getDevice } from './getDevice.ts'
import { getTokensFromRefreshToken } from './getTokensFromRefreshToken.ts'
import { getUser } from './getUser.ts'
import { globalSignOut } from './globalSignOut.ts'
import { initiateAuth } from './initiateAuth.ts'
import { listDevices } from './listDevices.ts'
import { listWebAuthnCredentials } from './listWebAuthnCredentials.ts'
import { respondToAuthChallenge } from './respondToAuthChallenge.ts'
import { revokeToken } from './revokeToken.ts'
import { startWebAuthnRegistration } from './startWebAuthnRegistration.ts'
import { updateDeviceStatus } from './updateDeviceStatus.ts'

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
  StartWebAuthnRegistration: startWebAuthnRegistration,
  CompleteWebAuthnRegistration: completeWebAuthnRegistration,
  ListWebAuthnCredentials: listWebAuthnCredentials,
  DeleteWebAuthnCredential: deleteWebAuthnCredential,
}
