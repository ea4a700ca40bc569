import { ServiceError, notAuthorized } from './ServiceError.ts'
import type { OperationContext } from './OperationContext.ts'
import type { StoredUser } from './poolState.ts'
import type { AccessTokenClaims } from './tokens.ts'

export interface AuthorizedCaller {
  readonly user: StoredUser
  readonly claims: AccessTokenClaims
}

/** The user's state blocks every call, as Cognito answers for such users. */
export function assertUserMayAct(user: StoredUser): void {
  if (user.disabled) throw notAuthorized('User is disabled.')
  if (user.passwordResetRequired) throw new ServiceError('PasswordResetRequiredException', 'Password reset required for the user')
  if (user.unconfirmed) throw new ServiceError('UserNotConfirmedException', 'User is not confirmed.')
}

/**
 * What every token-authorized call does first: signature, expiry, `token_use`, revocation
 * (GlobalSignOut, RevokeToken), then the user's state.
 */
export async function authorizeAccessToken(token: string, context: OperationContext): Promise<AuthorizedCaller> {
  const claims = await context.tokens.verifyAccessToken(token, context.now)
  if (context.state.revokedOriginJtis.has(claims.origin_jti)) throw notAuthorized('Access Token has been revoked')
  // Whether ForgetDevice revokes the access tokens carrying that device's key is not documented:
  // by default they keep working (see SeedUndocumentedAnswers.forgottenDeviceAccessToken).
  const forgotten = claims.device_key !== undefined && !context.state.findDevice(claims.device_key)
  if (forgotten && context.state.settings.undocumented.forgottenDeviceAccessToken === 'revoked') throw notAuthorized('Access Token has been revoked')
  const user = context.state.findUser(claims.username)
  if (!user || user.sub !== claims.sub) throw new ServiceError('UserNotFoundException', 'User does not exist.')
  assertUserMayAct(user)
  return { user, claims }
}
