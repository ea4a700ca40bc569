import { deviceDoesNotExist } from '../ServiceError'
import type { OperationContext } from '../OperationContext'
import type { StoredDevice, StoredUser } from '../poolState'

/** The caller's device by key; another user's device does not exist for them. */
export function findOwnDevice(user: StoredUser, deviceKey: string, context: OperationContext): StoredDevice {
  const device = context.state.findDevice(deviceKey)
  if (!device || device.owner !== user.username) throw deviceDoesNotExist()
  return device
}
