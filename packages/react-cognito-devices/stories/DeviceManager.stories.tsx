import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { DeviceManager } from '../src'
import { DEMO_USERS, EXPIRED, NO_DEVICES_USER, noDevicesSeed, ONE_DEVICE_USER, oneDeviceSeed } from './storySeeds'

/**
 * The account-settings panel on the emulator: real hooks, the real wire client (tokenDeviceApi)
 * and Cognito's answers through MSW. Forget (after a confirmation), stop remembering / remember this
 * device, forget all other devices, sign out everywhere, places, refresh; errors inline or in the
 * panel's own boundary.
 */
const meta = {
  title: 'Connected/DeviceManager',
  component: DeviceManager,
  tags: ['autodocs'],
  args: { onSignIn: fn(), onResetPassword: fn(), onConfirmAccount: fn(), onSuccess: fn(), onError: fn() },
} satisfies Meta<typeof DeviceManager>

export default meta
type Story = StoryObj<typeof meta>

const findCards = (canvasElement: HTMLElement) => within(canvasElement).findAllByRole('article')

/** The demo user: this device first, then the most recently used. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const cards = await findCards(canvasElement)
    await expect(cards).toHaveLength(5)
    await expect(cards[0]).toHaveAttribute('data-state', 'current')
  },
}

/** Forget a device: the confirmation says what it means; Forget removes it from Cognito and the list. */
export const ForgetWithConfirmation: Story = {
  play: async ({ canvasElement, args, cognito }) => {
    const canvas = within(canvasElement)
    const cards = await findCards(canvasElement)
    const target = cards[1]!
    const name = within(target).getByRole('heading').textContent!
    await userEvent.click(within(target).getByRole('button', { name: 'Sign out' }))
    const dialog = await canvas.findByRole('dialog')
    await expect(dialog).toHaveAccessibleName(`Sign out “${name}”?`)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign out device' }))
    await waitFor(() => expect(canvas.getByRole('status', { name: '' })).toHaveTextContent(`${name} was forgotten and will be signed out when its current session ends.`))
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(4))
    await expect(args.onSuccess).toHaveBeenCalledWith({ action: 'forget', deviceKey: expect.any(String) })
    await expect(cognito!.emulator.devices(DEMO_USERS.demo)).toHaveLength(5)
  },
}

/** Cancel keeps the device and puts focus back on its Forget button. */
export const CancelForget: Story = {
  play: async ({ canvasElement, args, cognito }) => {
    const canvas = within(canvasElement)
    const cards = await findCards(canvasElement)
    const forget = within(cards[1]!).getByRole('button', { name: 'Sign out' })
    await userEvent.click(forget)
    const dialog = await canvas.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(forget).toHaveFocus())
    await expect(canvas.getAllByRole('article')).toHaveLength(5)
    await expect(args.onSuccess).not.toHaveBeenCalled()
    await expect(cognito!.emulator.calls('ForgetDevice')).toBe(0)
  },
}

/**
 * Stop remembering this device, then remember it again (UpdateDeviceStatus), as Cognito answers a
 * browser: once not remembered, ListDevices leaves it out and GetDevice does not find it, so its card
 * goes and the panel says "This device is not remembered" with "Remember this device".
 */
export const ToggleRemembered: Story = {
  play: async ({ canvasElement, cognito }) => {
    const canvas = within(canvasElement)
    const cards = await findCards(canvasElement)
    const name = within(cards[0]!).getByRole('heading').textContent!
    await userEvent.click(within(cards[0]!).getByRole('button', { name: 'Stop remembering' }))
    await waitFor(() => expect(canvas.getByRole('status', { name: '' })).toHaveTextContent(`${name} is no longer remembered.`))
    await expect(await canvas.findByText('This device is not remembered')).toBeVisible()
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(4))
    await userEvent.click(canvas.getByRole('button', { name: 'Remember this device' }))
    await waitFor(() => expect(canvas.getByRole('status', { name: '' })).toHaveTextContent('This device is now remembered.'))
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(5))
    await expect(canvas.getAllByRole('article')[0]).toHaveAttribute('data-state', 'current')
    await expect(cognito!.emulator.calls('UpdateDeviceStatus')).toBe(2)
  },
}

/** Other devices have one action, Forget; no card claims a remembered status (a browser's answers carry none). */
export const OneActionPerOtherDevice: Story = {
  play: async ({ canvasElement }) => {
    const cards = await findCards(canvasElement)
    for (const card of cards.slice(1)) await expect(within(card).getAllByRole('button').map((button) => button.textContent)).toEqual(['Sign out'])
    await expect(within(canvasElement).queryByText(/^(Remembered|Not remembered)$/)).toBeNull()
  },
}

