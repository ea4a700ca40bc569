import { verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server'
import { decodeAttestationObject, decodeClientDataJSON, isoBase64URL, parseAuthenticatorData } from '@simplewebauthn/server/helpers'
import { ServiceError } from '../ServiceError.ts'
import type { OperationContext } from '../OperationContext.ts'
import { isAllowedOrigin, type ReadyWebAuthn } from './enabledWebAuthn.ts'

/** Attestation formats @simplewebauthn/server verifies; others answer WebAuthnCredentialNotSupportedException. */
const SUPPORTED_FORMATS = ['none', 'packed', 'fido-u2f', 'android-key', 'android-safetynet', 'apple', 'tpm']

export interface VerifiedRegistration {
  readonly credentialId: string
  readonly publicKey: Uint8Array
  readonly transports: readonly string[]
  readonly authenticatorAttachment: string | undefined
}

/**
 * A credential that is not a RegistrationResponseJSON, or fails verification: Cognito's answer to a
 * credential it refused, captured in aws/aws-sdk-net#4386 (which checks give it is not known).
 */
const unverifiable = () => new ServiceError('InvalidParameterException', 'Credential data is not valid')

function registrationResponse(value: unknown): RegistrationResponseJSON {
  const credential = value as Partial<RegistrationResponseJSON> | undefined
  const response = credential?.response as Partial<RegistrationResponseJSON['response']> | undefined
  if (typeof credential?.id !== 'string' || typeof response?.clientDataJSON !== 'string' || typeof response.attestationObject !== 'string') {
    throw unverifiable() // not a RegistrationResponseJSON with id, response.clientDataJSON and response.attestationObject
  }
  return credential as RegistrationResponseJSON
}

function decoded<T>(decode: () => T): T {
  try {
    return decode()
  } catch {
    throw unverifiable() // clientDataJSON, attestationObject or authenticatorData not well formed
  }
}

/**
 * Checks a registration the way a relying party must (WebAuthn §7.1), each failure answering the
 * exception botocore names for it: the challenge (single use, this user, not expired), the app
 * client, the origin, the relying party id hash; then @simplewebauthn/server verifies the
 * attestation statement and the signature.
 */
export async function verifyRegistration(
  credentialInput: unknown,
  caller: { readonly username: string; readonly clientId: string },
  settings: ReadyWebAuthn,
  context: OperationContext,
): Promise<VerifiedRegistration> {
  const credential = registrationResponse(credentialInput)
  const clientData = decoded(() => decodeClientDataJSON(credential.response.clientDataJSON))
  const pending = typeof clientData.challenge === 'string' ? context.state.passkeys.takeChallenge(clientData.challenge) : undefined
  if (!pending || pending.owner !== caller.username || pending.expiresAt <= context.now.getTime()) {
    throw new ServiceError('WebAuthnChallengeNotFoundException', 'The registration challenge was not found or has expired.')
  }
  if (pending.clientId !== caller.clientId) {
    throw new ServiceError('WebAuthnClientMismatchException', 'The access token is for a different app client than the one that started the registration.')
  }
  if (typeof clientData.origin !== 'string' || !isAllowedOrigin(clientData.origin, settings)) {
    throw new ServiceError('WebAuthnOriginNotAllowedException', 'The passkey was registered from an origin the user pool does not allow.')
  }
  const attestation = decoded(() => decodeAttestationObject(isoBase64URL.toBuffer(credential.response.attestationObject)))
  const authData = decoded(() => parseAuthenticatorData(attestation.get('authData')))
  const expectedHash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(settings.relyingPartyId)))
  if (isoBase64URL.fromBuffer(authData.rpIdHash) !== isoBase64URL.fromBuffer(expectedHash)) {
    throw new ServiceError('WebAuthnRelyingPartyMismatchException', 'The passkey belongs to a different relying party than the user pool.')
  }
  if (!SUPPORTED_FORMATS.includes(attestation.get('fmt'))) {
    throw new ServiceError('WebAuthnCredentialNotSupportedException', 'The passkey provider is not supported.')
  }
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>
  try {
    verification = await verifyRegistrationResponse({
      response: credential,
      expectedChallenge: clientData.challenge,
      expectedOrigin: clientData.origin,
      expectedRPID: settings.relyingPartyId,
      requireUserVerification: settings.userVerification === 'required',
      supportedAlgorithmIDs: [-7, -257],
    })
  } catch {
    throw unverifiable() // a forged attestation or signature
  }
  if (!verification.verified) throw unverifiable()
  const { credential: verified } = verification.registrationInfo
  return {
    credentialId: verified.id,
    publicKey: verified.publicKey,
    transports: credential.response.transports ?? [],
    authenticatorAttachment: credential.authenticatorAttachment,
  }
}
