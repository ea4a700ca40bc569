import { createSoftwareAuthenticator, type CreationOptionsJson } from 'cognito-emulator'
import { vi } from 'vitest'

/** How the fake browser answers `navigator.credentials.create`. */
export type FakePrompt = 'create' | 'cancel' | 'already-registered'

function toBase64Url(buffer: ArrayBuffer | ArrayBufferView): string {
  const bytes = ArrayBuffer.isView(buffer) ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * WebAuthn for jsdom, which has none: `PublicKeyCredential` and `navigator.credentials.create`
 * answered by cognito-emulator's software authenticator (a real attestation), on `origin` (and for
 * `authenticator.rpId` instead of the options' relying party: a passkey made for another site). It has
 * no `parseCreationOptionsFromJSON`, as browsers before 2024, so the kit's own conversion runs.
 */
export function installFakeWebAuthn(origin: string, authenticator: { rpId?: string } = {}) {
  let prompt: FakePrompt = 'create'
  class FakePublicKeyCredential {
    constructor(private readonly json: unknown) {}
    toJSON() {
      return this.json
    }
  }
  const create = vi.fn(async ({ publicKey }: { publicKey: PublicKeyCredentialCreationOptions }) => {
    if (prompt === 'cancel') throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError')
    if (prompt === 'already-registered') throw new DOMException('The authenticator was previously registered.', 'InvalidStateError')
    const options: CreationOptionsJson = { rp: { id: publicKey.rp.id ?? '' }, challenge: toBase64Url(publicKey.challenge) }
    const software = await createSoftwareAuthenticator()
    return new FakePublicKeyCredential(await software.register(options, { origin, ...authenticator }))
  })
  vi.stubGlobal('PublicKeyCredential', FakePublicKeyCredential)
  Object.defineProperty(window.navigator, 'credentials', { value: { create }, configurable: true })
  return {
    create,
    answerWith(next: FakePrompt) {
      prompt = next
    },
  }
}