/** The host's way to its sign-in page, given to DeviceKitProvider (`parameters.onSignIn`). */
const hostSignIn = fn()

/** Sign out everywhere: the confirmation says it signs out every device, this one included; then GlobalSignOut and the host's onSignIn. */
export const SignOutEverywhere: Story = {
  parameters: { onSignIn: hostSignIn },
  beforeEach: () => {
    hostSignIn.mockClear()
  },
  play: async ({ canvasElement, cognito }) => {
    const canvas = within(canvasElement)
    await findCards(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out everywhere' }))
    const dialog = await canvas.findByRole('dialog', { name: 'Sign out everywhere?' })
    await expect(dialog).toHaveAccessibleDescription(/every device, this one included/)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }))
    await waitFor(() => expect(cognito!.emulator.calls('GlobalSignOut')).toBe(1))
    await waitFor(() => expect(hostSignIn).toHaveBeenCalledOnce())
  },
}

/** GlobalSignOut fails: the panel says so, this session and the list stay. */
export const SignOutEverywhereFails: Story = {
  parameters: { cognito: { faults: { GlobalSignOut: { error: { name: 'InternalErrorException' } } } } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await findCards(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out everywhere' }))
    await userEvent.click(within(await canvas.findByRole('dialog')).getByRole('button', { name: 'Sign out everywhere' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Could not sign out everywhere. You are still signed in here.')
    await expect(canvas.getAllByRole('article')).toHaveLength(5)
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ action: 'sign-out-everywhere', state: 'unavailable' }))
  },
}

/** The demo seed's places, for `resolveLocation` (a host's GeoIP lookup); the counter is the play function's. */
const places: Record<string, string> = {
  '203.0.113.24': 'Berlin, Germany',
  '198.51.100.77': 'Lisbon, Portugal',
  '2001:db8:85a3::8a2e:370:7334': 'Cairo, Egypt',
  '203.0.113.199': 'Berlin, Germany',
}
const askedFor: string[] = []
const resolveLocation = async (ipAddress: string) => {
  askedFor.push(ipAddress)
  return places[ipAddress]
}

/**
 * Where each device was last used: its address at once, the place when the host's `resolveLocation`
 * answers, asked once per distinct address (Refresh asks nothing again).
 */
export const Places: Story = {
  parameters: { resolveLocation },
  beforeEach: () => {
    askedFor.length = 0
  },
  play: async ({ canvasElement, cognito }) => {
    const canvas = within(canvasElement)
    const cards = await findCards(canvasElement)
    await expect(await canvas.findByText('Lisbon, Portugal')).toBeVisible()
    await expect(await canvas.findByText('Berlin, Germany')).toBeVisible()
    await expect(await canvas.findByText('Cairo, Egypt')).toBeVisible()
    const addresses = cards.map((card) => card.querySelector('bdi[dir="ltr"]')?.textContent)
    await expect(addresses.every(Boolean)).toBe(true)
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }))
    await waitFor(() => expect(cognito!.emulator.calls('ListDevices')).toBeGreaterThan(1))
    await expect([...askedFor].sort()).toEqual([...new Set(addresses as string[])].sort())
  },
}

/** The roomier layout: `density="comfortable"`. */
export const Comfortable: Story = {
  args: { density: 'comfortable' },
  play: async ({ canvasElement }) => {
    await findCards(canvasElement)
    await expect(canvasElement.querySelector('section')).toHaveAttribute('data-density', 'comfortable')
  },
}

/** Sign out every device but this one: paced to Cognito's quota, with progress, each device leaving the list once signed out. */
export const ForgetOtherDevices: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await findCards(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out all other devices' }))
    const dialog = await canvas.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign out all other devices' }))
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(1))
    await expect(canvas.getByRole('article')).toHaveAttribute('data-state', 'current')
  },
}

/** 130 devices: Cognito's pages of 60, loaded with "Show more" until there are no more. */
export const ManyDevices: Story = {
  parameters: { cognito: { user: DEMO_USERS.manyDevices } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    // Text and selector queries: role queries over 130 cards are slow enough to time the test out.
    const cardCount = () => canvasElement.querySelectorAll('article').length
    const showMore = () => canvas.findByText('Show more', { selector: 'button' })
    await waitFor(() => expect(cardCount()).toBe(60))
    await userEvent.click(await showMore())
    await waitFor(() => expect(cardCount()).toBe(120))
    await userEvent.click(await showMore())
    await waitFor(() => expect(cardCount()).toBe(130))
    await expect(canvas.queryByText('Show more', { selector: 'button' })).toBeNull()
  },
}

