import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Device } from '../../src/model/device'
import { DeviceManager } from '../../src/connected'
import { DEMO_USERS, generateDevices } from 'cognito-emulator'
import { formatDeviceName } from '../../src/format/deviceName'
import { mockCognito, signedInKit } from '../support/mockCognito'

const cognito = mockCognito()

describe('DeviceManager with many devices', () => {
  it('forgetting one device renders no other card again, neither at once nor after the list is refetched', async () => {
    const emulator = cognito.emulator
    const username = DEMO_USERS.demo
    emulator.addDevices(username, generateDevices(40, { keyOffset: 1000 }))
    const listed = emulator.devices(username).filter((device) => device.remembered).length
    const kit = await signedInKit(emulator, username, { deviceKey: emulator.devices(username)[0]!.key })
    // A card calls formatDeviceName each time it renders: a render counter per device.
    const renders = new Map<string, number>()
    const countingName = (device: Device) => {
      renders.set(device.key, (renders.get(device.key) ?? 0) + 1)
      return formatDeviceName(device)
    }
    const user = userEvent.setup()
    render(<DeviceManager formatDeviceName={countingName} />, { wrapper: kit.wrapper })
    const cards = () => within(screen.getByRole('list', { name: 'Your devices' })).getAllByRole('article')
    await waitFor(() => expect(cards()).toHaveLength(listed))
    await waitFor(() => expect(kit.queryClient.isFetching()).toBe(0))
    expect(renders.size).toBe(listed)

    renders.clear()
    await user.click(within(cards()[5]!).getByRole('button', { name: 'Sign out' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign out device' }))
    await waitFor(() => expect(cards()).toHaveLength(listed - 1))
    // The mutation settles with a refetch of the list, which parses every device into a new object.
    await waitFor(() => expect(kit.queryClient.isFetching() + kit.queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('was forgotten and will be signed out'))

    // Only the forgotten device was named again (by the dialog and the announcement), no remaining card.
    const remaining = new Set(emulator.devices(username).map((device) => device.key))
    expect([...renders.keys()].filter((key) => remaining.has(key))).toEqual([])
    expect(renders.size).toBe(1)
  })
})
