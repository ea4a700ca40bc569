import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMemo } from 'react'
import { describe, expect, it } from 'vitest'
import { AdminDeviceManager, adminDeviceApi, registerAdminTranslations } from '../../src/admin'
import { adminAr } from '../../src/adminLocales/ar'
import { adminDe } from '../../src/adminLocales/de'
import type { AwsCredentials } from '../../src/adminApi/awsCredentials'
import type { CognitoEmulator } from 'cognito-emulator'
import { registerTranslations } from '../../src/i18n/translations'
import { de } from '../../src/locales/de'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'
import { adminApiFor, adminEmulator, adminKit, DEVICES, mockAdminCognito, NO_ROLE, READ_ONLY, SUPPORT } from './adminEmulator'

// AdminDeviceManager over adminDeviceApi, against the emulator's Admin operations through MSW.
// The console's German and Arabic are opted in, as a host does (the main entry's are, in test/setup-dom.ts).
registerAdminTranslations(adminDe, adminAr)
const cognito = mockAdminCognito()

function renderAdmin(username: string, { emulator = adminEmulator(), credentials = SUPPORT as AwsCredentials, locale = 'en' } = {}) {
  cognito.use(emulator)
  const { wrapper } = adminKit(adminApiFor(username, credentials), undefined, locale)
  const user = userEvent.setup()
  const view = render(<AdminDeviceManager username={username} />, { wrapper })
  const cards = () => within(screen.getByRole('list', { name: `Devices of ${username}` })).getAllByRole('article')
  return { emulator, user, cards, view }
}

const cardNamed = (name: string) => screen.getByRole('article', { name })

