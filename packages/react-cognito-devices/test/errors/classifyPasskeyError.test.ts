import { describe, expect, it } from 'vitest'
import { CognitoError, NetworkError } from '../../src/model/errors'
import { PasskeysUnsupportedError } from '../../src/api/browserPasskey'
import { classifyPasskeyError } from '../../src/errors/classifyPasskeyError'

const cognito = (name: string) => new CognitoError({ name, message: 'whatever Cognito says', status: 400 })

describe('classifyPasskeyError', () => {
  // The exceptions botocore's cognito-idp model lists for StartWebAuthnRegistration and CompleteWebAuthnRegistration.
  it.each([
    ['WebAuthnNotEnabledException', 'passkeys-not-enabled'],
    ['WebAuthnConfigurationMissingException', 'passkeys-not-configured'],
    ['WebAuthnOriginNotAllowedException', 'passkey-origin-not-allowed'],
    ['WebAuthnRelyingPartyMismatchException', 'passkey-relying-party-mismatch'],
    ['WebAuthnChallengeNotFoundException', 'passkey-challenge-expired'],
    ['WebAuthnClientMismatchException', 'passkey-client-mismatch'],
    ['WebAuthnCredentialNotSupportedException', 'passkey-not-supported'],
    ['ResourceNotFoundException', 'passkey-not-found'],
  ])('%s is %s', (name, state) => {
    expect(classifyPasskeyError(cognito(name), { adding: true })).toBe(state)
  })

  it('reads LimitExceededException as "too many passkeys" only while adding', () => {
    expect(classifyPasskeyError(cognito('LimitExceededException'), { adding: true })).toBe('passkey-limit-reached')
    expect(classifyPasskeyError(cognito('LimitExceededException'))).toBe('throttled')
  })

  it("names the browser's refusals", () => {
    expect(classifyPasskeyError(new DOMException('exists', 'InvalidStateError'))).toBe('passkey-already-registered')
    expect(classifyPasskeyError(new PasskeysUnsupportedError())).toBe('passkey-not-supported')
  })

  it('leaves what devices also meet to the device table', () => {
    expect(classifyPasskeyError(cognito('NotAuthorizedException'))).toBe('signed-out')
    expect(classifyPasskeyError(new NetworkError('down'), { online: false })).toBe('offline')
  })
})
