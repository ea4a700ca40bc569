/**
 * Passkeys for the pool, as Cognito's `WebAuthnConfiguration` (SetUserPoolMfaConfig) and the sign-in
 * policy's `WEB_AUTHN` first factor state them. Absent or `false`: passkeys are off, as in a new pool,
 * and the four passkey operations answer WebAuthnNotEnabledException.
 */
export interface SeedWebAuthn {
  /**
   * Cognito's `RelyingPartyId`, e.g. `localhost` or `auth.example.com`. Absent: the pool has passkeys
   * on but no relying party (and, in the emulator, no domain), so registration answers
   * WebAuthnConfigurationMissingException.
   */
  readonly relyingPartyId?: string
  /**
   * Emulator choice (Cognito documents no list): the exact origins a registration may come from.
   * Default: `https://<relyingPartyId>` and its subdomains, plus any `http://localhost:<port>` when the
   * relying party is `localhost` (browsers treat it as secure).
   */
  readonly allowedOrigins?: readonly string[]
  /** Cognito's `UserVerification`. Default `preferred`. */
  readonly userVerification?: 'preferred' | 'required'
  /** Emulator choice: how many passkeys one user may register (LimitExceededException past it). Default 20. */
  readonly maxCredentialsPerUser?: number
  /** Emulator choice: how long a StartWebAuthnRegistration challenge stays usable, in seconds. Default 300. */
  readonly challengeValiditySeconds?: number
}

/** A passkey a seed gives a user, as ListWebAuthnCredentials will answer it. */
export interface SeedWebAuthnCredential {
  /** base64url; generated when absent. */
  readonly credentialId?: string
  readonly friendlyName?: string
  readonly authenticatorAttachment?: 'platform' | 'cross-platform'
  readonly transports?: readonly string[]
  readonly createdAt?: string | Date
}
