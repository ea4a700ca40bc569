/** How the authenticator is attached: built into this device, or a security key / phone (WebAuthn §5.4.5). */
export type PasskeyAttachment = 'platform' | 'cross-platform'

/** A passkey of the signed-in user, parsed from Cognito's `WebAuthnCredentialDescription`. */
export interface Passkey {
  /** `CredentialId` (base64url). */
  readonly id: string
  /** `FriendlyCredentialName`: untrusted text, render it as text only. */
  readonly name: string
  /** `RelyingPartyId`: the domain the passkey signs in to. */
  readonly relyingPartyId: string
  /** `AuthenticatorAttachment`; `undefined` when Cognito did not say or named something else. */
  readonly attachment: PasskeyAttachment | undefined
  /** `AuthenticatorTransports` as Cognito sent them (`internal`, `hybrid`, `usb`, `nfc`, `ble`, ...). */
  readonly transports: readonly string[]
  readonly createdAt: Date | undefined
}

/** One page of ListWebAuthnCredentials. `nextCursor` is absent on the last page. */
export interface PasskeyPage {
  readonly passkeys: readonly Passkey[]
  readonly nextCursor: string | undefined
}

/** The maximum `MaxResults` of ListWebAuthnCredentials (botocore: WebAuthnCredentialsQueryLimitType). */
export const MAX_PASSKEY_PAGE_SIZE = 20

/**
 * StartWebAuthnRegistration's `CredentialCreationOptions`: a PublicKeyCredentialCreationOptionsJSON
 * (WebAuthn Level 3), binary members in base64url, as the browser's
 * `PublicKeyCredential.parseCreationOptionsFromJSON` takes it.
 */
export interface PasskeyCreationOptionsJson {
  readonly rp: { readonly id?: string; readonly name: string }
  readonly user: { readonly id: string; readonly name: string; readonly displayName: string }
  readonly challenge: string
  readonly pubKeyCredParams: readonly { readonly type: 'public-key'; readonly alg: number }[]
  readonly timeout?: number
  readonly excludeCredentials?: readonly { readonly type: 'public-key'; readonly id: string; readonly transports?: readonly string[] }[]
  readonly authenticatorSelection?: Readonly<Record<string, unknown>>
  readonly attestation?: string
  readonly extensions?: Readonly<Record<string, unknown>>
}

/** What the browser created, as `PublicKeyCredential.toJSON()` gives it: CompleteWebAuthnRegistration's `Credential`. */
export interface PasskeyRegistrationJson {
  readonly id: string
  readonly rawId: string
  readonly type: string
  readonly authenticatorAttachment?: string | undefined
  readonly clientExtensionResults: Readonly<Record<string, unknown>>
  readonly response: {
    readonly clientDataJSON: string
    readonly attestationObject: string
    readonly transports?: readonly string[] | undefined
    readonly [member: string]: unknown
  }
}