describe('AdminDeviceManager', () => {
  it("is titled with the user and lists every device with its remembered status, without 'this device' or 'forget all other devices'", async () => {
    renderAdmin('alice')

    expect(await screen.findByRole('heading', { level: 2, name: 'Devices of alice' })).toBeInTheDocument()
    await screen.findByRole('article', { name: DEVICES.aliceLaptop.shown })
    expect(within(cardNamed(DEVICES.aliceLaptop.shown)).getByText('Remembered')).toBeInTheDocument()
    expect(within(cardNamed(DEVICES.alicePhone.shown)).getByText('Not remembered')).toBeInTheDocument()
    expect(screen.queryByText('This device')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Sign out all other devices' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeInTheDocument()
  })

  it("forgets one of the user's devices after a confirmation that speaks of the user, not of 'your account'", async () => {
    const { emulator, user, cards } = renderAdmin('alice')
    await screen.findByRole('article', { name: DEVICES.aliceLaptop.shown })

    await user.click(within(cardNamed(DEVICES.aliceLaptop.shown)).getByRole('button', { name: 'Sign out' }))
    const dialog = await screen.findByRole('dialog', { name: `Sign out “${DEVICES.aliceLaptop.shown}”?` })
    expect(dialog).toHaveTextContent("will be signed out of this user's account and forgotten")
    expect(dialog).not.toHaveTextContent('your account')
    await user.click(within(dialog).getByRole('button', { name: 'Sign out device' }))

    await waitFor(() => expect(cards()).toHaveLength(1))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${DEVICES.aliceLaptop.shown} was forgotten and will be signed out when its current session ends.`))
    expect(emulator.devices('alice').map((device) => device.name)).toEqual([DEVICES.alicePhone.name])
  })

  it('remembers a device that is not remembered, and the badge follows', async () => {
    const { emulator, user } = renderAdmin('alice')
    await screen.findByRole('article', { name: DEVICES.alicePhone.shown })

    await user.click(within(cardNamed(DEVICES.alicePhone.shown)).getByRole('button', { name: 'Remember' }))

    await waitFor(() => expect(within(cardNamed(DEVICES.alicePhone.shown)).getByText('Remembered')).toBeInTheDocument())
    await waitFor(() => expect(emulator.devices('alice').find((device) => device.name === DEVICES.alicePhone.name)?.remembered).toBe(true))
  })

  it('says so when the user has no device', async () => {
    renderAdmin('carol')

    expect(await screen.findByText('No devices')).toBeInTheDocument()
    expect(screen.getByText('Cognito knows no device of this user.')).toBeInTheDocument()
  })

  it('shows an unknown user as its own state, with nothing to retry', async () => {
    renderAdmin('nobody@example.com')

    await waitFor(() => expect(screen.getByRole('heading', { name: 'User not found' })).toHaveFocus()) // focus moves in an effect after the heading appears
    expect(screen.getByText('No user with this name exists in the user pool.')).toBeInTheDocument()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('shows a request signed with wrong credentials as the credentials state; Try again asks the provider afresh', async () => {
    let credentials: AwsCredentials = { accessKeyId: SUPPORT.accessKeyId, secretAccessKey: 'a-wrong-secret' }
    const emulator = cognito.use(adminEmulator())
    const { wrapper } = adminKit(adminApiFor('alice', () => credentials))
    const user = userEvent.setup()
    render(<AdminDeviceManager username="alice" />, { wrapper })

    expect(await screen.findByRole('heading', { name: 'Administrator sign-in needed' })).toBeInTheDocument()
    expect(emulator.requests().map((request) => request.errorName)).toEqual(['InvalidSignatureException'])
    expect(document.body).not.toHaveTextContent('a-wrong-secret')

    credentials = SUPPORT
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    expect(await screen.findByRole('article', { name: DEVICES.aliceLaptop.shown })).toBeInTheDocument()
  })

  it('shows credentials whose role may not manage devices as "not allowed", with nothing to retry', async () => {
    renderAdmin('alice', { credentials: NO_ROLE })

    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument()
    expect(screen.getByText("Your role may not manage this user pool's devices. Ask an administrator for access.")).toBeInTheDocument()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('shows a refused forget beside its button to a read-only role, the device and the panel still there', async () => {
    const { emulator, user, cards } = renderAdmin('alice', { credentials: READ_ONLY })
    const laptop = await screen.findByRole('article', { name: DEVICES.aliceLaptop.shown })

    await user.click(within(laptop).getByRole('button', { name: 'Sign out' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign out device' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("Could not sign out this device. Your role may not manage this user pool's devices.")
    expect(within(cardNamed(DEVICES.aliceLaptop.shown)).getByRole('alert')).toBe(alert)
    expect(cards()).toHaveLength(2)
    expect(screen.getByRole('heading', { level: 2, name: 'Devices of alice' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Not allowed' })).toBeNull()
    expect(emulator.devices('alice')).toHaveLength(2)
  })

  it('shows throttling next to the list, and Try again lists the devices once the quota allows', async () => {
    const emulator: CognitoEmulator = adminEmulator({ now: new Date('2026-01-05T00:00:00Z'), throttling: { perUserReadPerSecond: 1 } })
    cognito.use(emulator)
    // Another console used this second's quota for alice already.
    await adminApiFor('alice').listDevices()
    const { user } = renderAdmin('alice', { emulator })

    expect(await screen.findByText('Too many requests. Wait a moment and try again.')).toBeInTheDocument()
    emulator.clock.advance(1000)
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    expect(await screen.findByRole('article', { name: DEVICES.aliceLaptop.shown })).toBeInTheDocument()
  })

  it("speaks the kit's registered languages: German", async () => {
    renderAdmin('alice', { locale: 'de' })

    expect(await screen.findByRole('heading', { level: 2, name: 'Geräte von alice' })).toBeInTheDocument()
    expect(await screen.findAllByRole('article')).toHaveLength(2)
    expect(screen.getByText('Nicht gespeichert')).toBeInTheDocument()
  })

  it('shows its own states in those languages too', async () => {
    renderAdmin('nobody@example.com', { locale: 'de' })

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Benutzer nicht gefunden' })).toHaveFocus())
    expect(screen.getByText('Einen Benutzer mit diesem Namen gibt es im Benutzerpool nicht.')).toBeInTheDocument()
  })

  it('shows a forget whose credentials AWS refuses as the credentials state; Try again brings the list back, the device still there', async () => {
    let credentials: AwsCredentials = SUPPORT
    cognito.use(adminEmulator())
    const { wrapper } = adminKit(adminApiFor('alice', () => credentials))
    const user = userEvent.setup()
    render(<AdminDeviceManager username="alice" />, { wrapper })
    const laptop = await screen.findByRole('article', { name: DEVICES.aliceLaptop.shown })

    credentials = { accessKeyId: SUPPORT.accessKeyId, secretAccessKey: 'a-wrong-secret' }
    await user.click(within(laptop).getByRole('button', { name: 'Sign out' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Sign out device' }))

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Administrator sign-in needed' })).toHaveFocus())
    credentials = SUPPORT
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('article', { name: DEVICES.aliceLaptop.shown })).toBeInTheDocument()
  })

  it("takes an admin state's words from the host's own translation where it has them", async () => {
    registerTranslations({
      ...de,
      language: 'fr',
      errors: { ...de.errors, states: { ...de.errors.states, 'user-not-found': { heading: 'Utilisateur introuvable', message: 'Essayez un autre nom.' } } },
    })
    renderAdmin('nobody@example.com', { locale: 'fr' })

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Utilisateur introuvable' })).toHaveFocus())
    expect(screen.getByText('Essayez un autre nom.')).toBeInTheDocument()
  })

  it("tells the console's developer what adminDeviceApi needs when its own setup is wrong, not Amplify's", async () => {
    const api = adminDeviceApi({ endpoint: 'http://localhost:9229/', userPoolId: 'no-region-prefix', username: 'alice', credentials: () => SUPPORT })
    const { wrapper } = adminKit(api)
    render(<AdminDeviceManager username="alice" />, { wrapper })

    await waitFor(() => expect(screen.getByRole('heading', { name: "Device management isn't set up" })).toHaveFocus())
    expect(screen.getByText(/give adminDeviceApi a userPoolId such as "eu-west-1_AbC123"/)).toBeInTheDocument()
    expect(screen.queryByText(/Amplify\.configure/)).toBeNull()
  })

  it('keeps the admin view of a state the host left undefined in its fallbacks', async () => {
    cognito.use(adminEmulator())
    const { wrapper } = adminKit(adminApiFor('nobody@example.com'))
    render(<AdminDeviceManager username="nobody@example.com" fallback={{ 'user-not-found': undefined }} />, { wrapper })

    expect(await screen.findByRole('heading', { name: 'User not found' })).toBeInTheDocument()
  })

  it("lets the host's own fallback replace an admin state's view", async () => {
    cognito.use(adminEmulator())
    const { wrapper } = adminKit(adminApiFor('nobody@example.com'))
    render(<AdminDeviceManager username="nobody@example.com" fallback={{ 'user-not-found': () => <p>Check the spelling</p> }} />, { wrapper })

    expect(await screen.findByText('Check the spelling')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'User not found' })).toBeNull()
  })

  it('and Arabic, with the username kept in its own direction', async () => {
    renderAdmin('alice', { locale: 'ar' })

    expect(await screen.findByRole('heading', { level: 2, name: 'أجهزة \u2068alice\u2069' })).toBeInTheDocument()
  })

  it('starts afresh for the next user looked up: an unknown user does not stay on screen', async () => {
    const emulator = cognito.use(adminEmulator())
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    /** A console page: the api follows the username typed. */
    function Console({ username }: { username: string }) {
      const api = useMemo(() => adminApiFor(username), [username])
      return (
        <QueryClientProvider client={queryClient}>
          <DeviceKitProvider api={api} locale="en">
            <AdminDeviceManager username={username} />
          </DeviceKitProvider>
        </QueryClientProvider>
      )
    }
    const { rerender } = render(<Console username="nobody" />)
    expect(await screen.findByRole('heading', { name: 'User not found' })).toBeInTheDocument()

    rerender(<Console username="bob" />)

    expect(await screen.findByRole('article', { name: DEVICES.bobDesktop.shown })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'User not found' })).toBeNull()
    expect(emulator.calls('AdminListDevices')).toBe(2)
  })
})

