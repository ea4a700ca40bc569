import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { DeviceManager } from '../../src/connected'
import { DEMO_USERS, generateDevices } from 'cognito-emulator'
import { mockCognito, signedInKit } from '../support/mockCognito'

const cognito = mockCognito()

async function renderManager(props: Partial<Parameters<typeof DeviceManager>[0]> = {}, username: string = DEMO_USERS.demo) {
  const emulator = cognito.emulator
  const thisDevice = emulator.devices(username)[0]!
  const kit = await signedInKit(emulator, username, { deviceKey: thisDevice.key })
  const user = userEvent.setup()
  render(<DeviceManager {...props} />, { wrapper: kit.wrapper })
  await screen.findAllByRole('article')
  const cards = () => within(screen.getByRole('list', { name: 'Your devices' })).getAllByRole('article')
  return { emulator, kit, user, cards, thisDevice }
}

describe('DeviceManager', () => {
  it('lists the devices with this device first, then the most recently used', async () => {
    const { emulator, cards } = await renderManager()
    const names = cards().map((card) => within(card).getByRole('heading').textContent)
    expect(names[0]).toBe('Chrome 124 on Windows')
    expect(within(cards()[0]!).getByText('This device')).toBeInTheDocument()
    expect(cards()[0]).toHaveAttribute('data-state', 'current')
    expect(cards()).toHaveLength(emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered).length)
    const lastSignIns = cards()
      .slice(1)
      .map((card) => Date.parse(card.querySelector('[data-timestamp="last-authenticated"] time')!.getAttribute('datetime')!))
    expect(lastSignIns).toEqual([...lastSignIns].sort((a, b) => b - a))
  })

  it('forgets a device after a confirmation that says what forgetting means, and announces it', async () => {
    const onSuccess = vi.fn()
    const { emulator, user, cards } = await renderManager({ onSuccess })
    const target = cards()[1]!
    const name = within(target).getByRole('heading').textContent!
    const before = cards().length

    await user.click(within(target).getByRole('button', { name: 'Forget' }))
    const dialog = await screen.findByRole('dialog', { name: `Forget “${name}”?` })
    expect(dialog).toHaveTextContent('will no longer be remembered')
    await user.click(within(dialog).getByRole('button', { name: 'Forget device' }))

    await waitFor(() => expect(cards()).toHaveLength(before - 1))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${name} was forgotten.`))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ action: 'forget' }))
    expect(emulator.devices(DEMO_USERS.demo)).toHaveLength(5)
  })

  it('keeps the device when the confirmation is cancelled, and sends nothing', async () => {
    const { emulator, user, cards } = await renderManager()
    const before = cards().length

    await user.click(within(cards()[1]!).getByRole('button', { name: 'Forget' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(cards()).toHaveLength(before)
    expect(emulator.calls('ForgetDevice')).toBe(0)
  })

  it('keeps the dialog until a forget has finished, then returns focus as usual on the next cancel', async () => {
    const { emulator, user, cards } = await renderManager()
    emulator.faults.set('ForgetDevice', { latency: { ms: 300 } })
    const name = within(cards()[2]!).getByRole('heading').textContent!
    await user.click(within(cards()[2]!).getByRole('button', { name: 'Forget' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Forget device' }))

    // a sent forget cannot be called back: Cancel and Escape wait for it
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' })
    expect(cancel).toHaveAttribute('aria-disabled', 'true')
    expect(within(dialog).getByRole('button', { name: 'Forgetting…' })).toBeInTheDocument()
    await user.click(cancel)
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${name} was forgotten.`))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    const trigger = within(cards()[1]!).getByRole('button', { name: 'Forget' })
    await user.click(trigger)
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }))
    expect(trigger).toHaveFocus()
  })

  it('reports a failed forget next to the device and leaves the list as it was', async () => {
    const onError = vi.fn()
    const { emulator, user, cards } = await renderManager({ onError })
    emulator.faults.set('ForgetDevice', { error: { name: 'InternalErrorException' } })
    const target = cards()[2]!
    const name = within(target).getByRole('heading').textContent

    await user.click(within(target).getByRole('button', { name: 'Forget' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Forget device' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not forget this device.')
    expect(alert).toHaveTextContent('temporarily unavailable')
    const again = cards().find((card) => within(card).getByRole('heading').textContent === name)!
    expect(within(again).getByRole('alert')).toBe(alert)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ action: 'forget', state: 'unavailable' }))
  })

  it('stops remembering this device, then shows it as Cognito does and remembers it again', async () => {
    const { emulator, user, cards, thisDevice } = await renderManager()
    const current = cards()[0]!
    const name = within(current).getByRole('heading').textContent!

    await user.click(within(current).getByRole('button', { name: 'Stop remembering' }))

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${name} is no longer remembered.`))
    expect(emulator.devices(DEMO_USERS.demo).find((device) => device.key === thisDevice.key)?.remembered).toBe(false)
    // Cognito's user-side ListDevices no longer lists it and GetDevice answers "not found": no card, a notice
    await waitFor(() => expect(cards().some((card) => within(card).queryByText('This device'))).toBe(false))
    expect(screen.getByText('This device is not remembered')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Remember this device' }))

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('This device is now remembered.'))
    expect(within(cards()[0]!).getByText('This device')).toBeInTheDocument()
    expect(screen.queryByText('This device is not remembered')).not.toBeInTheDocument()
    expect(emulator.devices(DEMO_USERS.demo).find((device) => device.key === thisDevice.key)?.remembered).toBe(true)
  })

  it('offers one action on every other device, Forget, and claims no remembered status the answers do not carry', async () => {
    const { cards } = await renderManager()
    for (const card of cards().slice(1)) {
      expect(within(card).getAllByRole('button').map((button) => button.textContent)).toEqual(['Forget'])
    }
    expect(within(cards()[0]!).getAllByRole('button').map((button) => button.textContent)).toEqual(['Stop remembering', 'Forget'])
    expect(screen.queryByText(/^(Remembered|Not remembered)$/)).not.toBeInTheDocument()
  })

  it('shows where each device was last used, and no address that is not one', async () => {
    cognito.emulator.addDevices(DEMO_USERS.demo, [{ name: 'curl/8.0', lastIpUsed: '<b>x</b>' }])
    const { emulator, cards } = await renderManager()
    const addresses = emulator
      .devices(DEMO_USERS.demo)
      .filter((device) => device.remembered && device.lastIpUsed !== undefined && device.lastIpUsed !== '<b>x</b>')
      .map((device) => device.lastIpUsed!)
    expect(addresses.length).toBeGreaterThan(2)
    const texts = cards().map((card) => card.textContent)
    for (const address of addresses) expect(texts.some((text) => text.includes(`Last used from ${address}`))).toBe(true)
    expect(texts.some((text) => text.includes('<b>'))).toBe(false)
  })

  it('shows control characters in a device name in its announcements instead of obeying them', async () => {
    cognito.emulator.addDevices(DEMO_USERS.demo, [{ name: '\u202Eevil/1.0 (X11; Linux x86_64)' }])
    const { user } = await renderManager()
    const hostile = screen.getByRole('article', { name: '[U+202E]evil/1.0 (X11; Linux x86_64)' })

    await user.click(within(hostile).getByRole('button', { name: 'Forget' }))
    const dialog = await screen.findByRole('dialog', { name: 'Forget “[U+202E]evil/1.0 (X11; Linux x86_64)”?' })
    await user.click(within(dialog).getByRole('button', { name: 'Forget device' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('[U+202E]evil/1.0 (X11; Linux x86_64) was forgotten.'))
    expect(screen.getByRole('status').textContent).not.toContain('\u202E')
  })

  it('forgets every other listed device, on every page, and keeps this one', async () => {
    const emulator = cognito.emulator
    emulator.addDevices(DEMO_USERS.demo, generateDevices(70, { keyOffset: 0x900000 }))
    const { user, cards, thisDevice } = await renderManager()

    await user.click(screen.getByRole('button', { name: 'Forget all other devices' }))
    const dialog = await screen.findByRole('dialog', { name: 'Forget all other devices?' })
    await user.click(within(dialog).getByRole('button', { name: 'Forget all other devices' }))

    // Cognito's quota lets one user make 10 writes a second, and the emulator keeps it: 75 ForgetDevice
    // take several seconds, with throttled ones tried again after a backoff (about 15 s here).
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('other devices were forgotten.'), { timeout: 50_000 })
    // Not-remembered devices are not exposed by ListDevices, so they are not "listed" to forget.
    const left = emulator.devices(DEMO_USERS.demo)
    expect(left.filter((device) => device.remembered).map((device) => device.key)).toEqual([thisDevice.key])
    expect(left).toHaveLength(2)
    await waitFor(() => expect(cards()).toHaveLength(1))
  }, 60_000)

  it('keeps the number of devices it asked about in the title while forgetting them', async () => {
    const { emulator, user, cards } = await renderManager()
    emulator.faults.set('ForgetDevice', { latency: { ms: 200 } })
    const others = cards().length - 1

    await user.click(screen.getByRole('button', { name: 'Forget all other devices' }))
    const dialog = await screen.findByRole('dialog', { name: `Forget ${others} other devices?` })
    await user.click(within(dialog).getByRole('button', { name: 'Forget all other devices' }))

    // the list has already let them go (optimistically) while the calls run
    await waitFor(() => expect(cards()).toHaveLength(1))
    expect(within(dialog).getByRole('button', { name: 'Forgetting…' })).toBeInTheDocument()
    expect(dialog).toHaveAccessibleName(`Forget ${others} other devices?`)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${others} other devices were forgotten.`), { timeout: 5000 })
  })

  it('reports that the other devices could not be forgotten, above the list', async () => {
    const onError = vi.fn()
    const { emulator, user, cards } = await renderManager({ onError })
    emulator.faults.set('ForgetDevice', { error: { name: 'InternalErrorException' } })
    const before = cards().length

    await user.click(screen.getByRole('button', { name: 'Forget all other devices' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Forget all other devices' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not forget the other devices.')
    expect(alert).toHaveTextContent('temporarily unavailable')
    await waitFor(() => expect(cards()).toHaveLength(before))
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ action: 'forget-others', state: 'unavailable' }))
  })

  it('reports that the other devices could not be forgotten, in German', async () => {
    const { emulator, user } = await renderManager({ locale: 'de' })
    emulator.faults.set('ForgetDevice', { error: { name: 'InternalErrorException' } })

    await user.click(screen.getByRole('button', { name: 'Alle anderen Geräte vergessen' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Alle anderen Geräte vergessen' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Die anderen Geräte konnten nicht vergessen werden.')
  })

  it('shows more pages on request', async () => {
    const { user, cards } = await renderManager({}, DEMO_USERS.manyDevices)
    expect(cards()).toHaveLength(60)

    await user.click(screen.getByRole('button', { name: 'Show more' }))
    await waitFor(() => expect(cards()).toHaveLength(120))
    await user.click(screen.getByRole('button', { name: 'Show more' }))
    await waitFor(() => expect(cards()).toHaveLength(130))
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument()
  }, 30_000)

  it('refreshes on request', async () => {
    const { emulator, user } = await renderManager()
    emulator.resetCalls()

    await user.click(screen.getByRole('button', { name: 'Refresh' }))

    await waitFor(() => expect(emulator.calls('ListDevices')).toBe(1))
  })

  it('replaces the panel with "sign in again" when the session has ended', async () => {
    const onSignIn = vi.fn()
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    emulator.faults.set('ListDevices', { error: { name: 'NotAuthorizedException', message: 'Access Token has expired' } })
    const user = userEvent.setup()
    render(<DeviceManager onSignIn={onSignIn} />, { wrapper: kit.wrapper })

    const heading = await screen.findByRole('heading', { name: 'Your session has ended' })
    await waitFor(() => expect(heading).toHaveFocus())
    await user.click(screen.getByRole('button', { name: 'Sign in again' }))
    expect(onSignIn).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
  })

  it('gives the "sign in again" view the heading level of the panel', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    emulator.faults.set('ListDevices', { error: { name: 'NotAuthorizedException', message: 'Access Token has expired' } })
    render(<DeviceManager headingLevel={3} />, { wrapper: kit.wrapper })

    expect(await screen.findByRole('heading', { name: 'Your session has ended', level: 3 })).toBeInTheDocument()
  })

  it('takes text overrides and a replacement for the per-device actions', async () => {
    await renderManager({
      displayText: { title: 'Signed-in devices', thisDevice: 'You are here' },
      components: { DeviceActions: ({ device }) => <button type="button">Inspect {device.key.slice(0, 9)}</button> },
    })
    expect(screen.getByRole('heading', { name: 'Signed-in devices' })).toBeInTheDocument()
    expect(screen.getByText('You are here')).toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: /^Inspect us-east-1/ }).length).toBeGreaterThan(0)
    expect(screen.queryByRole('button', { name: 'Forget' })).not.toBeInTheDocument()
  })

  it('tells this browser when its own device was forgotten elsewhere, and that only signing in again remembers it', async () => {
    const { kit, user, thisDevice } = await renderManager()
    await kit.api.forgetDevice(thisDevice.key)

    await user.click(screen.getByRole('button', { name: 'Refresh' }))

    // the browser cannot tell "forgotten" from "not remembered": GetDevice answers "not found" for both
    expect(await screen.findByText('This device is not remembered')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Remember this device' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('no longer known to your account')
    expect(screen.getByRole('alert')).toHaveTextContent('Sign in again to remember it.')
  })
})
