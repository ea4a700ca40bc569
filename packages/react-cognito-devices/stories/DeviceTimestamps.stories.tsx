import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { DeviceTimestamps } from '../src'
import { daysAgo, storyNow } from './sampleDevices'

/** Created, last modified and last authenticated: relative, with the absolute date for screen readers and on hover. */
const meta = {
  title: 'Presentational/DeviceTimestamps',
  component: DeviceTimestamps,
  tags: ['autodocs'],
  parameters: { cognito: { user: null } },
  args: { createdAt: daysAgo(120), lastModifiedAt: daysAgo(3), lastAuthenticatedAt: daysAgo(0.05), now: storyNow },
} satisfies Meta<typeof DeviceTimestamps>

export default meta
type Story = StoryObj<typeof meta>

export const AllKnown: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('time')).toHaveLength(3)
  },
}

/** Cognito left every date out: each reads "Unknown". */
export const MissingDates: Story = {
  args: { createdAt: undefined, lastModifiedAt: undefined, lastAuthenticatedAt: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('Unknown')).toHaveLength(3)
  },
}

/** Only some dates known; an invalid Date counts as missing. */
export const SomeMissing: Story = {
  args: { lastModifiedAt: undefined, lastAuthenticatedAt: new Date(Number.NaN) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('Unknown')).toHaveLength(2)
  },
}

/** Years ago. */
export const LongAgo: Story = { args: { createdAt: daysAgo(3000), lastModifiedAt: daysAgo(800), lastAuthenticatedAt: daysAgo(400) } }

export const German: Story = { globals: { locale: 'de' } }

export const RightToLeft: Story = { globals: { locale: 'ar' } }
