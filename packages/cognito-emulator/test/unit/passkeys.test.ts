import { describe, expect, it } from 'vitest'
import { createCognitoEmulator, type EmulatorSeed, type SeedWebAuthn } from '../../src/index.ts'
import { callEmulator } from '../support/callEmulator.ts'
import { createSoftwareAuthenticator, type CreationOptionsJson, type RegisterOptions } from '../../src/passkeys/softwareAuthenticator.ts'

const ORIGIN = 'http://localhost:5173'

const seed = (webAuthn: SeedWebAuthn | false = { relyingPartyId: 'localhost' }): EmulatorSeed => ({
  userPool: { id: 'us-east-1_Pool1', webAuthn },
  clients: [{ id: 'client1' }, { id: 'client2' }],
  users: [
    { username: 'ann', password: 'pw-ann', sub: '3c46320b-c60e-4a21-9d64-5829bfede1c4' },
    { username: 'bob', password: 'pw-bob' },
  ],
})

async function start(emulator: ReturnType<typeof createCognitoEmulator>, accessToken: string) {
  const answer = await callEmulator(emulator, 'StartWebAuthnRegistration', { AccessToken: accessToken })
  return { answer, options: answer.body?.CredentialCreationOptions as CreationOptionsJson & Record<string, unknown> }
}

/** Start, let a software authenticator answer, Complete: what a browser page does. */
async function register(emulator: ReturnType<typeof createCognitoEmulator>, accessToken: string, how: Partial<RegisterOptions> = {}) {
  const { options } = await start(emulator, accessToken)
  const authenticator = await createSoftwareAuthenticator()
  const Credential = await authenticator.register(options, { origin: ORIGIN, ...how })
  return callEmulator(emulator, 'CompleteWebAuthnRegistration', { AccessToken: accessToken, Credential })
}

async function list(emulator: ReturnType<typeof createCognitoEmulator>, accessToken: string, input: Record<string, unknown> = {}) {
  return callEmulator(emulator, 'ListWebAuthnCredentials', { AccessToken: accessToken, ...input })
}

describe('StartWebAuthnRegistration', () => {
  it("answers creation options for the pool's relying party and the signed-in user", async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const { accessToken } = await emulator.signIn('ann')
    const { answer, options } = await start(emulator, accessToken)
    expect(answer.status).toBe(200)
    expect(options).toMatchObject({
      rp: { id: 'localhost', name: 'localhost' },
      // base64url of the sub, as in aws-amplify's passkeyCredentialCreateOptions
      user: { id: 'M2M0NjMyMGItYzYwZS00YTIxLTlkNjQtNTgyOWJmZWRlMWM0', name: 'ann' },
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      excludeCredentials: [],
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    })
    expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })

  it('answers WebAuthnNotEnabledException when the pool has passkeys off', async () => {
    const emulator = createCognitoEmulator({ seed: seed(false) })
    const { accessToken } = await emulator.signIn('ann')
    const { answer } = await start(emulator, accessToken)
    expect(answer.status).toBe(400)
    expect(answer.body?.__type).toBe('WebAuthnNotEnabledException')
  })

  it('answers WebAuthnConfigurationMissingException when passkeys are on without a relying party', async () => {
    const emulator = createCognitoEmulator({ seed: seed({}) })
    const { accessToken } = await emulator.signIn('ann')
    expect((await start(emulator, accessToken)).answer.body?.__type).toBe('WebAuthnConfigurationMissingException')
  })

  it('refuses a token that is not an access token of the pool', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const answer = await callEmulator(emulator, 'StartWebAuthnRegistration', { AccessToken: 'not.a.token' })
    expect(answer.body?.__type).toBe('NotAuthorizedException')
  })
})

