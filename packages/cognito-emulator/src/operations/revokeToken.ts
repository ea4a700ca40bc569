import { decodeJwt } from 'jose'
import { ServiceError } from '../ServiceError.ts'
import { findClient } from '../findClient.ts'
import { validateInput } from '../inputValidation.ts'
import { clientIdRule, tokenModelRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'

function looksLikeJwt(token: string): boolean {
  try {
    decodeJwt(token)
    return true
  } catch {
    return false
  }
}

/**
 * Revokes a refresh token and every access token issued from it (they share `origin_jti`); what
 * aws-amplify's `signOut` sends. An unknown token is accepted silently, as token revocation does.
 */
export const revokeToken: Operation = async (input, context) => {
  validateInput(input, { Token: tokenModelRule, ClientId: clientIdRule, ClientSecret: { type: 'string', sensitive: true } })
  const client = findClient(context.state, input.ClientId as string)
  const token = input.Token as string
  const stored = context.state.refreshTokens.get(token)
  if (!stored) {
    if (looksLikeJwt(token)) throw new ServiceError('UnsupportedTokenTypeException', 'Unsupported token type')
    return {}
  }
  if (stored.clientId !== client.id) throw new ServiceError('UnauthorizedException', 'Token does not belong to this client')
  stored.revoked = true
  context.state.revokedOriginJtis.add(stored.originJti)
  return {}
}
