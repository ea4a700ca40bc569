import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { DeviceAttributes } from '../src'
import { chromeOnWindows, hostileAttributes, longValue } from './sampleDevices'

/** A device's `{name, value}` pairs as a description list; values are untrusted text. */
const meta = {
  title: 'Presentational/DeviceAttributes',
  component: DeviceAttributes,
  tags: ['autodocs'],
  parameters: { cognito: { user: null } },
  args: {
    attributes: [
      { name: 'device_name', value: chromeOnWindows },
      { name: 'last_ip_used', value: '203.0.113.7' },
      { name: 'dev:device_remembered_status', value: 'remembered' },
      { name: 'device_status', value: 'valid' },
    ],
  },
} satisfies Meta<typeof DeviceAttributes>

export default meta
type Story = StoryObj<typeof meta>

/** The attributes Cognito sets, with labels; the user agent is long, so it clamps behind "Show all". */
export const CognitoAttributes: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Last IP address')).toBeVisible()
    await expect(canvas.getByText('Yes')).toBeVisible()
  },
}

/** No attributes at all: an empty list, nothing else. */
export const Empty: Story = { args: { attributes: [] } }

/** A 2048-character value (Cognito's maximum) clamps; "Show all" expands it and says so to screen readers. */
export const LongValue: Story = {
  args: { attributes: [{ name: 'custom:notes', value: longValue }] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const toggle = canvas.getByRole('button', { name: 'Show all' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(toggle)
    await expect(canvas.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true')
  },
}

/**
 * Markup, a right-to-left override, emoji, Arabic and control characters: each shown as text, the
 * override and control characters made visible, nothing executed.
 */
export const HostileValues: Story = {
  args: { attributes: hostileAttributes },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvasElement.querySelector('script, img')).toBeNull()
    await expect(canvas.getByText(/<script>alert\("pwned"\)<\/script>/)).toBeVisible()
    // The override character is shown as a visible marker, not applied.
    await expect(canvasElement.textContent).not.toContain('\u202E')
    await expect(canvas.getByText(/👩🏽‍💻 laptop/)).toBeVisible()
  },
}

/** Short values never clamp; a lower `clampAfter` clamps sooner. */
export const ClampAfter20: Story = {
  args: { clampAfter: 20 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('button', { name: 'Show all' })).toHaveLength(1)
  },
}

/** German labels and values. */
export const German: Story = { globals: { locale: 'de' } }

/** Arabic, right to left. */
export const RightToLeft: Story = { globals: { locale: 'ar' }, args: { attributes: hostileAttributes } }
