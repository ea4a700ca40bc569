import { describe, expect, it } from 'vitest'
import { MalformedResponseError } from '../../src/model/errors'
import { parseListPasskeysResponse, parsePasskey, parseStartPasskeyRegistrationResponse } from '../../src/cognito/parsePasskey'

// aws-amplify's test answer for StartWebAuthnRegistration (amplify-js packages/auth/__tests__/mockData.ts,
// `passkeyCredentialCreateOptions`); no capture of a real answer is public.
const amplifyCreationOptions = {
  rp: { id: 'localhost', name: 'localhost' },
  user: { id: 'M2M0NjMyMGItYzYwZS00YTIxLTlkNjQtNTgyOWJmZWRlMWM0', name: 'james', displayName: '' },
  challenge: 'zsBch6DlNLUb6SgRdzHysw',
  pubKeyCredParams: [
    { type: 'public-key', alg: -7 },
    { type: 'public-key', alg: -257 },
  ],
  timeout: 60000,
  excludeCredentials: [{ type: 'public-key', id: 'VWxodmRFMUtjbEJZVWs1NE9IaHhOblZUTTBsUVJWSXRTbWhhUkdwZldHaDBSbVpmUmxKamFWRm5XUQ' }],
  authenticatorSelection: { requireResidentKey: true, residentKey: 'required', userVerification: 'required' },
}

// A WebAuthnCredentialDescription with every member botocore's cognito-idp model gives it
// (CredentialId, FriendlyCredentialName, RelyingPartyId, AuthenticatorAttachment, AuthenticatorTransports, CreatedAt).
const description = {
  CredentialId: 'vJCit9S2cglAvvW3txQ-OWRBb-NyhxaLOvRRisnr1aE',
  FriendlyCredentialName: 'iCloud Keychain',
  RelyingPartyId: 'auth.example.com',
  AuthenticatorAttachment: 'platform',
  AuthenticatorTransports: ['internal', 'hybrid'],
  CreatedAt: 1.7323488e9,
}

describe('parsePasskey', () => {
  it('turns the wire description into a Passkey with a Date', () => {
    expect(parsePasskey(description)).toEqual({
      id: 'vJCit9S2cglAvvW3txQ-OWRBb-NyhxaLOvRRisnr1aE',
      name: 'iCloud Keychain',
      relyingPartyId: 'auth.example.com',
      attachment: 'platform',
      transports: ['internal', 'hybrid'],
      createdAt: new Date('2024-11-23T08:00:00Z'),
    })
  })

  it('keeps a passkey without AuthenticatorAttachment (the model makes it optional) and drops an unknown one', () => {
    const { AuthenticatorAttachment: _omitted, ...withoutAttachment } = description
    expect(parsePasskey(withoutAttachment).attachment).toBeUndefined()
    expect(parsePasskey({ ...description, AuthenticatorAttachment: 'telepathy' }).attachment).toBeUndefined()
  })

  it.each([
    ['no CredentialId', { ...description, CredentialId: undefined }],
    ['a numeric name', { ...description, FriendlyCredentialName: 7 }],
    ['transports that are not a list', { ...description, AuthenticatorTransports: 'usb' }],
    ['a CreatedAt that is text', { ...description, CreatedAt: '2024-11-23' }],
  ])('refuses a description with %s', (_what, wire) => {
    expect(() => parsePasskey(wire)).toThrow(MalformedResponseError)
  })
})

describe('parseListPasskeysResponse', () => {
  it('reads the page and its NextToken', () => {
    expect(parseListPasskeysResponse({ Credentials: [description], NextToken: 'next' })).toMatchObject({ passkeys: [{ name: 'iCloud Keychain' }], nextCursor: 'next' })
  })

  it('refuses an answer without the Credentials list rather than showing "no passkeys"', () => {
    expect(() => parseListPasskeysResponse({})).toThrow(MalformedResponseError)
  })
})

describe('parseStartPasskeyRegistrationResponse', () => {
  it("accepts aws-amplify's creation options", () => {
    expect(parseStartPasskeyRegistrationResponse({ CredentialCreationOptions: amplifyCreationOptions })).toEqual(amplifyCreationOptions)
  })

  it('refuses options whose challenge is not base64url, before any browser prompt', () => {
    const options = { ...amplifyCreationOptions, challenge: 'not base64url!' }
    expect(() => parseStartPasskeyRegistrationResponse({ CredentialCreationOptions: options })).toThrow(MalformedResponseError)
  })
})
