import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { DeviceDetails, DeviceErrorBoundary } from '../src'
import { DEMO_DEVICE_KEYS, EXPIRED } from './storySeeds'

/**
 * One device by key on the emulator: `useDevice(deviceKey)` (Cognito GetDevice) into a DeviceCard;
 * the list view's skeleton while loading and its inline error when the device cannot be shown.
 * States that end the session go to the nearest DeviceErrorBoundary (the stories put one around it).
 */
const meta = {
  title: 'Connected/DeviceDetails',
  component: DeviceDetails,
  tags: ['autodocs'],
  decorators: [
    (Story) => (
      <DeviceErrorBoundary>
        <Story />
      </DeviceErrorBoundary>
    ),
  ],
  args: { deviceKey: DEMO_DEVICE_KEYS.safariOnIphone },
} satisfies Meta<typeof DeviceDetails>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Open a device: the card loads from GetDevice (as Cognito answers a browser: no remembered status,
 * so no badge; a device GetDevice finds is remembered), and its Details disclosure shows every attribute.
 */
export const OpenDevice: Story = {
  play: async ({ canvasElement, cognito }) => {
    const canvas = within(canvasElement)
    const card = await canvas.findByRole('article')
    await expect(card).toHaveAttribute('data-state', 'remembered')
    await userEvent.click(within(card).getByText('Details'))
    await expect(card.querySelector('.rcd-device-card__status')).toBeNull()
    await expect(await within(card.querySelector('details')!).findByText('198.51.100.77')).toBeVisible()
    await expect(cognito!.emulator.calls('GetDevice')).toBe(1)
  },
}

/** The device this browser signed in with gets the "This device" badge. */
export const ThisDevice: Story = {
  args: { deviceKey: DEMO_DEVICE_KEYS.chromeOnWindows },
  play: async ({ canvasElement }) => {
    const card = await within(canvasElement).findByRole('article')
    await expect(card).toHaveAttribute('data-state', 'current')
  },
}

/**
 * A not-remembered device's card. Cognito's user-side GetDevice answers ResourceNotFoundException
 * for it, so this story uses the emulator's non-Cognito `rememberedStatusInUserAnswers`.
 */
export const NotRemembered: Story = {
  parameters: { cognito: { rememberedStatusInUserAnswers: true } },
  args: { deviceKey: DEMO_DEVICE_KEYS.edgeNotRemembered },
  play: async ({ canvasElement }) => {
    const card = await within(canvasElement).findByRole('article')
    await expect(card).toHaveAttribute('data-state', 'not-remembered')
  },
}

/** GetDevice takes 1.5 s: one skeleton row and a status message first. */
export const SlowNetwork: Story = {
  parameters: { cognito: { faults: { GetDevice: { latency: { ms: 1500 } } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading devices…')
    await expect(await canvas.findByRole('article')).toBeVisible()
  },
}

/** A well-formed key Cognito does not know (forgotten elsewhere): "not found", no retry. */
export const NotFound: Story = {
  args: { deviceKey: 'us-east-1_00000000-0000-4000-8000-00000000dead' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toBeVisible()
    await expect(canvasElement.querySelector('[data-error-state]')).toHaveAttribute('data-error-state', 'device-not-found')
  },
}

/** A key Cognito would reject: nothing is sent. */
export const InvalidKey: Story = {
  args: { deviceKey: 'not a device key' },
  play: async ({ canvasElement, cognito }) => {
    await expect(await within(canvasElement).findByRole('alert')).toBeVisible()
    await expect(cognito!.emulator.calls('GetDevice')).toBe(0)
  },
}

/** Throttled, then Cognito answers again: Try again loads the device. */
export const ThrottledThenRetry: Story = {
  parameters: { cognito: { faults: { GetDevice: { error: { name: 'TooManyRequestsException' } } } } },
  play: async ({ canvasElement, cognito }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toBeVisible()
    cognito!.emulator.faults.clear('GetDevice')
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(await canvas.findByRole('article')).toBeVisible()
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull())
  },
}

/** A 200 answer whose body is broken: the kit uses none of it and shows "unavailable". */
export const MalformedAnswer: Story = {
  parameters: { cognito: { faults: { GetDevice: { malformedBody: 'wrong-shape' } } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toBeVisible()
    await expect(canvasElement.querySelector('[data-error-state]')).toHaveAttribute('data-error-state', 'unavailable')
  },
}

/** The session expired: the surrounding boundary takes over. */
export const ExpiredSession: Story = {
  parameters: { cognito: { advanceClockMs: EXPIRED } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'Your session has ended' })).toBeVisible()
  },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('article')).toBeVisible()
  },
}
