import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers'

/**
 * A passkey authenticator for tests, in Node or a browser: a WebCrypto P-256 key and a real attestation object
 * (WebAuthn §6.5), either `none` or `packed` self-attestation, serialized as the browser's
 * `PublicKeyCredential.toJSON()` (RegistrationResponseJSON) is.
 */

export interface CreationOptionsJson {
  readonly rp: { readonly id: string }
  readonly challenge: string
}

export interface RegisterOptions {
  /** The page's origin as the browser writes it into clientDataJSON. */
  readonly origin: string
  /** The relying party the authenticator hashes into authenticatorData; default the options' `rp.id`. */
  readonly rpId?: string
  readonly challenge?: string
  readonly format?: 'none' | 'packed' | 'fido-nonexistent'
  /** Flip one bit of the packed signature: a forged attestation. */
  readonly forgeSignature?: boolean
  readonly transports?: readonly string[]
}

const encoder = new TextEncoder()

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
}

/** ASN.1 DER of an ECDSA signature, which packed attestation carries (WebCrypto gives r||s). */
function derSignature(raw: Uint8Array): Uint8Array<ArrayBuffer> {
  const integer = (bytes: Uint8Array) => {
    let start = 0
    while (start < bytes.length - 1 && bytes[start] === 0) start++
    const trimmed = bytes.slice(start)
    const body = (trimmed[0] ?? 0) & 0x80 ? concat(new Uint8Array([0]), trimmed) : trimmed
    return concat(new Uint8Array([0x02, body.length]), body)
  }
  const sequence = concat(integer(raw.slice(0, 32)), integer(raw.slice(32)))
  return concat(new Uint8Array([0x30, sequence.length]), sequence)
}

/** What `register` answers: a `PublicKeyCredential`'s `toJSON()`, for CompleteWebAuthnRegistration. */
export interface SoftwareRegistration {
  readonly id: string
  readonly rawId: string
  readonly type: 'public-key'
  readonly authenticatorAttachment: 'platform'
  readonly clientExtensionResults: Record<string, never>
  readonly response: { readonly clientDataJSON: string; readonly attestationObject: string; readonly transports: string[] }
}

export interface SoftwareAuthenticator {
  /** Answers `navigator.credentials.create({ publicKey: options })` for a fresh credential. */
  register(options: CreationOptionsJson, how: RegisterOptions): Promise<SoftwareRegistration>
}

export async function createSoftwareAuthenticator(): Promise<SoftwareAuthenticator> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])
  const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey)
  const cosePublicKey = isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, isoBase64URL.toBuffer(jwk.x as string)],
      [-3, isoBase64URL.toBuffer(jwk.y as string)],
    ]),
  )

  return {
    async register(options, how) {
      const credentialId = crypto.getRandomValues(new Uint8Array(32))
      const clientDataJSON = encoder.encode(
        JSON.stringify({ type: 'webauthn.create', challenge: how.challenge ?? options.challenge, origin: how.origin, crossOrigin: false }),
      )
      const flags = new Uint8Array([0x01 | 0x04 | 0x40])
      const authData = concat(
        await sha256(encoder.encode(how.rpId ?? options.rp.id)),
        flags,
        new Uint8Array(4),
        new Uint8Array(16),
        new Uint8Array([0, credentialId.length]),
        credentialId,
        cosePublicKey,
      )
      const format = how.format ?? 'none'
      const attStmt = new Map<string, number | Uint8Array>()
      if (format === 'packed') {
        const signed = concat(authData, await sha256(clientDataJSON))
        const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, signed))
        if (how.forgeSignature) raw[10] = (raw[10] ?? 0) ^ 0x01
        attStmt.set('alg', -7).set('sig', derSignature(raw))
      }
      const attestationObject = isoCBOR.encode(new Map<string, unknown>([['fmt', format], ['attStmt', attStmt], ['authData', authData]]) as never)
      const id = isoBase64URL.fromBuffer(credentialId)
      return {
        id,
        rawId: id,
        type: 'public-key' as const,
        authenticatorAttachment: 'platform' as const,
        clientExtensionResults: {},
        response: {
          clientDataJSON: isoBase64URL.fromBuffer(clientDataJSON),
          attestationObject: isoBase64URL.fromBuffer(attestationObject),
          transports: [...(how.transports ?? ['internal', 'hybrid'])],
        },
      }
    },
  }
}
