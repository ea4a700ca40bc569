/**
 * Server side of Amazon Cognito's SRP-6a, byte-compatible with the client in aws-amplify 6
 * (`@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/`).
 *
 * Pure functions over native `BigInt` and WebCrypto (`crypto.subtle`, `crypto.getRandomValues`),
 * so this module runs unchanged in Node >= 20 and in browsers (MSW / Storybook). No Node imports.
 *
 * Conventions that must match Amplify exactly:
 * - "padded hex" of a non-negative integer: lowercase, even length, `00` prepended when the top bit
 *   of the first byte is set (Java `BigInteger.toByteArray()`). Every big number that is hashed or
 *   fed into HKDF is hashed as the bytes of its padded hex.
 * - k = H(padHex(N) || padHex(g)), u = H(padHex(A) || padHex(B)),
 *   x = H(padHex(salt) || H_hex(poolName + userId + ":" + password)), v = g^x mod N.
 *   The salt is always re-normalised through an integer first (Amplify does
 *   `getPaddedHex(new BigInteger(SALT, 16))`), so leading zero bytes of a salt do not count.
 * - S (server) = (A * v^u)^b mod N; key = HKDF-SHA256(salt = padHex(u) bytes, ikm = padHex(S)
 *   bytes, info = "Caldera Derived Key"), first 16 bytes.
 * - signature = base64(HMAC-SHA256(key, utf8(poolName) || utf8(userId) || secretBlockBytes ||
 *   utf8(timestamp))).
 *
 * For a user, poolName is the part of the user pool id after the first "_" and userId is the
 * USER_ID_FOR_SRP the server sent. For a device, poolName is the DeviceGroupKey, userId is the
 * DeviceKey and the password is the device's random password (the verifier and salt come from
 * ConfirmDevice's DeviceSecretVerifierConfig).
 */

/** Byte arrays backed by a plain ArrayBuffer (what WebCrypto's BufferSource accepts). */
type Bytes = Uint8Array<ArrayBuffer>

// ---------------------------------------------------------------------------------------------
// Errors

export type SrpErrorCode =
  /** A value that must be hex is not (empty, odd characters, too long). */
  | 'InvalidHex'
  /** A value that must be base64 is not. */
  | 'InvalidBase64'
  /** The client's SRP_A is malformed or A mod N == 0. */
  | 'InvalidSrpA'
  /** A password verifier is zero, one, or not below N. */
  | 'InvalidVerifier'
  /** A salt is empty or too long. */
  | 'InvalidSalt'
  /** DeviceSecretVerifierConfig is missing a field or a field is not a string. */
  | 'InvalidDeviceSecretVerifierConfig'

/** Thrown for malformed SRP inputs. `code` is stable; map it to a Cognito exception by name. */
export class SrpError extends Error {
  override readonly name = 'SrpError'
  readonly code: SrpErrorCode

