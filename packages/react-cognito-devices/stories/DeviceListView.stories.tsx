import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { DeviceListView } from '../src'
import { sampleDevices, storyNow } from './sampleDevices'

/** The list's states, props in: loading, empty, ready, more pages, fetching more, inline error. */
const meta = {
  title: 'Presentational/DeviceListView',
  component: DeviceListView,
  tags: ['autodocs'],
  parameters: { cognito: { user: null } },
  args: { devices: sampleDevices, currentDeviceKey: sampleDevices[0]!.key, now: storyNow },
} satisfies Meta<typeof DeviceListView>

export default meta
type Story = StoryObj<typeof meta>

export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list', { name: 'Your devices' })
    await expect(within(list).getAllByRole('listitem')).toHaveLength(sampleDevices.length)
  },
}

/** The first page is loading: skeleton rows, `aria-busy`, and a status message. */
export const Loading: Story = {
  args: { devices: [], isLoading: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading devices…')
  },
}

export const Empty: Story = {
  args: { devices: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 3 })).toBeVisible()
  },
}

/** There are more pages: "Show more" calls `onShowMore`. */
export const MorePages: Story = {
  args: { hasMore: true, onShowMore: fn() },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show more' }))
    await expect(args.onShowMore).toHaveBeenCalledOnce()
  },
}

/** The next page is loading: the button says so and ignores presses. */
export const FetchingMore: Story = {
  args: { hasMore: true, onShowMore: fn(), isFetchingMore: true },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Loading more…' })
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(button)
    await expect(args.onShowMore).not.toHaveBeenCalled()
  },
}

/** The first load failed: the inline error row with Retry. */
export const LoadFailed: Story = {
  args: { devices: [], error: 'unavailable', onRetry: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('alert')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(args.onRetry).toHaveBeenCalledOnce()
  },
}

/** A later page failed: what was loaded stays, the error row sits below it. */
export const NextPageFailed: Story = { args: { error: 'throttled', onRetry: fn(), hasMore: true, onShowMore: fn() } }

export const Unstyled: Story = { args: { unstyled: true } }

export const Dark: Story = { globals: { colorMode: 'dark' } }

export const RightToLeft: Story = { globals: { locale: 'ar' } }
