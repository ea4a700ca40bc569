import { authorizeAccessToken } from '../authorizeAccessToken.ts'
import { epochSeconds } from '../deviceType.ts'
import { validateInput } from '../inputValidation.ts'
import { accessTokenRule, paginationTokenRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'

/** botocore `WebAuthnCredentialsQueryLimitType`: 0 to 20. */
export const MAX_WEBAUTHN_CREDENTIALS_PAGE = 20

/**
 * The caller's passkeys in registration order, `MaxResults` (absent or 0: 20, an emulator choice) at a
 * time. botocore lists no WebAuthnNotEnabledException for this operation, so a pool with passkeys off
 * answers the passkeys it holds (none, unless seeded).
 */
export const listWebAuthnCredentials: Operation = async (input, context) => {
  validateInput(input, {
    AccessToken: accessTokenRule,
    NextToken: paginationTokenRule,
    MaxResults: { type: 'integer', min: 0, max: MAX_WEBAUTHN_CREDENTIALS_PAGE },
  })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  const maxResults = (input.MaxResults as number | undefined) || MAX_WEBAUTHN_CREDENTIALS_PAGE
  const { page, token } = context.state.passkeys.page(user.username, maxResults, input.NextToken as string | undefined)
  return {
    Credentials: page.map((passkey) => ({
      CredentialId: passkey.credentialId,
      FriendlyCredentialName: passkey.friendlyName,
      RelyingPartyId: passkey.relyingPartyId,
      ...(passkey.authenticatorAttachment ? { AuthenticatorAttachment: passkey.authenticatorAttachment } : {}),
      AuthenticatorTransports: [...passkey.transports],
      CreatedAt: epochSeconds(passkey.createdAt),
    })),
    ...(token ? { NextToken: token } : {}),
  }
}
