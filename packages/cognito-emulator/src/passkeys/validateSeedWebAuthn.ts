import { SeedValidationError } from '../SeedValidationError.ts'

type Json = Record<string, unknown>

/** The seed's passkey fields (validateSeed calls these). */

function fields(value: unknown, path: string, allowed: readonly string[]): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SeedValidationError(path, 'expected an object')
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new SeedValidationError(`${path}.${key}`, `unknown field (expected one of ${allowed.join(', ')})`)
  }
  return value as Json
}

function positiveInteger(value: unknown, path: string): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value <= 0)) {
    throw new SeedValidationError(path, 'expected a positive whole number')
  }
}

/** A relying party id is a host name: no scheme, port or path (WebAuthn §5.1.2 "RP ID"). */
const RELYING_PARTY_ID = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/

export function validateWebAuthn(value: unknown, path: string): void {
  if (value === undefined || value === false) return
  const webAuthn = fields(value, path, ['relyingPartyId', 'allowedOrigins', 'userVerification', 'maxCredentialsPerUser', 'challengeValiditySeconds'])
  const rp = webAuthn.relyingPartyId
  if (rp !== undefined && (typeof rp !== 'string' || !RELYING_PARTY_ID.test(rp))) {
    throw new SeedValidationError(`${path}.relyingPartyId`, 'expected a lowercase host name such as "localhost" or "auth.example.com" (no scheme, port or path)')
  }
  if (webAuthn.allowedOrigins !== undefined) {
    if (!Array.isArray(webAuthn.allowedOrigins)) throw new SeedValidationError(`${path}.allowedOrigins`, 'expected an array of origins')
    webAuthn.allowedOrigins.forEach((origin, index) => {
      const valid = typeof origin === 'string' && URL.canParse(origin) && new URL(origin).origin === origin
      if (!valid) throw new SeedValidationError(`${path}.allowedOrigins[${index}]`, 'expected an origin such as "https://app.example.com" (scheme, host and port only)')
    })
  }
  if (webAuthn.userVerification !== undefined && !['preferred', 'required'].includes(webAuthn.userVerification as string)) {
    throw new SeedValidationError(`${path}.userVerification`, 'expected "preferred" or "required"')
  }
  positiveInteger(webAuthn.maxCredentialsPerUser, `${path}.maxCredentialsPerUser`)
  positiveInteger(webAuthn.challengeValiditySeconds, `${path}.challengeValiditySeconds`)
}

export function validatePasskeys(value: unknown, path: string): void {
  if (value === undefined) return
  if (!Array.isArray(value)) throw new SeedValidationError(path, 'expected an array')
  value.forEach((entry, index) => {
    const at = `${path}[${index}]`
    const passkey = fields(entry, at, ['credentialId', 'friendlyName', 'authenticatorAttachment', 'transports', 'createdAt'])
    if (passkey.credentialId !== undefined && (typeof passkey.credentialId !== 'string' || !/^[A-Za-z0-9_-]+$/.test(passkey.credentialId))) {
      throw new SeedValidationError(`${at}.credentialId`, 'expected a base64url string')
    }
    if (passkey.friendlyName !== undefined && typeof passkey.friendlyName !== 'string') throw new SeedValidationError(`${at}.friendlyName`, 'expected a string')
    if (passkey.authenticatorAttachment !== undefined && !['platform', 'cross-platform'].includes(passkey.authenticatorAttachment as string)) {
      throw new SeedValidationError(`${at}.authenticatorAttachment`, 'expected "platform" or "cross-platform"')
    }
    if (passkey.transports !== undefined && (!Array.isArray(passkey.transports) || passkey.transports.some((transport) => typeof transport !== 'string'))) {
      throw new SeedValidationError(`${at}.transports`, 'expected an array of strings such as ["internal", "hybrid"]')
    }
    const created = passkey.createdAt
    if (created !== undefined && !(created instanceof Date && !Number.isNaN(created.getTime())) && !(typeof created === 'string' && !Number.isNaN(Date.parse(created)))) {
      throw new SeedValidationError(`${at}.createdAt`, 'expected an ISO-8601 date')
    }
  })
}
