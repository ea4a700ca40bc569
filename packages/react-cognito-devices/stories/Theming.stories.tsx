import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import { CognitoError, ConfirmDialog, DeviceErrorView, DeviceListView } from '../src'
import { sampleDevices, storyNow } from './sampleDevices'

/**
 * The kit as a host themes it: the sample themes (src/styles/themes) only set `--rcd-` variables,
 * light and dark; `data-rcd-color-mode` on any ancestor forces a mode. Every part that carries a
 * colour is here (badges, status, buttons, the danger button, the inline error row, the empty state,
 * an error view and the dialog), so axe checks each theme's contrast in both modes.
 */
function ThemeShowcase() {
  const [open, setOpen] = useState(false)
  return (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <DeviceListView
        devices={sampleDevices.slice(0, 4)}
        currentDeviceKey={sampleDevices[0]!.key}
        now={storyNow}
        error="throttled"
        onRetry={() => {}}
        renderActions={(device) => (
          <>
            <button type="button" className="rcd-button">
              {device.remembered === false ? 'Remember' : 'Stop remembering'}
            </button>
            <button type="button" className="rcd-button rcd-button--danger" onClick={() => setOpen(true)}>
              Forget
            </button>
          </>
        )}
      />
      <DeviceListView devices={[]} />
      <DeviceErrorView
        state="unavailable"
        error={new CognitoError({ name: 'InternalErrorException', message: '', status: 500, requestId: 'req-1' })}
        onRetry={() => {}}
        focusHeading={false}
      />
      <ConfirmDialog open={open} variant="other-device" deviceName="Safari 17 on iOS" onConfirm={() => setOpen(false)} onCancel={() => setOpen(false)} />
    </div>
  )
}

const meta = {
  title: 'Theming/Sample themes',
  component: ThemeShowcase,
  parameters: { cognito: { user: null } },
} satisfies Meta<typeof ThemeShowcase>

export default meta
type Story = StoryObj<typeof meta>

/** The theme really applies (its accent reaches the cards), then the dialog opens so its colours are checked too. */
const showcase =
  (accent: string): Story['play'] =>
  async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const card = canvas.getAllByRole('article')[0]!
    await expect(getComputedStyle(card).getPropertyValue('--rcd-color-accent').trim()).toBe(accent)
    await userEvent.click(canvas.getAllByRole('button', { name: 'Forget' })[1]!)
    await expect(await canvas.findByRole('dialog')).toBeVisible()
  }

export const KitDefaults: Story = { globals: { theme: 'none', colorMode: 'light' }, play: showcase('#1d4ed8') }
export const KitDefaultsDark: Story = { globals: { theme: 'none', colorMode: 'dark' }, play: showcase('#93c5fd') }
export const Ocean: Story = { globals: { theme: 'ocean', colorMode: 'light' }, play: showcase('#0f766e') }
export const OceanDark: Story = { globals: { theme: 'ocean', colorMode: 'dark' }, play: showcase('#5eead4') }
export const Forest: Story = { globals: { theme: 'forest', colorMode: 'light' }, play: showcase('#3f6212') }
export const ForestDark: Story = { globals: { theme: 'forest', colorMode: 'dark' }, play: showcase('#bef264') }
export const Contrast: Story = { globals: { theme: 'contrast', colorMode: 'light' }, play: showcase('#0000cc') }
export const ContrastDark: Story = { globals: { theme: 'contrast', colorMode: 'dark' }, play: showcase('#ffff00') }

/** Arabic, right to left, in dark mode: the layout mirrors (logical properties), the text reads right to left. */
export const RightToLeftDark: Story = {
  globals: { theme: 'none', colorMode: 'dark', locale: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[dir="rtl"]')).not.toBeNull()
  },
}