describe('CompleteWebAuthnRegistration', () => {
  it('verifies a real registration and lists the passkey with the shape botocore models', async () => {
    const emulator = createCognitoEmulator({ seed: seed(), now: new Date('2026-03-01T10:00:00Z') })
    const { accessToken } = await emulator.signIn('ann')
    const completed = await register(emulator, accessToken, { transports: ['internal', 'hybrid'] })
    expect(completed.status).toBe(200)
    expect(completed.text).toBe('')
    const listed = await list(emulator, accessToken)
    expect(listed.body).toEqual({
      Credentials: [
        {
          CredentialId: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
          FriendlyCredentialName: 'Passkey',
          RelyingPartyId: 'localhost',
          AuthenticatorAttachment: 'platform',
          AuthenticatorTransports: ['internal', 'hybrid'],
          CreatedAt: 1772359200,
        },
      ],
    })
  })

  it('verifies packed self-attestation, and refuses it when its signature is forged', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const { accessToken } = await emulator.signIn('ann')
    expect((await register(emulator, accessToken, { format: 'packed' })).status).toBe(200)
    const forged = await register(emulator, accessToken, { format: 'packed', forgeSignature: true })
    expect(forged.body?.__type).toBe('InvalidParameterException')
    expect((await list(emulator, accessToken)).body?.Credentials).toHaveLength(1)
  })

  it('answers WebAuthnOriginNotAllowedException for a registration made on another origin', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const { accessToken } = await emulator.signIn('ann')
    const answer = await register(emulator, accessToken, { origin: 'https://evil.example' })
    expect(answer.body?.__type).toBe('WebAuthnOriginNotAllowedException')
    expect((await list(emulator, accessToken)).body?.Credentials).toEqual([])
  })

  it("allows exactly the seed's origins when it lists them", async () => {
    const emulator = createCognitoEmulator({ seed: seed({ relyingPartyId: 'example.com', allowedOrigins: ['https://app.example.com'] }) })
    const { accessToken } = await emulator.signIn('ann')
    expect((await register(emulator, accessToken, { origin: 'https://other.example.com' })).body?.__type).toBe('WebAuthnOriginNotAllowedException')
    expect((await register(emulator, accessToken, { origin: 'https://app.example.com' })).status).toBe(200)
  })

  it('answers WebAuthnRelyingPartyMismatchException for a passkey made for another relying party', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const { accessToken } = await emulator.signIn('ann')
    const answer = await register(emulator, accessToken, { rpId: 'example.com' })
    expect(answer.body?.__type).toBe('WebAuthnRelyingPartyMismatchException')
  })

  it('answers WebAuthnChallengeNotFoundException for an unknown, reused or expired challenge', async () => {
    const emulator = createCognitoEmulator({ seed: seed({ relyingPartyId: 'localhost', challengeValiditySeconds: 60 }), now: new Date('2026-03-01T10:00:00Z') })
    const { accessToken } = await emulator.signIn('ann')
    expect((await register(emulator, accessToken, { challenge: 'AAAAAAAAAAAAAAAAAAAAAA' })).body?.__type).toBe('WebAuthnChallengeNotFoundException')

    const { options } = await start(emulator, accessToken)
    const authenticator = await createSoftwareAuthenticator()
    const first = await authenticator.register(options, { origin: ORIGIN })
    expect((await callEmulator(emulator, 'CompleteWebAuthnRegistration', { AccessToken: accessToken, Credential: first })).status).toBe(200)
    const again = await authenticator.register(options, { origin: ORIGIN })
    expect((await callEmulator(emulator, 'CompleteWebAuthnRegistration', { AccessToken: accessToken, Credential: again })).body?.__type).toBe(
      'WebAuthnChallengeNotFoundException',
    )

    const late = await start(emulator, accessToken)
    emulator.clock.advance(61_000)
    const expired = await authenticator.register(late.options, { origin: ORIGIN })
    expect((await callEmulator(emulator, 'CompleteWebAuthnRegistration', { AccessToken: accessToken, Credential: expired })).body?.__type).toBe(
      'WebAuthnChallengeNotFoundException',
    )
  })

  it("answers WebAuthnChallengeNotFoundException for another user's challenge", async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const ann = await emulator.signIn('ann')
    const bob = await emulator.signIn('bob')
    const { options } = await start(emulator, ann.accessToken)
    const Credential = await (await createSoftwareAuthenticator()).register(options, { origin: ORIGIN })
    const answer = await callEmulator(emulator, 'CompleteWebAuthnRegistration', { AccessToken: bob.accessToken, Credential })
    expect(answer.body?.__type).toBe('WebAuthnChallengeNotFoundException')
  })

  it('answers WebAuthnClientMismatchException when another app client completes the registration', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const first = await emulator.signIn('ann', { clientId: 'client1' })
    const second = await emulator.signIn('ann', { clientId: 'client2' })
    const { options } = await start(emulator, first.accessToken)
    const Credential = await (await createSoftwareAuthenticator()).register(options, { origin: ORIGIN })
    const answer = await callEmulator(emulator, 'CompleteWebAuthnRegistration', { AccessToken: second.accessToken, Credential })
    expect(answer.body?.__type).toBe('WebAuthnClientMismatchException')
  })

  it('answers WebAuthnCredentialNotSupportedException for an attestation format it cannot verify', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const { accessToken } = await emulator.signIn('ann')
    expect((await register(emulator, accessToken, { format: 'fido-nonexistent' })).body?.__type).toBe('WebAuthnCredentialNotSupportedException')
  })

  it('answers InvalidParameterException for a credential that is not a RegistrationResponseJSON', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const { accessToken } = await emulator.signIn('ann')
    const answer = await callEmulator(emulator, 'CompleteWebAuthnRegistration', { AccessToken: accessToken, Credential: { id: 'x' } })
    expect(answer.body?.__type).toBe('InvalidParameterException')
    expect(answer.text).not.toContain(accessToken)
  })

  it('answers LimitExceededException past the per-user limit, at start and at completion', async () => {
    const emulator = createCognitoEmulator({ seed: seed({ relyingPartyId: 'localhost', maxCredentialsPerUser: 2 }) })
    const { accessToken } = await emulator.signIn('ann')
    const pending = await start(emulator, accessToken)
    expect((await register(emulator, accessToken)).status).toBe(200)
    expect((await register(emulator, accessToken)).status).toBe(200)
    expect((await start(emulator, accessToken)).answer.body?.__type).toBe('LimitExceededException')
    const late = await (await createSoftwareAuthenticator()).register(pending.options, { origin: ORIGIN })
    const answer = await callEmulator(emulator, 'CompleteWebAuthnRegistration', { AccessToken: accessToken, Credential: late })
    expect(answer.body?.__type).toBe('LimitExceededException')
  })
})