  constructor(code: SrpErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

// ---------------------------------------------------------------------------------------------
// Group parameters

/** RFC 3526 3072-bit MODP group prime (Amplify's INIT_N). */
export const SRP_N = BigInt(
  '0x' +
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1' +
    '29024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245' +
    'E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D' +
    'C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D' +
    '670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9' +
    'DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64' +
    'ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B' +
    'F12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31' +
    '43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
)

/** Generator. */
export const SRP_G = 2n

/** Bytes of N (384). A verifier's padded form is at most 385 bytes. */
const N_BYTES = 384
/** Longest hex we accept for a client's A (a 385-byte padded value); anything longer is abuse. */
const MAX_A_HEX_CHARS = (N_BYTES + 1) * 2
/** Longest salt we accept (Amplify sends 16 random bytes, padded to at most 17). */
const MAX_SALT_BYTES = 64
/** Bytes of the server's private exponent b (Amplify uses 128 for a). */
const PRIVATE_EXPONENT_BYTES = 128

let kPromise: Promise<bigint> | undefined

/** k = H(padHex(N) || padHex(g)), computed once. */
export function getSrpK(): Promise<bigint> {
  kPromise ??= sha256Hex(hexToBytes(padHex(SRP_N) + padHex(SRP_G))).then(hexToBigInt)
  return kPromise
}

// ---------------------------------------------------------------------------------------------
// Encoding helpers

const HEX_RE = /^[0-9a-fA-F]+$/
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/**
 * Amplify's `getPaddedHex` for a non-negative integer: lowercase, even length, with a leading
 * `00` when the most significant bit would otherwise be set.
 */
export function padHex(value: bigint): string {
  if (value < 0n) throw new RangeError('padHex: negative values are not used by SRP')
  let hex = value.toString(16)
  if (hex.length % 2 !== 0) hex = `0${hex}`
  if (/^[89a-f]/.test(hex)) hex = `00${hex}`
  return hex
}

/**
 * Parses a hex string (any length, any case, no `0x`) as a non-negative integer.
 * @throws SrpError('InvalidHex')
 */
export function parseHex(hex: string, what = 'value', maxChars = Number.POSITIVE_INFINITY): bigint {
  if (typeof hex !== 'string' || !HEX_RE.test(hex)) {
    throw new SrpError('InvalidHex', `${what} must be a non-empty hexadecimal string`)
  }
  if (hex.length > maxChars) {
    throw new SrpError('InvalidHex', `${what} is too long (${hex.length} hex digits, at most ${maxChars})`)
  }
  return BigInt(`0x${hex}`)
}

function hexToBigInt(hex: string): bigint {
  return BigInt(`0x${hex}`)
}

function hexToBytes(hex: string): Bytes {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

function bytesToHex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0')
  return out
}

function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : hexToBigInt(bytesToHex(bytes))
}

/** Standard base64 (with padding) of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/**
 * Strict standard base64 (RFC 4648 section 4, padded) to bytes.
 * @throws SrpError('InvalidBase64')
 */
export function base64ToBytes(value: string, what = 'value'): Bytes {
  if (typeof value !== 'string' || !BASE64_RE.test(value)) {
    throw new SrpError('InvalidBase64', `${what} must be standard padded base64`)
  }
  const binary = atob(value)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

/**
 * How Amplify decodes SECRET_BLOCK before signing it (`urlB64ToUint8Array`): missing padding is
 * added and the URL-safe alphabet is accepted. Returns undefined instead of throwing.
 */
function decodeSecretBlockLikeAmplify(value: string): Bytes | undefined {
  if (typeof value !== 'string') return undefined
  const padded = value + '='.repeat((4 - (value.length % 4)) % 4)
  const standard = padded.replace(/-/g, '+').replace(/_/g, '/')
  try {
    return base64ToBytes(standard)
  } catch {
    return undefined
  }
}

const utf8 = (text: string): Bytes => new TextEncoder().encode(text) as Bytes

function concatBytes(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

function randomBytes(length: number): Bytes {
  const out = new Uint8Array(length)
  // getRandomValues is limited to 65536 bytes per call; SRP never asks for that much.
  crypto.getRandomValues(out)
  return out
}

// ---------------------------------------------------------------------------------------------
// Crypto primitives (WebCrypto)

async function sha256Hex(data: Bytes): Promise<string> {
  return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', data)))
}

async function hmacSha256(key: Bytes, data: Bytes): Promise<Bytes> {
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, data))
}

/** HKDF-SHA256, first block, truncated to 16 bytes; Amplify's `getHkdfKey` with its info. */
async function cognitoHkdf(ikm: Bytes, salt: Bytes): Promise<Bytes> {
  const key = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits'])
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8('Caldera Derived Key') },
    key,
    128,
  )
  return new Uint8Array(bits)
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n
  let b = ((base % modulus) + modulus) % modulus
  let e = exponent
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus
    e >>= 1n
    b = (b * b) % modulus
  }
  return result
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}

// ---------------------------------------------------------------------------------------------
// SRP

/**
 * The "pool name" Amplify mixes into a user's SRP hashes: `userPoolId.split('_')[1] || ''`
 * (for `us-east-1_AbC123` that is `AbC123`).
 */
export function srpPoolName(userPoolId: string): string {
  return userPoolId.split('_')[1] || ''
}

/** x = H(padHex(salt) || H(poolName + userId + ":" + password)). */
async function computeX(poolName: string, userId: string, password: string, salt: bigint): Promise<bigint> {
  const identityHash = await sha256Hex(utf8(`${poolName}${userId}:${password}`))
  return hexToBigInt(await sha256Hex(hexToBytes(padHex(salt) + identityHash)))
}

function normaliseSalt(saltHex: string): bigint {
  const salt = parseHex(saltHex, 'salt', MAX_SALT_BYTES * 2)
  return salt
}

