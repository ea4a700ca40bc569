import type { Meta, StoryObj } from '@storybook/react-vite'
import { defaultSeed, type EmulatorSeed, type SeedWebAuthn, type SeedWebAuthnCredential } from 'cognito-emulator'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { PasskeyManager, tokenPasskeyApi } from '../src'
import { DEMO_USERS } from './storySeeds'

/**
 * The passkey section on the emulator: real hooks, the real wire client (tokenPasskeyApi) and
 * Cognito's answers through MSW. Adding needs a browser prompt, so the stories show the list, the
 * removal and the states; the e2e test adds passkeys with Chromium's virtual authenticator.
 */
const meta = {
  title: 'Connected/PasskeyManager',
  component: PasskeyManager,
  tags: ['autodocs'],
  // The api is made from the story's emulator in `render`.
  args: { api: undefined as never },
  render: (args, { cognito }) => (
    <PasskeyManager {...args} api={tokenPasskeyApi({ endpoint: cognito!.endpoint, getAccessToken: () => cognito!.session?.accessToken })} />
  ),
} satisfies Meta<typeof PasskeyManager>

export default meta
type Story = StoryObj<typeof meta>

const passkeys: readonly SeedWebAuthnCredential[] = [
  { credentialId: 'bGFwdG9wS2V5', friendlyName: 'iCloud Keychain', authenticatorAttachment: 'platform', transports: ['internal', 'hybrid'], createdAt: '2026-01-12T09:00:00Z' },
  { credentialId: 'eXViaWtleUtleQ', friendlyName: 'YubiKey 5 NFC', authenticatorAttachment: 'cross-platform', transports: ['usb', 'nfc'], createdAt: '2026-03-03T12:00:00Z' },
]

function seedWith(webAuthn: SeedWebAuthn | false, own: readonly SeedWebAuthnCredential[] = passkeys): EmulatorSeed {
  const seed = defaultSeed()
  return {
    ...seed,
    userPool: { ...seed.userPool, webAuthn },
    users: seed.users!.map((user) => (user.username === DEMO_USERS.demo ? { ...user, passkeys: own } : user)),
  }
}

/** Two passkeys: one built into a device, one security key. */
export const Default: Story = {
  parameters: { cognito: { seed: seedWith({ relyingPartyId: 'localhost' }) } },
  play: async ({ canvasElement }) => {
    const cards = await within(canvasElement).findAllByRole('article')
    await expect(cards).toHaveLength(2)
    await expect(cards[1]).toHaveTextContent('Security key or phone')
  },
}

/** No passkey yet: the empty state says what a passkey is for, with "Add a passkey". */
export const Empty: Story = {
  parameters: { cognito: { seed: seedWith({ relyingPartyId: 'localhost' }, []) } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No passkeys yet')
  },
}

/** Remove: the confirmation says the passkey stops working here and the authenticator may still list it. */
export const RemoveWithConfirmation: Story = {
  parameters: { cognito: { seed: seedWith({ relyingPartyId: 'localhost' }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove YubiKey 5 NFC' }))
    const dialog = await canvas.findByRole('dialog', { name: 'Remove “YubiKey 5 NFC”?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }))
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(1))
  },
}

/** A pool with passkeys off: Add answers WebAuthnNotEnabledException, and the section says so instead of offering Add. */
export const NotEnabled: Story = {
  parameters: { cognito: { seed: seedWith(false, []) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Add a passkey' }))
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Passkeys are not turned on for this account.'))
  },
}

export const Dark: Story = {
  ...Default,
  globals: { colorMode: 'dark' },
}

export const German: Story = {
  parameters: Default.parameters,
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Passkey hinzufügen' })
  },
}

/** Arabic, right to left. */
export const Arabic: Story = {
  parameters: Default.parameters,
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const section = await within(canvasElement).findByRole('region', { name: 'مفاتيح المرور' })
    await expect(section).toHaveAttribute('dir', 'rtl')
    await within(section).findAllByRole('article')
  },
}