describe('ListWebAuthnCredentials', () => {
  const many = (count: number): EmulatorSeed => ({
    userPool: { webAuthn: { relyingPartyId: 'localhost', maxCredentialsPerUser: 50 } },
    users: [
      {
        username: 'ann',
        password: 'pw',
        passkeys: Array.from({ length: count }, (_, index) => ({ credentialId: `cred${index}`, friendlyName: `Key ${index}` })),
      },
    ],
  })

  it('pages 20 at a time by default with a NextToken, and the last page has none', async () => {
    const emulator = createCognitoEmulator({ seed: many(25) })
    const { accessToken } = await emulator.signIn('ann')
    const first = await list(emulator, accessToken)
    const firstIds = (first.body?.Credentials as { CredentialId: string }[]).map((credential) => credential.CredentialId)
    expect(firstIds).toEqual(Array.from({ length: 20 }, (_, index) => `cred${index}`))
    const second = await list(emulator, accessToken, { NextToken: first.body?.NextToken })
    expect((second.body?.Credentials as unknown[]).length).toBe(5)
    expect(second.body?.NextToken).toBeUndefined()
  })

  it('honours MaxResults and refuses more than 20 as botocore constrains it', async () => {
    const emulator = createCognitoEmulator({ seed: many(3) })
    const { accessToken } = await emulator.signIn('ann')
    expect(((await list(emulator, accessToken, { MaxResults: 2 })).body?.Credentials as unknown[]).length).toBe(2)
    const tooMany = await list(emulator, accessToken, { MaxResults: 21 })
    expect(tooMany.body?.__type).toBe('InvalidParameterException')
    expect(tooMany.body?.message).toContain("at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 20")
  })

  it("refuses a NextToken from another user's list", async () => {
    const emulator = createCognitoEmulator({
      seed: { ...many(25), users: [...many(25).users!, { username: 'bob', password: 'pw', passkeys: [{ credentialId: 'bobkey' }] }] },
    })
    const ann = await emulator.signIn('ann')
    const bob = await emulator.signIn('bob')
    const token = (await list(emulator, ann.accessToken)).body?.NextToken
    expect((await list(emulator, bob.accessToken, { NextToken: token })).body?.__type).toBe('InvalidParameterException')
  })
})

describe('DeleteWebAuthnCredential', () => {
  it("removes the caller's passkey and answers ResourceNotFoundException for another user's", async () => {
    const emulator = createCognitoEmulator({
      seed: {
        userPool: { webAuthn: { relyingPartyId: 'localhost' } },
        users: [
          { username: 'ann', password: 'pw', passkeys: [{ credentialId: 'annkey' }] },
          { username: 'bob', password: 'pw', passkeys: [{ credentialId: 'bobkey' }] },
        ],
      },
    })
    const ann = await emulator.signIn('ann')
    const foreign = await callEmulator(emulator, 'DeleteWebAuthnCredential', { AccessToken: ann.accessToken, CredentialId: 'bobkey' })
    expect(foreign.body?.__type).toBe('ResourceNotFoundException')
    const own = await callEmulator(emulator, 'DeleteWebAuthnCredential', { AccessToken: ann.accessToken, CredentialId: 'annkey' })
    expect(own.text).toBe('')
    expect((await list(emulator, ann.accessToken)).body?.Credentials).toEqual([])
    const bob = await emulator.signIn('bob')
    expect(((await list(emulator, bob.accessToken)).body?.Credentials as unknown[]).length).toBe(1)
  })
})

describe('the passkey seed', () => {
  it('names the field that is wrong', () => {
    expect(() => createCognitoEmulator({ seed: seed({ relyingPartyId: 'https://localhost' }) })).toThrow(/userPool\.webAuthn\.relyingPartyId/)
    expect(() => createCognitoEmulator({ seed: seed({ relyingPartyId: 'localhost', allowedOrigins: ['http://localhost:5173/path'] }) })).toThrow(
      /allowedOrigins\[0\]/,
    )
  })
})
