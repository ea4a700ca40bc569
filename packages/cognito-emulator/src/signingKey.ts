import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose'

export interface SigningKey {
  readonly kid: string
  readonly privateKey: CryptoKey
  readonly publicKey: CryptoKey
  /** The public key as a JWKS entry (`kid`, `alg: RS256`, `use: sig`). */
  readonly publicJwk: JWK
}

/** A fresh RS256 key pair, made once per emulator (so tokens of another run never verify). */
export async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true })
  const kid = crypto.randomUUID()
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }
  return { kid, privateKey, publicKey, publicJwk }
}
