import { authorizeAccessToken } from '../authorizeAccessToken.ts'
import { validateInput } from '../inputValidation.ts'
import { accessTokenRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'
import { ServiceError } from '../ServiceError.ts'
import { enabledWebAuthn } from '../passkeys/enabledWebAuthn.ts'
import { base64Url } from '../passkeys/passkeyStore.ts'

/**
 * `CredentialCreationOptions` as a JSON document (botocore: `Document`). Its members follow
 * aws-amplify's `PasskeyCreateOptionsJson` and its test answer (amplify-js
 * packages/auth/__tests__/mockData.ts `passkeyCredentialCreateOptions`): `user.id` is the base64url of
 * the `sub`, `rp.name` the relying party id, ES256 and RS256, resident key required.
 */
export const startWebAuthnRegistration: Operation = async (input, context) => {
  validateInput(input, { AccessToken: accessTokenRule })
  const { user, claims } = await authorizeAccessToken(input.AccessToken as string, context)
  const settings = enabledWebAuthn(context)
  const passkeys = context.state.passkeys.of(user.username)
  if (passkeys.length >= settings.maxCredentialsPerUser) {
    throw new ServiceError('LimitExceededException', 'The user has registered the maximum number of passkeys.')
  }
  const challenge = context.state.passkeys.newChallenge({
    owner: user.username,
    clientId: claims.client_id,
    expiresAt: context.now.getTime() + settings.challengeValiditySeconds * 1000,
  })
  return {
    CredentialCreationOptions: {
      rp: { id: settings.relyingPartyId, name: settings.relyingPartyId },
      user: { id: base64Url(new TextEncoder().encode(user.sub)), name: user.username, displayName: '' },
      challenge,
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      timeout: 60000,
      excludeCredentials: passkeys.map((passkey) => ({ type: 'public-key', id: passkey.credentialId })),
      authenticatorSelection: { requireResidentKey: true, residentKey: 'required', userVerification: settings.userVerification },
    },
  }
}
