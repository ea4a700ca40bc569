import { notAuthorized } from './ServiceError.ts'
import { assertUserMayAct } from './authorizeAccessToken.ts'
import type { AuthenticationResult } from './completeAuthentication.ts'
import type { OperationContext } from './OperationContext.ts'

export interface RefreshRequest {
  readonly clientId: string
  readonly refreshToken: string
  readonly deviceKey: string | undefined
}

/**
 * New access and id tokens for a refresh token (REFRESH_TOKEN_AUTH, REFRESH_TOKEN,
 * GetTokensFromRefreshToken). A token bound to a device needs that device's key, and the device
 * must still exist and have been confirmed (ConfirmDevice): otherwise "Invalid Refresh Token.", as
 * Cognito answers (amplify-android #2506: "cognito mandates all new devices that logs in to be
 * confirmed using the ConfirmDevice API call otherwise they will not let the refresh token refresh";
 * the message as captured in aws-sdk-android #2728). A revoked token (RevokeToken, GlobalSignOut)
 * answers "Refresh Token has been revoked". No rotation: the answer carries no new RefreshToken.
 */
export async function refreshAuthentication(request: RefreshRequest, context: OperationContext): Promise<AuthenticationResult> {
  const stored = context.state.refreshTokens.get(request.refreshToken)
  if (!stored || stored.clientId !== request.clientId) throw notAuthorized('Invalid Refresh Token.')
  if (stored.revoked) throw notAuthorized('Refresh Token has been revoked')
  if (stored.expiresAt <= context.now.getTime()) throw notAuthorized('Refresh Token has expired')
  if (stored.deviceKey !== undefined) {
    const device = context.state.findDevice(stored.deviceKey)
    if (request.deviceKey !== stored.deviceKey || !device?.confirmed) throw notAuthorized('Invalid Refresh Token.')
  }
  const user = context.state.findUser(stored.username)
  if (!user) throw notAuthorized('Invalid Refresh Token.')
  assertUserMayAct(user)
  const issued = await context.tokens.issue(
    { user, clientId: stored.clientId, deviceKey: stored.deviceKey, originJti: stored.originJti, authTime: stored.authTime },
    context.now,
  )
  return { AccessToken: issued.accessToken, ExpiresIn: issued.expiresIn, TokenType: 'Bearer', IdToken: issued.idToken }
}
