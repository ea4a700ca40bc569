import { authorizeAccessToken } from '../authorizeAccessToken.ts'
import { validateInput } from '../inputValidation.ts'
import { accessTokenRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'

/** Revokes every refresh token of the user and every access token issued from them. */
export const globalSignOut: Operation = async (input, context) => {
  validateInput(input, { AccessToken: accessTokenRule })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  for (const stored of context.state.refreshTokens.values()) {
    if (stored.username !== user.username) continue
    stored.revoked = true
    context.state.revokedOriginJtis.add(stored.originJti)
  }
  return {}
}
