import { MalformedResponseError } from '../model/errors'
import type { Passkey, PasskeyCreationOptionsJson, PasskeyPage } from './passkey'

/**
 * Cognito's passkey answers, checked as strictly as devices (parseDevice.ts): wrong types and missing
 * required members are a MalformedResponseError, never passed on. Shapes: botocore's cognito-idp model
 * (`WebAuthnCredentialDescription`, `ListWebAuthnCredentialsResponse`, `StartWebAuthnRegistrationResponse`).
 */

const ATTACHMENTS: readonly string[] = ['platform', 'cross-platform']
const BASE64URL = /^[A-Za-z0-9_-]+$/

export function parsePasskey(wire: unknown): Passkey {
  if (!isRecord(wire)) throw malformed('a passkey is not an object')
  const { CredentialId, FriendlyCredentialName, RelyingPartyId, AuthenticatorAttachment, AuthenticatorTransports, CreatedAt } = wire
  if (typeof CredentialId !== 'string' || CredentialId === '') throw malformed('a passkey has no CredentialId')
  if (typeof FriendlyCredentialName !== 'string') throw malformed('a passkey has no FriendlyCredentialName')
  if (typeof RelyingPartyId !== 'string') throw malformed('a passkey has no RelyingPartyId')
  if (AuthenticatorAttachment !== undefined && typeof AuthenticatorAttachment !== 'string') throw malformed('AuthenticatorAttachment is not text')
  if (!Array.isArray(AuthenticatorTransports) || AuthenticatorTransports.some((transport) => typeof transport !== 'string')) {
    throw malformed('a passkey has no AuthenticatorTransports list')
  }
  if (typeof CreatedAt !== 'number' || !Number.isFinite(CreatedAt)) throw malformed('CreatedAt is not a number of seconds')
  const createdAt = new Date(CreatedAt * 1000)
  return {
    id: CredentialId,
    name: FriendlyCredentialName,
    relyingPartyId: RelyingPartyId,
    attachment: ATTACHMENTS.includes(AuthenticatorAttachment as string) ? (AuthenticatorAttachment as Passkey['attachment']) : undefined,
    transports: AuthenticatorTransports as string[],
    createdAt: Number.isNaN(createdAt.getTime()) ? undefined : createdAt,
  }
}

/** ListWebAuthnCredentials' `{Credentials, NextToken?}`. */
export function parseListPasskeysResponse(body: unknown): PasskeyPage {
  if (!isRecord(body)) throw malformed('ListWebAuthnCredentials answered with no object')
  const { Credentials, NextToken } = body
  if (!Array.isArray(Credentials)) throw malformed('ListWebAuthnCredentials answered without a Credentials list')
  if (NextToken !== undefined && (typeof NextToken !== 'string' || NextToken === '')) throw malformed('ListWebAuthnCredentials answered with an invalid NextToken')
  return { passkeys: Credentials.map(parsePasskey), nextCursor: NextToken }
}

/**
 * StartWebAuthnRegistration's `{CredentialCreationOptions}`: the members the browser needs, with
 * base64url where binary goes (aws-amplify checks the same ones: `deserializeJsonToPkcCreationOptions`
 * in packages/auth/src/client/utils/passkey/serde.ts).
 */
export function parseStartPasskeyRegistrationResponse(body: unknown): PasskeyCreationOptionsJson {
  if (!isRecord(body) || !isRecord(body.CredentialCreationOptions)) throw malformed('StartWebAuthnRegistration answered without CredentialCreationOptions')
  const options = body.CredentialCreationOptions
  if (typeof options.challenge !== 'string' || !BASE64URL.test(options.challenge)) throw malformed('the creation options have no base64url challenge')
  if (!isRecord(options.rp) || typeof options.rp.name !== 'string') throw malformed('the creation options have no relying party')
  const { user } = options
  if (!isRecord(user) || typeof user.id !== 'string' || !BASE64URL.test(user.id) || typeof user.name !== 'string') {
    throw malformed('the creation options have no user with a base64url id')
  }
  if (!Array.isArray(options.pubKeyCredParams)) throw malformed('the creation options have no pubKeyCredParams')
  const excluded = options.excludeCredentials
  if (excluded !== undefined && (!Array.isArray(excluded) || excluded.some((entry) => !isRecord(entry) || typeof entry.id !== 'string' || !BASE64URL.test(entry.id)))) {
    throw malformed('the creation options exclude a credential without a base64url id')
  }
  return { ...options, user: { ...user, displayName: typeof user.displayName === 'string' ? user.displayName : '' } } as unknown as PasskeyCreationOptionsJson
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function malformed(what: string): MalformedResponseError {
  return new MalformedResponseError(`Unexpected response from Cognito: ${what}.`)
}