function checkVerifier(verifier: bigint): bigint {
  if (verifier <= 1n || verifier >= SRP_N) {
    throw new SrpError('InvalidVerifier', 'password verifier must be greater than 1 and less than N')
  }
  return verifier
}

export interface PasswordVerifier {
  /** Canonical (padded) hex of the salt; send it as the SALT challenge parameter. */
  saltHex: string
  /** Padded hex of v = g^x mod N. */
  verifierHex: string
}

/**
 * What Cognito stores for a user: a random salt and v = g^x mod N. `userId` must be exactly the
 * USER_ID_FOR_SRP the server will later send (Amplify hashes that, not what the user typed).
 * Pass `saltHex` only for reproducible fixtures; by default 16 random bytes are used.
 */
export async function createPasswordVerifier(params: {
  poolName: string
  userId: string
  password: string
  saltHex?: string
}): Promise<PasswordVerifier> {
  const salt = params.saltHex === undefined ? bytesToBigInt(randomBytes(16)) : normaliseSalt(params.saltHex)
  const x = await computeX(params.poolName, params.userId, params.password, salt)
  return { saltHex: padHex(salt), verifierHex: padHex(modPow(SRP_G, x, SRP_N)) }
}

/**
 * Validates a client's SRP_A (Amplify sends `A.toString(16)`: lowercase, unpadded, possibly odd
 * length) and rejects A mod N == 0.
 * @throws SrpError('InvalidSrpA')
 */
export function parseSrpA(srpAHex: string): bigint {
  let A: bigint
  try {
    A = parseHex(srpAHex, 'SRP_A', MAX_A_HEX_CHARS)
  } catch (error) {
    throw new SrpError('InvalidSrpA', error instanceof Error ? error.message : 'SRP_A is malformed')
  }
  if (A % SRP_N === 0n) throw new SrpError('InvalidSrpA', 'SRP_A mod N must not be 0')
  return A
}

export interface ServerSession {
  /** Server private exponent, hex. Keep it server-side (in the auth session). */
  bHex: string
  /** B = (k*v + g^b) mod N, unpadded lowercase hex; send it as SRP_B. */
  BHex: string
}

/** Picks a random b and computes B = (k*v + g^b) mod N with B mod N != 0. */
export async function startServerSession(verifierHex: string): Promise<ServerSession> {
  const v = checkVerifier(parseHex(verifierHex, 'verifier', MAX_A_HEX_CHARS))
  const k = await getSrpK()
  for (;;) {
    const b = bytesToBigInt(randomBytes(PRIVATE_EXPONENT_BYTES))
    if (b === 0n) continue
    const B = (k * v + modPow(SRP_G, b, SRP_N)) % SRP_N
    if (B !== 0n) return { bHex: b.toString(16), BHex: B.toString(16) }
  }
}

/** 16-byte key both sides derive, or undefined when the exchange is degenerate (u == 0). */
async function deriveServerKey(A: bigint, v: bigint, b: bigint, B: bigint): Promise<Bytes | undefined> {
  const uHex = await sha256Hex(hexToBytes(padHex(A) + padHex(B)))
  const u = hexToBigInt(uHex)
  if (u === 0n) return undefined
  const S = modPow((A * modPow(v, u, SRP_N)) % SRP_N, b, SRP_N)
  return cognitoHkdf(hexToBytes(padHex(S)), hexToBytes(padHex(u)))
}

/**
 * The signature a client holding the right password sends as PASSWORD_CLAIM_SIGNATURE:
 * base64 HMAC-SHA256(key, poolName || userId || secretBlock bytes || timestamp).
 */
async function signClaim(key: Bytes, poolName: string, userId: string, secretBlock: Bytes, timestamp: string): Promise<Bytes> {
  return hmacSha256(key, concatBytes(utf8(poolName), utf8(userId), secretBlock, utf8(timestamp)))
}

export interface VerifyPasswordClaimParams {
  /** User: `srpPoolName(userPoolId)`. Device: the DeviceGroupKey. */
  poolName: string
  /** User: the USER_ID_FOR_SRP sent in the challenge. Device: the DeviceKey. */
  userId: string
  /** Salt hex as stored (only used to check it is well-formed; the verifier already binds it). */
  saltHex: string
  verifierHex: string
  /** The client's SRP_A, hex. */
  srpAHex: string
  bHex: string
  BHex: string
  /** The SECRET_BLOCK the server issued (base64). */
  secretBlock: string
  /** The client's TIMESTAMP, verbatim. */
  timestamp: string
  /** The client's PASSWORD_CLAIM_SIGNATURE (base64). */
  signature: string
}

