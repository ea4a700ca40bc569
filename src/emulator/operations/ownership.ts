import type { DeviceOwnership } from '../deviceType'
import type { OperationContext } from '../OperationContext'
import type { StoredUser } from '../poolState'

/** What the user's devices' `dev:*` attributes name. */
export function ownershipOf(user: StoredUser, context: OperationContext): DeviceOwnership {
  const { region, accountId, id } = context.state.settings
  return { region, accountId, userPoolId: id, username: user.username }
}
