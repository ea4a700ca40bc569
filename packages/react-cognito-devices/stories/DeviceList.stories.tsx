import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { DeviceErrorBoundary, DeviceList } from '../src'
import { DEMO_USERS, EXPIRED, NO_DEVICES_USER, noDevicesSeed, ONE_DEVICE_USER, oneDeviceSeed } from './storySeeds'

/**
 * The signed-in user's devices on the emulator (`useDevices` + `useCurrentDevice`): this device
 * first, then the most recently used; "Show more" loads Cognito's next page. No actions: that is
 * the DeviceManager's part.
 */
const meta = {
  title: 'Connected/DeviceList',
  component: DeviceList,
  tags: ['autodocs'],
  decorators: [
    (Story) => (
      <DeviceErrorBoundary>
        <Story />
      </DeviceErrorBoundary>
    ),
  ],
} satisfies Meta<typeof DeviceList>

export default meta
type Story = StoryObj<typeof meta>

const cardCount = (canvasElement: HTMLElement) => canvasElement.querySelectorAll('article').length

/** The demo user: five remembered devices (the sixth is not remembered, so Cognito does not list it). */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cardCount(canvasElement)).toBe(5))
    await expect(within(canvasElement).getAllByRole('article')[0]).toHaveAttribute('data-state', 'current')
  },
}

export const OneDevice: Story = {
  parameters: { cognito: { seed: oneDeviceSeed, user: ONE_DEVICE_USER } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cardCount(canvasElement)).toBe(1))
  },
}

/** No devices: the empty state. */
export const NoDevices: Story = {
  parameters: { cognito: { seed: noDevicesSeed, user: NO_DEVICES_USER } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No remembered devices')).toBeVisible()
  },
}

/** Show more pages: 60, 120, then all 130, and the button goes away. */
export const ManyDevicesShowMore: Story = {
  parameters: { cognito: { user: DEMO_USERS.manyDevices } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const showMore = () => canvas.findByText('Show more', { selector: 'button' })
    await waitFor(() => expect(cardCount(canvasElement)).toBe(60))
    await userEvent.click(await showMore())
    await waitFor(() => expect(cardCount(canvasElement)).toBe(120))
    await userEvent.click(await showMore())
    await waitFor(() => expect(cardCount(canvasElement)).toBe(130))
    await expect(canvas.queryByText('Show more', { selector: 'button' })).toBeNull()
  },
}

/** The next page is slow: the button reads "Loading more…" meanwhile. */
export const SlowNextPage: Story = {
  parameters: { cognito: { user: DEMO_USERS.manyDevices } },
  play: async ({ canvasElement, cognito }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(cardCount(canvasElement)).toBe(60))
    cognito!.emulator.faults.set('ListDevices', { latency: { ms: 1500 } })
    await userEvent.click(await canvas.findByText('Show more', { selector: 'button' }))
    await expect(await canvas.findByText('Loading more…', { selector: 'button' })).toHaveAttribute('aria-disabled', 'true')
    await waitFor(() => expect(cardCount(canvasElement)).toBe(120))
  },
}

/** Every call takes 1.5 s. */
export const SlowNetwork: Story = {
  parameters: { cognito: { faults: { '*': { latency: { ms: 1500 } } } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading devices…')
    await waitFor(() => expect(cardCount(canvasElement)).toBe(5))
  },
}

/** Throttled (TooManyRequestsException): the inline error; Try again once Cognito answers again. */
export const ThrottledThenRetry: Story = {
  parameters: { cognito: { faults: { ListDevices: { error: { name: 'TooManyRequestsException' } } } } },
  play: async ({ canvasElement, cognito }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toBeVisible()
    cognito!.emulator.faults.clear('ListDevices')
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(cardCount(canvasElement)).toBe(5))
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

/** Cognito is down (InternalErrorException). */
export const Unavailable: Story = {
  parameters: { cognito: { faults: { ListDevices: { error: { name: 'InternalErrorException' } } } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toBeVisible()
    await expect(canvasElement.querySelector('[data-error-state]')).toHaveAttribute('data-error-state', 'unavailable')
  },
}

/** AWS WAF blocks the request (ForbiddenException). */
export const Blocked: Story = {
  parameters: { cognito: { faults: { ListDevices: { error: { name: 'ForbiddenException' } } } } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('alert')
    await expect(canvasElement.querySelector('[data-error-state]')).toHaveAttribute('data-error-state', 'blocked')
  },
}

/** The session expired: the surrounding boundary asks to sign in again. */
export const ExpiredSession: Story = {
  parameters: { cognito: { advanceClockMs: EXPIRED } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'Your session has ended' })).toBeVisible()
  },
}

export const Dark: Story = {
  globals: { colorMode: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cardCount(canvasElement)).toBe(5))
  },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cardCount(canvasElement)).toBe(5))
  },
}
