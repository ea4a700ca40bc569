import { authorizeAccessToken } from '../authorizeAccessToken.ts'
import { validateInput } from '../inputValidation.ts'
import { accessTokenRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'
import { ServiceError } from '../ServiceError.ts'
import { enabledWebAuthn } from '../passkeys/enabledWebAuthn.ts'

/**
 * Verifies the browser's RegistrationResponseJSON against the challenge StartWebAuthnRegistration
 * gave this user, then stores the passkey. Empty body (botocore). Emulator choices: the friendly name
 * is "Passkey" (Cognito's naming is not documented), a credential id already registered answers
 * InvalidParameterException.
 */
export const completeWebAuthnRegistration: Operation = async (input, context) => {
  validateInput(input, { AccessToken: accessTokenRule, Credential: { type: 'structure', required: true, members: {} } })
  const { user, claims } = await authorizeAccessToken(input.AccessToken as string, context)
  const settings = enabledWebAuthn(context)
  // loaded on first use: @simplewebauthn/server is large, and in a browser bundle it needs a Reflect polyfill
  const { verifyRegistration } = await import('../passkeys/verifyRegistration.ts')
  const registration = await verifyRegistration(input.Credential, { username: user.username, clientId: claims.client_id }, settings, context)
  if (context.state.passkeys.of(user.username).length >= settings.maxCredentialsPerUser) {
    throw new ServiceError('LimitExceededException', 'The user has registered the maximum number of passkeys.')
  }
  if (context.state.passkeys.find(registration.credentialId)) {
    throw new ServiceError('InvalidParameterException', 'This passkey is already registered.')
  }
  context.state.passkeys.add({
    owner: user.username,
    credentialId: registration.credentialId,
    friendlyName: 'Passkey',
    relyingPartyId: settings.relyingPartyId,
    authenticatorAttachment: registration.authenticatorAttachment,
    transports: registration.transports,
    createdAt: context.now,
    publicKey: registration.publicKey,
  })
  return undefined
}
