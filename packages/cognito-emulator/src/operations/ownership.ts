import type { DeviceOwnership, DeviceView } from '../deviceType.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { StoredUser } from '../poolState.ts'

/** What the user's devices' `dev:*` attributes name. */
export function ownershipOf(user: StoredUser, context: OperationContext): DeviceOwnership {
  const { region, accountId, id } = context.state.settings
  return { region, accountId, userPoolId: id, username: user.username }
}

/** The view user-side answers take: Cognito's, or the non-Cognito one with the remembered status. */
export const userView = (context: OperationContext): DeviceView => (context.rememberedStatusInUserAnswers ? 'user-with-remembered-status' : 'user')
