import { sanitizeErrorName } from '../cognito/client'
import { classifyError, type ClassifyContext, type UserErrorState } from './classifyError'

/**
 * The states only passkey calls cause. Each Cognito exception of StartWebAuthnRegistration and
 * CompleteWebAuthnRegistration (botocore's cognito-idp model) has its own, as do the browser's
 * refusals; a cancelled prompt is none of them (it is not an error).
 */
export type PasskeyOnlyErrorState =
  | 'passkeys-not-enabled'
  | 'passkeys-not-configured'
  | 'passkey-origin-not-allowed'
  | 'passkey-relying-party-mismatch'
  | 'passkey-challenge-expired'
  | 'passkey-client-mismatch'
  | 'passkey-not-supported'
  | 'passkey-limit-reached'
  | 'passkey-already-registered'
  | 'passkey-not-found'

/** Every state a failed passkey call can put the UI in: its own, or one it shares with devices. */
export type PasskeyErrorState = PasskeyOnlyErrorState | UserErrorState

const stateByName: ReadonlyMap<string, PasskeyOnlyErrorState> = new Map([
  ['WebAuthnNotEnabledException', 'passkeys-not-enabled'],
  ['WebAuthnConfigurationMissingException', 'passkeys-not-configured'],
  ['WebAuthnOriginNotAllowedException', 'passkey-origin-not-allowed'],
  ['WebAuthnRelyingPartyMismatchException', 'passkey-relying-party-mismatch'],
  ['WebAuthnChallengeNotFoundException', 'passkey-challenge-expired'],
  ['WebAuthnClientMismatchException', 'passkey-client-mismatch'],
  ['WebAuthnCredentialNotSupportedException', 'passkey-not-supported'],
  ['PasskeysUnsupportedError', 'passkey-not-supported'], // kit: no WebAuthn in this browser
  ['NotSupportedError', 'passkey-not-supported'], // browser: no authenticator supports the algorithms
  ['SecurityError', 'passkey-origin-not-allowed'], // browser: the relying party id does not fit this page
  ['InvalidStateError', 'passkey-already-registered'], // browser: the authenticator holds an excluded credential
  ['ResourceNotFoundException', 'passkey-not-found'], // DeleteWebAuthnCredential
])

/**
 * Map anything a passkey call threw to the state the UI shows, by name only; names it does not know
 * go to the device table (`classifyError`). LimitExceededException is "too many passkeys" while
 * adding, and the device table's `throttled` otherwise. Never throws.
 */
export function classifyPasskeyError(error: unknown, context?: ClassifyContext & { readonly adding?: boolean }): PasskeyErrorState {
  try {
    const raw = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined
    const name = typeof raw === 'string' ? sanitizeErrorName(raw) : undefined
    if (name === 'LimitExceededException' && context?.adding) return 'passkey-limit-reached'
    const own = name === undefined ? undefined : stateByName.get(name)
    if (own) return own
  } catch {
    return 'unknown'
  }
  return classifyError(error, context) as UserErrorState
}
