import type { Meta, StoryObj } from '@storybook/react-vite'
import { useMemo } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { AdminDeviceManager, adminDeviceApi, type AwsCredentials } from '../src/admin'
import { DEMO_IAM_CREDENTIALS, DEMO_PASSWORD, DEMO_USERS, defaultSeed, type EmulatorSeed } from 'cognito-emulator'
import { DeviceKitProvider } from '../src/provider/DeviceKitProvider'

/**
 * The support console's panel on the emulator: adminDeviceApi signs each Admin call with SigV4 and the
 * emulator verifies it; answers through MSW. Nobody is signed in: the admin's IAM credentials are all
 * it takes (the emulator's fake DEMO_IAM_CREDENTIALS, unless the story says otherwise).
 */

/** Which IAM credentials the console signs with. */
type Signer = 'support role' | 'wrong secret' | 'role without device actions'

const NO_ROLE = { accessKeyId: 'AKIAEMULATORNOROLE01', secretAccessKey: 'no-role/secret/NOT-A-REAL-AWS-KEY' } as const

const credentialsOf: Record<Signer, AwsCredentials> = {
  'support role': DEMO_IAM_CREDENTIALS,
  'wrong secret': { accessKeyId: DEMO_IAM_CREDENTIALS.accessKeyId, secretAccessKey: 'a-wrong-secret' },
  'role without device actions': NO_ROLE,
}

interface AdminConsoleProps {
  /** The user looked up. */
  username: string
  signer: Signer
}

/** A console page: the admin api for the story's emulator and the user looked up, in its own DeviceKitProvider. */
function AdminConsole({ username, signer, endpoint, userPoolId }: AdminConsoleProps & { endpoint: string; userPoolId: string }) {
  const api = useMemo(
    () => adminDeviceApi({ endpoint, userPoolId, username, credentials: () => credentialsOf[signer] }),
    [endpoint, userPoolId, username, signer],
  )
  return (
    <DeviceKitProvider api={api}>
      <AdminDeviceManager username={username} />
    </DeviceKitProvider>
  )
}

const NO_DEVICES = 'no-devices@example.com'

/** The default seed with a user who has no device, and a principal whose policy allows no Admin device action. */
function consoleSeed(): EmulatorSeed {
  const seed = defaultSeed()
  return {
    ...seed,
    users: [...(seed.users ?? []), { username: NO_DEVICES, password: DEMO_PASSWORD, devices: [] }],
    iamCredentials: [DEMO_IAM_CREDENTIALS, { ...NO_ROLE, allowedActions: [] }],
  }
}

const meta = {
  title: 'Connected/AdminDeviceManager',
  component: AdminDeviceManager,
  args: { username: DEMO_USERS.demo, signer: 'support role' },
  argTypes: { signer: { control: 'radio', options: Object.keys(credentialsOf) } },
  parameters: { cognito: { user: null, seed: consoleSeed() } },
  render: (args, { cognito }) => <AdminConsole {...args} endpoint={cognito!.endpoint} userPoolId={cognito!.emulator.userPoolId} />,
} satisfies Meta<AdminConsoleProps>

export default meta
type Story = StoryObj<typeof meta>

/** The demo user: five remembered devices and one that is not, each with its badge; no "this device", no "forget all other devices". */
export const RememberedAndNotRemembered: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: `Devices of ${DEMO_USERS.demo}` })).toBeInTheDocument()
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(6))
    await expect(canvas.getAllByText('Not remembered', { exact: true })).toHaveLength(1)
    await expect(canvas.getAllByText('Remembered', { exact: true })).toHaveLength(5)
    await expect(canvas.queryByText('This device')).toBeNull()
    await expect(canvas.queryByRole('button', { name: 'Sign out all other devices' })).toBeNull()
  },
}

/** Sign out one of the user's devices after the confirmation. */
export const ForgetOne: Story = {
  play: async ({ canvasElement, cognito }) => {
    const canvas = within(canvasElement)
    const cards = await canvas.findAllByRole('article')
    const name = within(cards[0]!).getByRole('heading').textContent!
    await userEvent.click(within(cards[0]!).getByRole('button', { name: 'Sign out' }))
    const dialog = await canvas.findByRole('dialog', { name: `Sign out “${name}”?` })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign out device' }))
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(5))
    await expect(cognito!.emulator.devices(DEMO_USERS.demo)).toHaveLength(5)
  },
}

/** A user without any device. */
export const Empty: Story = {
  args: { username: NO_DEVICES },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No devices')).toBeInTheDocument()
  },
}

/** Nobody with this name in the pool: its own state, nothing to retry. */
export const UnknownUser: Story = {
  args: { username: 'nobody@example.com' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: 'User not found' })).toBeInTheDocument()
    await expect(canvas.queryByRole('button')).toBeNull()
  },
}

/** Signed with a wrong secret: the emulator answers InvalidSignatureException; the credentials state offers Try again. */
export const WrongCredentials: Story = {
  args: { signer: 'wrong secret' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: 'Administrator sign-in needed' })).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    await expect(canvasElement).not.toHaveTextContent('a-wrong-secret')
  },
}

/** Valid credentials whose role may not call the Admin device actions: AccessDeniedException. */
export const AccessDenied: Story = {
  args: { signer: 'role without device actions' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument()
    await expect(canvas.queryByRole('button')).toBeNull()
  },
}

/**
 * The pool's read quota for this user is used up (another console asked this second; the clock stands
 * still): the failure shows where the list would be, with Try again.
 */
export const Throttled: Story = {
  parameters: { cognito: { user: null, clock: 'frozen' as const, seed: { ...consoleSeed(), userPool: { ...consoleSeed().userPool, throttling: { perUserReadPerSecond: 1 } } } } },
  beforeEach: async ({ cognito }) => {
    await adminDeviceApi({ endpoint: cognito!.endpoint, userPoolId: cognito!.emulator.userPoolId, username: DEMO_USERS.demo, credentials: () => DEMO_IAM_CREDENTIALS }).listDevices()
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('Too many requests. Wait a moment and try again.')).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  },
}

/** The console's own setup is wrong (here a pool id without its region): the developer is told what adminDeviceApi needs. */
export const ConsoleMisconfigured: Story = {
  render: (args, { cognito }) => <AdminConsole {...args} endpoint={cognito!.endpoint} userPoolId="no-region-prefix" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: "Device management isn't set up" })).toBeInTheDocument()
    await expect(canvas.getByText(/give adminDeviceApi a userPoolId such as/)).toBeInTheDocument()
    await expect(canvas.queryByRole('button')).toBeNull()
  },
}
