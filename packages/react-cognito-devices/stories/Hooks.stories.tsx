import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { classifyError, useCurrentDevice, useDevices, useForgetDevice, useSetDeviceRemembered } from '../src'

/**
 * A host's own device table built on the hooks alone (no kit components), on the emulator: what
 * the hooks page's snippets do, running.
 */
function HostDeviceTable() {
  const list = useDevices()
  const current = useCurrentDevice()
  const forget = useForgetDevice()
  const remember = useSetDeviceRemembered()

  if (list.isPending) return <p role="status">Loading devices…</p>
  if (list.isError) return <p role="alert">Could not load devices ({classifyError(list.error)}).</p>
  return (
    <table>
      <caption>Devices ({list.devices.length}{list.hasNextPage ? '+' : ''})</caption>
      <thead>
        <tr>
          <th scope="col">Device</th>
          <th scope="col">Last IP address</th>
          <th scope="col">Remembered</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {list.devices.map((device) => {
          const label = `…${device.key.slice(-6)}${device.key === current.deviceKey ? ' (this device)' : ''}`
          return (
            <tr key={device.key}>
              <th scope="row">{label}</th>
              <td>{device.lastIpUsed ?? '—'}</td>
              <td>{device.remembered === false ? 'No' : 'Yes'}</td>
              <td>
                <button
                  type="button"
                  aria-label={`${device.remembered === false ? 'Remember' : 'Stop remembering'} ${label}`}
                  onClick={() => remember.mutate({ deviceKey: device.key, remembered: device.remembered === false })}
                >
                  {device.remembered === false ? 'Remember' : 'Stop remembering'}
                </button>{' '}
                <button
                  type="button"
                  aria-label={`Forget ${label}`}
                  disabled={forget.pendingKeys.includes(device.key)}
                  onClick={() => forget.forget(device.key)}
                >
                  Forget
                </button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

const meta = {
  title: 'Hooks/Host device table',
  component: HostDeviceTable,
  // NOT Cognito (emulator options): the table shows and toggles the remembered status, which Cognito's user-side answers do not carry.
  parameters: { cognito: { listIncludesNotRemembered: true, rememberedStatusInUserAnswers: true } },
} satisfies Meta<typeof HostDeviceTable>

export default meta
type Story = StoryObj<typeof meta>

/** `useDevices`, `useCurrentDevice`, `useForgetDevice` and `useSetDeviceRemembered` in a host's own table. */
export const DeviceTable: Story = {
  play: async ({ canvasElement, cognito }) => {
    const canvas = within(canvasElement)
    const table = await canvas.findByRole('table')
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(7))
    await expect(within(table).getByRole('rowheader', { name: /this device/ })).toBeVisible()

    const rowHeaders = within(table).getAllByRole('rowheader')
    const other = rowHeaders[1]!.textContent!
    await userEvent.click(canvas.getByRole('button', { name: `Forget ${other}` }))
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(6))
    await expect(cognito!.emulator.calls('ForgetDevice')).toBe(1)

    const next = within(table).getAllByRole('rowheader')[1]!.textContent!
    await userEvent.click(canvas.getByRole('button', { name: `Stop remembering ${next}` }))
    await expect(await canvas.findByRole('button', { name: `Remember ${next}` })).toBeVisible()
  },
}

/** What the hooks give while Cognito throttles: an error to classify, no throw (inline states stay inline). */
export const Throttled: Story = {
  parameters: { cognito: { faults: { ListDevices: { error: { name: 'TooManyRequestsException' } } } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('throttled')
  },
}