/**
 * True when `signature` proves knowledge of the password behind `verifierHex`. Never throws for
 * client-controlled input (malformed A, signature, secret block, timestamp): it returns false.
 * It does not judge the timestamp's freshness; see {@link parseCognitoTimestamp}.
 */
export async function verifyPasswordClaim(params: VerifyPasswordClaimParams): Promise<boolean> {
  let A: bigint
  let v: bigint
  let b: bigint
  let B: bigint
  try {
    A = parseSrpA(params.srpAHex)
    normaliseSalt(params.saltHex)
    v = checkVerifier(parseHex(params.verifierHex, 'verifier', MAX_A_HEX_CHARS))
    b = parseHex(params.bHex, 'b')
    B = parseHex(params.BHex, 'B', MAX_A_HEX_CHARS)
  } catch (error) {
    if (error instanceof SrpError) return false
    throw error
  }
  if (B % SRP_N === 0n || typeof params.timestamp !== 'string' || typeof params.signature !== 'string') return false
  const secretBlock = decodeSecretBlockLikeAmplify(params.secretBlock)
  if (secretBlock === undefined) return false
  let claimed: Bytes
  try {
    claimed = base64ToBytes(params.signature, 'PASSWORD_CLAIM_SIGNATURE')
  } catch {
    return false
  }
  const key = await deriveServerKey(A, v, b, B)
  if (key === undefined) return false
  const expected = await signClaim(key, params.poolName, params.userId, secretBlock, params.timestamp)
  return constantTimeEqual(expected, claimed)
}

// ---------------------------------------------------------------------------------------------
// Devices

export interface DeviceSecretVerifierConfig {
  PasswordVerifier?: unknown
  Salt?: unknown
}

/**
 * Decodes ConfirmDevice's `DeviceSecretVerifierConfig`. Amplify sends
 * `Salt = base64(bytes(padHex(16 random bytes)))` (usually 16 or 17 bytes, fewer when the random
 * value has leading zero bytes) and `PasswordVerifier = base64(bytes(padHex(g^x mod N)))`
 * (at most 385 bytes) with x = H(padHex(salt) || H(DeviceGroupKey + DeviceKey + ":" + randomPassword)).
 * @throws SrpError('InvalidDeviceSecretVerifierConfig' | 'InvalidBase64' | 'InvalidSalt' | 'InvalidVerifier')
 */
export function parseDeviceVerifierConfig(config: DeviceSecretVerifierConfig | undefined | null): PasswordVerifier {
  if (config === null || typeof config !== 'object') {
    throw new SrpError('InvalidDeviceSecretVerifierConfig', 'DeviceSecretVerifierConfig must be an object')
  }
  const { PasswordVerifier: verifierB64, Salt: saltB64 } = config
  if (typeof verifierB64 !== 'string' || typeof saltB64 !== 'string') {
    throw new SrpError(
      'InvalidDeviceSecretVerifierConfig',
      'DeviceSecretVerifierConfig needs string PasswordVerifier and Salt (base64)',
    )
  }
  const saltBytes = base64ToBytes(saltB64, 'DeviceSecretVerifierConfig.Salt')
  if (saltBytes.length === 0 || saltBytes.length > MAX_SALT_BYTES) {
    throw new SrpError('InvalidSalt', `DeviceSecretVerifierConfig.Salt must be 1-${MAX_SALT_BYTES} bytes`)
  }
  const verifierBytes = base64ToBytes(verifierB64, 'DeviceSecretVerifierConfig.PasswordVerifier')
  if (verifierBytes.length === 0 || verifierBytes.length > N_BYTES + 1) {
    throw new SrpError('InvalidVerifier', `DeviceSecretVerifierConfig.PasswordVerifier must be 1-${N_BYTES + 1} bytes`)
  }
  const verifier = checkVerifier(bytesToBigInt(verifierBytes))
  // Re-normalise the salt exactly as the client will when it reads SALT back.
  return { saltHex: padHex(bytesToBigInt(saltBytes)), verifierHex: padHex(verifier) }
}