export const OneDevice: Story = {
  parameters: { cognito: { seed: oneDeviceSeed, user: ONE_DEVICE_USER } },
  play: async ({ canvasElement }) => {
    await expect(await findCards(canvasElement)).toHaveLength(1)
    await expect(within(canvasElement).queryByRole('button', { name: 'Sign out all other devices' })).toBeNull()
  },
}

export const NoDevices: Story = {
  parameters: { cognito: { seed: noDevicesSeed, user: NO_DEVICES_USER } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No remembered devices')).toBeVisible()
  },
}

/** Every call takes 1.5 s: the skeleton and its status first, then the list. */
export const SlowNetwork: Story = {
  parameters: { cognito: { faults: { '*': { latency: { ms: 1500 } } } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading devices…')).toBeVisible()
    await expect(await findCards(canvasElement)).toHaveLength(5)
  },
}

/** ListDevices is throttled: the inline error with Try again; once Cognito answers again, Try again loads the list. */
export const ThrottledThenRetry: Story = {
  parameters: { cognito: { faults: { ListDevices: { error: { name: 'TooManyRequestsException' } } } } },
  play: async ({ canvasElement, cognito }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/too many/i)
    cognito!.emulator.faults.clear('ListDevices')
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(5))
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

/**
 * Cognito's per-user rate limit: one ListDevices a second here (the emulator's clock stands still,
 * so the second is never over). Refresh right after loading is refused; the list stays, the error
 * shows below it.
 */
export const RateLimitedRefresh: Story = {
  parameters: { cognito: { clock: 'frozen', faults: { ListDevices: { throttle: { perUserPerSecond: 1 } } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await findCards(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }))
    await expect(await canvas.findByRole('alert')).toBeVisible()
    await expect(canvasElement.querySelector('[data-error-state]')).toHaveAttribute('data-error-state', 'throttled')
    await expect(canvas.getAllByRole('article')).toHaveLength(5)
  },
}

/** Forgetting fails (a service error): the panel says so next to the action and keeps the device. */
export const ForgetFails: Story = {
  parameters: { cognito: { faults: { ForgetDevice: { error: { name: 'InternalErrorException' } } } } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const cards = await findCards(canvasElement)
    const name = within(cards[1]!).getByRole('heading').textContent!
    await userEvent.click(within(cards[1]!).getByRole('button', { name: 'Sign out' }))
    await userEvent.click(within(await canvas.findByRole('dialog')).getByRole('button', { name: 'Sign out device' }))
    // The card leaves at once (optimistic) and comes back when Cognito refuses, with the failure next to its actions.
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('Could not sign out this device.')
    await expect(alert.closest('article')).toHaveAccessibleName(name)
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(5))
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ action: 'forget', state: 'unavailable' }))
  },
}

/** The access token expired an hour ago: the panel's boundary asks the user to sign in again. */
export const ExpiredSession: Story = {
  parameters: { cognito: { advanceClockMs: EXPIRED } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: 'Your session has ended' })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in again' }))
    await expect(args.onSignIn).toHaveBeenCalledOnce()
  },
}

/** The user must set a new password before anything else. */
export const PasswordResetRequired: Story = {
  parameters: { cognito: { userFlags: { passwordResetRequired: true } } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Reset password' }))
    await expect(args.onResetPassword).toHaveBeenCalledOnce()
  },
}

/** The account is not confirmed. */
export const AccountUnconfirmed: Story = {
  parameters: { cognito: { userFlags: { unconfirmed: true } } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Confirm account' }))
    await expect(args.onConfirmAccount).toHaveBeenCalledOnce()
  },
}

/**
 * This browser's device was forgotten elsewhere: to the browser it reads as not remembered (GetDevice
 * answers "not found" for both), and remembering it fails with a message to sign in again.
 */
export const ThisDeviceForgottenElsewhere: Story = {
  parameters: { cognito: { thisDevice: 'new' } },
  beforeEach: async ({ cognito }) => {
    // Forget this browser's device behind the kit's back, as another session would.
    const { emulator, session, endpoint } = cognito!
    await emulator.handle(
      new Request(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.ForgetDevice' },
        body: JSON.stringify({ AccessToken: session!.accessToken, DeviceKey: session!.deviceKey }),
      }),
    )
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('This device is not remembered')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Remember this device' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Sign in again to remember it.')
  },
}

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'Ihre Geräte' })).toBeVisible()
  },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(await findCards(canvasElement)).toHaveLength(5)
  },
}

export const Dark: Story = {
  globals: { colorMode: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(await findCards(canvasElement)).toHaveLength(5)
  },
}
