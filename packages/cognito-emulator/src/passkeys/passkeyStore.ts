import { ServiceError } from '../ServiceError.ts'
import type { SeedWebAuthn, SeedWebAuthnCredential } from './seedWebAuthn.ts'

/** The pool's passkey settings after defaults; `false` when passkeys are off. */
export interface WebAuthnSettings {
  readonly relyingPartyId: string | undefined
  readonly allowedOrigins: readonly string[] | undefined
  readonly userVerification: 'preferred' | 'required'
  readonly maxCredentialsPerUser: number
  readonly challengeValiditySeconds: number
}

export interface StoredPasskey {
  readonly owner: string
  readonly sequence: number
  readonly credentialId: string
  readonly friendlyName: string
  readonly relyingPartyId: string
  readonly authenticatorAttachment: string | undefined
  readonly transports: readonly string[]
  readonly createdAt: Date
  /** COSE public key, kept for a later sign-in; undefined for seeded passkeys. */
  readonly publicKey: Uint8Array | undefined
}

/** A StartWebAuthnRegistration challenge waiting for its CompleteWebAuthnRegistration. */
export interface PendingRegistration {
  readonly owner: string
  readonly clientId: string
  readonly expiresAt: number
}

/** The pool's passkeys, pending registration challenges and ListWebAuthnCredentials cursors. */
export class PasskeyStore {
  settings: WebAuthnSettings | false
  private readonly passkeys = new Map<string, StoredPasskey>()
  private readonly pending = new Map<string, PendingRegistration>()
  private readonly cursors = new Map<string, { owner: string; after: number }>()
  private nextSequence = 1

  constructor(seed: SeedWebAuthn | false | undefined) {
    this.settings =
      seed === undefined || seed === false
        ? false
        : {
            relyingPartyId: seed.relyingPartyId,
            allowedOrigins: seed.allowedOrigins,
            userVerification: seed.userVerification ?? 'preferred',
            maxCredentialsPerUser: seed.maxCredentialsPerUser ?? 20,
            challengeValiditySeconds: seed.challengeValiditySeconds ?? 300,
          }
  }

  /** The user's passkeys in registration order. */
  of(owner: string): StoredPasskey[] {
    return [...this.passkeys.values()].filter((passkey) => passkey.owner === owner).sort((a, b) => a.sequence - b.sequence)
  }

  find(credentialId: string): StoredPasskey | undefined {
    return this.passkeys.get(credentialId)
  }

  add(passkey: Omit<StoredPasskey, 'sequence'>): StoredPasskey {
    const stored = { ...passkey, sequence: this.nextSequence++ }
    this.passkeys.set(stored.credentialId, stored)
    return stored
  }

  addSeeded(owner: string, seed: SeedWebAuthnCredential, relyingPartyId: string, now: Date): StoredPasskey {
    return this.add({
      owner,
      credentialId: seed.credentialId ?? base64Url(crypto.getRandomValues(new Uint8Array(32))),
      friendlyName: seed.friendlyName ?? 'Passkey',
      relyingPartyId,
      authenticatorAttachment: seed.authenticatorAttachment,
      transports: seed.transports ?? [],
      createdAt: seed.createdAt === undefined ? now : new Date(seed.createdAt),
      publicKey: undefined,
    })
  }

  remove(credentialId: string): void {
    this.passkeys.delete(credentialId)
  }

  /** A new single-use challenge (base64url of 16 random bytes, the length Amplify's mock answer carries). */
  newChallenge(registration: PendingRegistration): string {
    const challenge = base64Url(crypto.getRandomValues(new Uint8Array(16)))
    this.pending.set(challenge, registration)
    return challenge
  }

  /** Takes the challenge out (it is used once, whatever the outcome); undefined when unknown. */
  takeChallenge(challenge: string): PendingRegistration | undefined {
    const registration = this.pending.get(challenge)
    this.pending.delete(challenge)
    return registration
  }

  /** One page of `owner`'s passkeys; the token names where it ended, server-side. */
  page(owner: string, maxResults: number, token: string | undefined): { page: StoredPasskey[]; token: string | undefined } {
    let after = 0
    if (token !== undefined) {
      const cursor = this.cursors.get(token)
      if (!cursor || cursor.owner !== owner) throw new ServiceError('InvalidParameterException', 'Invalid pagination token.')
      after = cursor.after
    }
    const remaining = this.of(owner).filter((passkey) => passkey.sequence > after)
    const page = remaining.slice(0, maxResults)
    const last = page.at(-1)
    if (remaining.length <= maxResults || !last) return { page, token: undefined }
    const next = base64Url(crypto.getRandomValues(new Uint8Array(36)))
    this.cursors.set(next, { owner, after: last.sequence })
    return { page, token: next }
  }
}

export function base64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
