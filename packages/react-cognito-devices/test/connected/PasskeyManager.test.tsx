import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_USERS, defaultSeed, type SeedWebAuthn } from 'cognito-emulator'
import { beforeEach, describe, expect, it } from 'vitest'
import { tokenPasskeyApi } from '../../src/api/tokenPasskeyApi'
import { DeviceManager } from '../../src/connected/DeviceManager'
import { PasskeyManager } from '../../src/connected/PasskeyManager'
import { sessionStatesShownElsewhere } from '../../src/connected/sessionStatesShownElsewhere'
import { registerPasskeyTranslations } from '../../src/i18n/passkeyText'
import { dePasskeys } from '../../src/locales/de-passkeys'
import { installFakeWebAuthn } from '../support/fakeWebAuthn'
import { ENDPOINT, mockCognito, signedInKit } from '../support/mockCognito'

const cognito = mockCognito()

function seedWith(webAuthn: SeedWebAuthn | false) {
  const seed = defaultSeed()
  const passkeys = [{ credentialId: 'c2VlZGVkS2V5', friendlyName: 'YubiKey 5', authenticatorAttachment: 'cross-platform' as const, transports: ['usb', 'nfc'], createdAt: '2026-03-03T12:00:00Z' }]
  const users = seed.users!.map((user) => (user.username === DEMO_USERS.demo ? { ...user, passkeys } : user))
  cognito.emulator.load({ ...seed, userPool: { ...seed.userPool, webAuthn }, users })
}

async function renderManager(locale = 'en') {
  const kit = await signedInKit(cognito.emulator)
  const api = tokenPasskeyApi({ endpoint: ENDPOINT, getAccessToken: () => kit.session.accessToken })
  render(<PasskeyManager api={api} locale={locale} />, { wrapper: kit.wrapper })
  return within(await screen.findByRole('list', { name: locale === 'de' ? 'Ihre Passkeys' : 'Your passkeys' }))
}

describe('PasskeyManager', () => {
  let browser: ReturnType<typeof installFakeWebAuthn>
  beforeEach(() => {
    browser = installFakeWebAuthn('http://localhost:3000')
  })

  it('shows each passkey with its added date, kind and transports in words', async () => {
    seedWith({ relyingPartyId: 'localhost' })
    const list = await renderManager()
    const card = list.getByRole('article', { name: 'YubiKey 5' })
    expect(card).toHaveTextContent('Added March 3, 2026 · Security key or phone')
    expect(card).toHaveTextContent('Connects by USB, NFC')
  })

  it('adds a passkey and announces it once Cognito lists it', async () => {
    seedWith({ relyingPartyId: 'localhost' })
    const list = await renderManager()
    await userEvent.click(screen.getByRole('button', { name: 'Add a passkey' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Passkey added.'), { timeout: 5000 })
    expect(list.getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['YubiKey 5', 'Passkey'])
  })

  it('shows nothing when the user closes the browser prompt', async () => {
    seedWith({ relyingPartyId: 'localhost' })
    const list = await renderManager()
    browser.answerWith('cancel')
    await userEvent.click(screen.getByRole('button', { name: 'Add a passkey' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a passkey' })).not.toHaveAttribute('aria-disabled'))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('')
    expect(list.getAllByRole('article')).toHaveLength(1)
  })

  it('says passkeys are not turned on, instead of an Add button, when the pool has them off', async () => {
    seedWith(false)
    await renderManager()
    await userEvent.click(screen.getByRole('button', { name: 'Add a passkey' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Passkeys are not turned on for this account.'))
    expect(screen.queryByRole('button', { name: 'Add a passkey' })).toBeNull()
    expect(screen.getByRole('region', { name: 'Passkeys' })).toHaveAttribute('data-state', 'not-enabled')
  })

  it('refuses a registration from a page on another origin with its own sentence', async () => {
    seedWith({ relyingPartyId: 'localhost' })
    browser = installFakeWebAuthn('https://phish.example')
    await renderManager()
    await userEvent.click(screen.getByRole('button', { name: 'Add a passkey' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not add the passkey. Passkeys for this account cannot be added on this website.')
  })

  it('refuses a passkey made for another relying party with its own sentence, and lists nothing new', async () => {
    seedWith({ relyingPartyId: 'localhost' })
    browser = installFakeWebAuthn('http://localhost:3000', { rpId: 'example.com' })
    const list = await renderManager()
    await userEvent.click(screen.getByRole('button', { name: 'Add a passkey' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not add the passkey. This passkey belongs to another website and cannot be used for this account.')
    expect(alert).toHaveAttribute('data-state', 'passkey-relying-party-mismatch')
    expect(cognito.emulator.calls('CompleteWebAuthnRegistration')).toBe(1)
    expect(list.getAllByRole('article')).toHaveLength(1)
  })

  it('says the session has ended on its own, and steps aside beside a DeviceManager that says it', async () => {
    seedWith({ relyingPartyId: 'localhost' })
    const expired = { error: { name: 'NotAuthorizedException', message: 'Access Token has expired' } }
    cognito.emulator.faults.set('ListDevices', expired)
    cognito.emulator.faults.set('ListWebAuthnCredentials', expired)
    const passkeysOf = (kit: Awaited<ReturnType<typeof signedInKit>>) => tokenPasskeyApi({ endpoint: ENDPOINT, getAccessToken: () => kit.session.accessToken })
    const aloneKit = await signedInKit(cognito.emulator)
    const alone = render(<PasskeyManager api={passkeysOf(aloneKit)} />, { wrapper: aloneKit.wrapper })
    expect(await screen.findByRole('heading', { name: 'Your session has ended' })).toBeInTheDocument()
    alone.unmount()

    cognito.emulator.resetCalls()
    const pageKit = await signedInKit(cognito.emulator)
    render(
      <>
        <DeviceManager />
        <PasskeyManager api={passkeysOf(pageKit)} fallback={sessionStatesShownElsewhere} />
      </>,
      { wrapper: pageKit.wrapper },
    )
    await screen.findByRole('heading', { name: 'Your session has ended' })
    await waitFor(() => expect(cognito.emulator.calls('ListWebAuthnCredentials')).toBe(1))
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Passkeys' })).toBeNull())
    expect(screen.getAllByRole('heading', { name: 'Your session has ended' })).toHaveLength(1)
  })

  it('removes a passkey after a confirmation that says what removing means', async () => {
    seedWith({ relyingPartyId: 'localhost' })
    const list = await renderManager()
    await userEvent.click(list.getByRole('button', { name: 'Remove YubiKey 5' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove “YubiKey 5”?' })
    expect(dialog).toHaveAccessibleDescription(/stop working for this account.*may still list it/)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }))
    expect(await screen.findByText('No passkeys yet')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('YubiKey 5 was removed.'))
    // Its Remove button is gone: focus lands on the section's heading, not on the page's body.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Passkeys' })).toHaveFocus())
  })

  it('speaks German when the translation is registered', async () => {
    registerPasskeyTranslations(dePasskeys)
    seedWith({ relyingPartyId: 'localhost' })
    const list = await renderManager('de')
    expect(list.getByRole('article', { name: 'YubiKey 5' })).toHaveTextContent('Sicherheitsschlüssel oder Smartphone')
    expect(screen.getByRole('button', { name: 'Passkey hinzufügen' })).toBeInTheDocument()
  })
})