// ---------------------------------------------------------------------------------------------
// Challenge helpers

/**
 * An opaque SECRET_BLOCK (standard base64 of random bytes). Real Cognito's is an encrypted
 * blob; the client only echoes it and signs its decoded bytes.
 */
export function createSecretBlock(byteLength = 64): string {
  return bytesToBase64(randomBytes(byteLength))
}

const WEEK_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** Amplify's `getNowString` format: `Thu Nov 26 04:08:15 UTC 2026` (UTC, day not zero-padded). */
export function formatCognitoTimestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return (
    `${WEEK_NAMES[date.getUTCDay()]} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCDate()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`
  )
}

const TIMESTAMP_RE =
  /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) UTC (\d{4})$/

/**
 * Parses a TIMESTAMP in the format above (a zero-padded day is accepted too); undefined when it is
 * not one or names an impossible date. The emulator can use it to reject stale claims.
 */
export function parseCognitoTimestamp(value: string): Date | undefined {
  const match = typeof value === 'string' ? TIMESTAMP_RE.exec(value) : null
  if (!match) return undefined
  const [, , monthName, day, hours, minutes, seconds, year] = match
  const month = MONTH_NAMES.indexOf(monthName as (typeof MONTH_NAMES)[number])
  const date = new Date(Date.UTC(Number(year), month, Number(day), Number(hours), Number(minutes), Number(seconds)))
  const consistent =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === month &&
    date.getUTCDate() === Number(day) &&
    date.getUTCHours() === Number(hours) &&
    date.getUTCMinutes() === Number(minutes) &&
    date.getUTCSeconds() === Number(seconds)
  return consistent ? date : undefined
}

// ---------------------------------------------------------------------------------------------
// Convenience: one challenge round, with JSON-serialisable state

/** What the server keeps between issuing PASSWORD_VERIFIER / DEVICE_PASSWORD_VERIFIER and the answer. */
export type SrpChallengeState = Omit<VerifyPasswordClaimParams, 'timestamp' | 'signature'>

export interface SrpChallenge {
  /** Put these into ChallengeParameters (plus USERNAME / USER_ID_FOR_SRP / DEVICE_KEY). */
  challengeParameters: { SALT: string; SRP_B: string; SECRET_BLOCK: string }
  /** Store with the Session; pass to {@link verifySrpChallengeResponse}. Plain strings only. */
  state: SrpChallengeState
}

/**
 * Validates the client's SRP_A and produces the challenge parameters.
 * @throws SrpError('InvalidSrpA') for a malformed SRP_A or A mod N == 0.
 */
export async function beginSrpChallenge(params: {
  poolName: string
  userId: string
  saltHex: string
  verifierHex: string
  srpA: string
}): Promise<SrpChallenge> {
  const A = parseSrpA(params.srpA)
  const { bHex, BHex } = await startServerSession(params.verifierHex)
  const secretBlock = createSecretBlock()
  const saltHex = padHex(normaliseSalt(params.saltHex))
  return {
    challengeParameters: { SALT: saltHex, SRP_B: BHex, SECRET_BLOCK: secretBlock },
    state: {
      poolName: params.poolName,
      userId: params.userId,
      saltHex,
      verifierHex: params.verifierHex,
      srpAHex: A.toString(16),
      bHex,
      BHex,
      secretBlock,
    },
  }
}

/**
 * Checks a PASSWORD_VERIFIER / DEVICE_PASSWORD_VERIFIER answer against the stored state: the
 * echoed secret block must be the one issued and the signature must verify. Never throws for
 * client input.
 */
export async function verifySrpChallengeResponse(
  state: SrpChallengeState,
  responses: { PASSWORD_CLAIM_SECRET_BLOCK?: unknown; TIMESTAMP?: unknown; PASSWORD_CLAIM_SIGNATURE?: unknown },
): Promise<boolean> {
  const { PASSWORD_CLAIM_SECRET_BLOCK: echoed, TIMESTAMP: timestamp, PASSWORD_CLAIM_SIGNATURE: signature } = responses
  if (typeof echoed !== 'string' || typeof timestamp !== 'string' || typeof signature !== 'string') return false
  if (!constantTimeEqual(utf8(echoed), utf8(state.secretBlock))) return false
  return verifyPasswordClaim({ ...state, secretBlock: state.secretBlock, timestamp, signature })
}
