import { act, renderHook, waitFor } from '@testing-library/react'
import { DEMO_USERS, defaultSeed, type SeedWebAuthn } from 'cognito-emulator'
import { beforeEach, describe, expect, it } from 'vitest'
import { tokenPasskeyApi } from '../../src/api/tokenPasskeyApi'
import { classifyPasskeyError } from '../../src/errors/classifyPasskeyError'
import { useAddPasskey } from '../../src/hooks/useAddPasskey'
import { usePasskeys } from '../../src/hooks/usePasskeys'
import { useRemovePasskey } from '../../src/hooks/useRemovePasskey'
import { installFakeWebAuthn } from '../support/fakeWebAuthn'
import { ENDPOINT, mockCognito, signedInKit } from '../support/mockCognito'

const cognito = mockCognito()

function seedWith(webAuthn: SeedWebAuthn | false) {
  const seed = defaultSeed()
  const users = seed.users!.map((user) =>
    user.username === DEMO_USERS.demo ? { ...user, passkeys: [{ credentialId: 'c2VlZGVkS2V5', friendlyName: 'YubiKey 5', authenticatorAttachment: 'cross-platform' as const, transports: ['usb', 'nfc'] }] } : user,
  )
  cognito.emulator.load({ ...seed, userPool: { ...seed.userPool, webAuthn }, users })
}

async function passkeyKit() {
  const kit = await signedInKit(cognito.emulator)
  const api = tokenPasskeyApi({ endpoint: ENDPOINT, getAccessToken: () => kit.session.accessToken })
  const { result } = renderHook(() => ({ list: usePasskeys(api), add: useAddPasskey(api), remove: useRemovePasskey(api) }), { wrapper: kit.wrapper })
  await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
  return { result }
}

const names = (passkeys: readonly { name: string }[]) => passkeys.map((passkey) => passkey.name)

describe('passkey hooks on the emulator', () => {
  let browser: ReturnType<typeof installFakeWebAuthn>
  beforeEach(() => {
    browser = installFakeWebAuthn('http://localhost:3000')
  })

  it('lists the passkeys Cognito holds', async () => {
    seedWith({ relyingPartyId: 'localhost' })
    const { result } = await passkeyKit()
    expect(result.current.list.passkeys).toEqual([
      { id: 'c2VlZGVkS2V5', name: 'YubiKey 5', relyingPartyId: 'localhost', attachment: 'cross-platform', transports: ['usb', 'nfc'], createdAt: expect.any(Date) },
    ])
  })

  it('adds a passkey through the browser prompt and is done only once the list shows it', async () => {
    seedWith({ relyingPartyId: 'localhost' })
    const { result } = await passkeyKit()
    act(() => result.current.add.add())
    await waitFor(() => expect(result.current.add.isSuccess).toBe(true), { timeout: 5000 })
    expect(result.current.add.data).toBe('added')
    expect(names(result.current.list.passkeys)).toEqual(['YubiKey 5', 'Passkey'])
    // Cognito's options reached the browser: its excluded credentials name the passkey already there.
    const [[{ publicKey }]] = browser.create.mock.calls as unknown as [[{ publicKey: PublicKeyCredentialCreationOptions }]]
    expect(publicKey.excludeCredentials).toHaveLength(1)
    expect(publicKey.rp.id).toBe('localhost')
  })

  it('shows no error and sends nothing more when the user cancels the prompt', async () => {
    seedWith({ relyingPartyId: 'localhost' })
    const { result } = await passkeyKit()
    browser.answerWith('cancel')
    act(() => result.current.add.add())
    await waitFor(() => expect(result.current.add.isSuccess).toBe(true), { timeout: 5000 })
    expect(result.current.add.data).toBe('cancelled')
    expect(result.current.add.error).toBeNull()
    expect(cognito.emulator.calls('CompleteWebAuthnRegistration')).toBe(0)
    expect(names(result.current.list.passkeys)).toEqual(['YubiKey 5'])
  })

  it.each([
    ['a pool with passkeys off', false, 'http://localhost:3000', 'passkeys-not-enabled'],
    ['a pool without a relying party', {}, 'http://localhost:3000', 'passkeys-not-configured'],
    ['a page on an origin the pool does not allow', { relyingPartyId: 'localhost' }, 'https://phish.example', 'passkey-origin-not-allowed'],
  ] as const)('turns the refusal for %s into its state', async (_what, webAuthn, origin, state) => {
    seedWith(webAuthn)
    browser = installFakeWebAuthn(origin)
    const { result } = await passkeyKit()
    act(() => result.current.add.add())
    await waitFor(() => expect(result.current.add.isError).toBe(true), { timeout: 5000 })
    expect(classifyPasskeyError(result.current.add.error, { adding: true })).toBe(state)
    expect(names(result.current.list.passkeys)).toEqual(['YubiKey 5'])
  })

  it('says the limit is reached when Cognito answers LimitExceededException while adding', async () => {
    seedWith({ relyingPartyId: 'localhost', maxCredentialsPerUser: 1 })
    const { result } = await passkeyKit()
    act(() => result.current.add.add())
    await waitFor(() => expect(result.current.add.isError).toBe(true), { timeout: 5000 })
    expect(classifyPasskeyError(result.current.add.error, { adding: true })).toBe('passkey-limit-reached')
  })

  it('removes a passkey at once, and puts it back when Cognito refuses', async () => {
    seedWith({ relyingPartyId: 'localhost' })
    const { result } = await passkeyKit()
    cognito.emulator.faults.set('DeleteWebAuthnCredential', { latency: { ms: 100 }, error: { name: 'InternalErrorException' } })
    // The list cannot be fetched again either: what the user sees after the failure is the rollback's.
    cognito.emulator.faults.set('ListWebAuthnCredentials', { error: { name: 'InternalErrorException' } })
    act(() => result.current.remove.remove('c2VlZGVkS2V5'))
    await waitFor(() => expect(result.current.remove.pendingIds).toEqual(['c2VlZGVkS2V5']))
    expect(result.current.list.passkeys).toEqual([])
    await waitFor(() => expect(result.current.remove.isError).toBe(true))
    expect(names(result.current.list.passkeys)).toEqual(['YubiKey 5'])

    cognito.emulator.faults.clear()
    act(() => result.current.remove.remove('c2VlZGVkS2V5'))
    await waitFor(() => expect(result.current.remove.isSuccess).toBe(true))
    expect(result.current.list.passkeys).toEqual([])
    expect(await cognito.emulator.calls('DeleteWebAuthnCredential')).toBe(2)
  })
})
