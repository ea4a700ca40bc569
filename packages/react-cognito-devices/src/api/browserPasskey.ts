import type { PasskeyCreationOptionsJson, PasskeyRegistrationJson } from '../cognito/passkey'

/** The browser cannot make passkeys here (no WebAuthn, or not a secure context). */
export class PasskeysUnsupportedError extends Error {
  override readonly name = 'PasskeysUnsupportedError'
  constructor() {
    super('This browser cannot create passkeys here.')
  }
}

/** DOMException names `navigator.credentials.create` rejects with when the user closed or cancelled the prompt. */
const CANCELLED: ReadonlySet<string> = new Set(['NotAllowedError', 'AbortError'])

/**
 * Asks the browser for a new passkey with Cognito's options and returns it as JSON for
 * CompleteWebAuthnRegistration; `undefined` when the user cancelled (nothing to report). Other
 * failures reject with the browser's DOMException (e.g. `InvalidStateError`: this authenticator
 * already holds a passkey of this account).
 */
export async function createPasskey(options: PasskeyCreationOptionsJson, signal?: AbortSignal): Promise<PasskeyRegistrationJson | undefined> {
  if (typeof PublicKeyCredential === 'undefined' || typeof navigator === 'undefined' || !navigator.credentials) throw new PasskeysUnsupportedError()
  let credential: Credential | null
  try {
    credential = await navigator.credentials.create({ publicKey: creationOptions(options), ...(signal ? { signal } : {}) })
  } catch (error) {
    // By name: a DOMException from another realm (an iframe's) is not `instanceof Error` here.
    if (CANCELLED.has((error as { name?: string } | null)?.name ?? '') && !signal?.aborted) return undefined
    throw error
  }
  if (!(credential instanceof PublicKeyCredential)) return undefined
  return registrationJson(credential)
}

/** `PublicKeyCredential.parseCreationOptionsFromJSON` where the browser has it (Chrome 129, Firefox 119, Safari 18.4); else by hand. */
function creationOptions(json: PasskeyCreationOptionsJson): PublicKeyCredentialCreationOptions {
  if (typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function') {
    return PublicKeyCredential.parseCreationOptionsFromJSON(json as unknown as PublicKeyCredentialCreationOptionsJSON)
  }
  return {
    ...(json as unknown as PublicKeyCredentialCreationOptions),
    challenge: fromBase64Url(json.challenge),
    user: { ...json.user, id: fromBase64Url(json.user.id) },
    excludeCredentials: (json.excludeCredentials ?? []).map((excluded) => ({ ...excluded, id: fromBase64Url(excluded.id) }) as PublicKeyCredentialDescriptor),
  }
}

/** `credential.toJSON()` where the browser has it; else the same members by hand. */
function registrationJson(credential: PublicKeyCredential): PasskeyRegistrationJson {
  if (typeof credential.toJSON === 'function') return credential.toJSON() as unknown as PasskeyRegistrationJson
  const response = credential.response as AuthenticatorAttestationResponse
  return {
    id: credential.id,
    rawId: toBase64Url(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
    clientExtensionResults: credential.getClientExtensionResults() as Record<string, unknown>,
    response: {
      clientDataJSON: toBase64Url(response.clientDataJSON),
      attestationObject: toBase64Url(response.attestationObject),
      transports: typeof response.getTransports === 'function' ? response.getTransports() : [],
    },
  }
}

function fromBase64Url(text: string): ArrayBuffer {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '='))
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes.buffer
}

function toBase64Url(buffer: ArrayBuffer): string {
  let binary = ''
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
