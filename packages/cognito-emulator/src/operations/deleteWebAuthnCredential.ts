import { authorizeAccessToken } from '../authorizeAccessToken.ts'
import { validateInput } from '../inputValidation.ts'
import { accessTokenRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'
import { ServiceError } from '../ServiceError.ts'

/**
 * Removes one of the caller's passkeys; empty body. Another user's or an unknown id answers
 * ResourceNotFoundException (botocore lists it; the message is the emulator's).
 */
export const deleteWebAuthnCredential: Operation = async (input, context) => {
  validateInput(input, { AccessToken: accessTokenRule, CredentialId: { type: 'string', required: true, max: 131072 } })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  const passkey = context.state.passkeys.find(input.CredentialId as string)
  if (!passkey || passkey.owner !== user.username) throw new ServiceError('ResourceNotFoundException', 'Passkey credential does not exist.')
  context.state.passkeys.remove(passkey.credentialId)
  return undefined
}
