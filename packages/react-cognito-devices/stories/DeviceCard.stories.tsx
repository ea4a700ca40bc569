import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { DeviceCard } from '../src'
import { clientKinds } from './clientKinds'
import { hostileAttributes, longValue, safariOnIphone, sampleDevice, storyNow } from './sampleDevices'

/** One device: icon, friendly name, badges, timestamps, the raw attributes behind "Details", and an actions slot. */
const meta = {
  title: 'Presentational/DeviceCard',
  component: DeviceCard,
  tags: ['autodocs'],
  parameters: { cognito: { user: null } },
  args: { device: sampleDevice(), now: storyNow },
} satisfies Meta<typeof DeviceCard>

export default meta
type Story = StoryObj<typeof meta>

/** The device this browser signed in with: "This device" badge, `data-state="current"`. */
export const Current: Story = {
  args: { isCurrent: true },
  play: async ({ canvasElement }) => {
    const card = within(canvasElement).getByRole('article', { name: 'Chrome 131 on Windows' })
    await expect(card).toHaveAttribute('data-state', 'current')
    await expect(within(card).getByText('This device')).toBeVisible()
  },
}

export const Remembered: Story = {
  args: { device: sampleDevice({ name: safariOnIphone }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('article')).toHaveAttribute('data-state', 'remembered')
  },
}

export const NotRemembered: Story = {
  args: { device: sampleDevice({ remembered: false }) },
  play: async ({ canvasElement }) => {
    const card = within(canvasElement).getByRole('article')
    await expect(card).toHaveAttribute('data-state', 'not-remembered')
    await expect(within(card).getByText('Not remembered')).toBeVisible()
  },
}

/** Cognito did not say whether it is remembered (ListDevices often leaves the attribute out): no status badge. */
export const StatusNotGiven: Story = { args: { device: sampleDevice({ remembered: undefined }) } }

/** Opening "Details" shows every attribute, the full user agent among them. */
export const OpenDetails: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByText('Details'))
    await expect(canvasElement.querySelector('details')).toHaveAttribute('open')
    // the rows are rendered once the disclosure has opened
    await expect(await canvas.findByText('Last IP address')).toBeVisible()
    await expect(within(canvasElement.querySelector('details')!).getByText('203.0.113.7')).toBeVisible()
  },
}

/** One card per kind of Cognito client, named from what each writes as `device_name` (test/format/deviceNameCorpus.ts has them all). */
export const EveryClientKind: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      {clientKinds.map(({ client, name }, index) => (
        <DeviceCard key={client} {...args} device={sampleDevice({ name, key: `us-east-1_a1b2c3d4-5678-40ab-8def-${String(index).padStart(12, '0')}` })} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    for (const { shown, icon } of clientKinds) {
      await expect(canvas.getByRole('article', { name: shown })).toHaveAttribute('data-device-type', icon)
    }
  },
}

/** No `device_name`: "Unknown device" and a generic icon. */
export const UnknownDevice: Story = { args: { device: sampleDevice({ name: undefined }) } }

/** Cognito sent no dates. */
export const MissingDates: Story = {
  args: { device: sampleDevice({ createdAt: undefined, lastModifiedAt: undefined, lastAuthenticatedAt: undefined }) },
}

/** A device name that is markup, with the remaining attributes hostile too: all text. */
export const HostileValues: Story = {
  args: {
    device: sampleDevice({ name: '<script>alert(1)</script>\u202Eevil', attributes: hostileAttributes }),
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script')).toBeNull()
    await expect(within(canvasElement).getByRole('heading', { level: 3 }).textContent).not.toContain('\u202E')
  },
}

/** A 2048-character name wraps inside the card instead of widening the page. */
export const LongName: Story = {
  args: { device: sampleDevice({ name: longValue }) },
  play: async ({ canvasElement }) => {
    const card = within(canvasElement).getByRole('article')
    await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth + 1)
  },
}

/** The actions slot (the DeviceManager puts its buttons here). */
export const WithActions: Story = {
  args: {
    actions: (
      <>
        <button type="button" className="rcd-button">
          Stop remembering
        </button>
        <button type="button" className="rcd-button rcd-button--danger">
          Forget
        </button>
      </>
    ),
  },
}

/** `unstyled`: no `rcd-` classes, so none of the shipped styles; the host styles it from scratch. */
export const Unstyled: Story = { args: { unstyled: true, isCurrent: true } }

export const Dark: Story = { args: { isCurrent: true }, globals: { colorMode: 'dark' } }

export const RightToLeft: Story = { args: { isCurrent: true }, globals: { locale: 'ar' } }
