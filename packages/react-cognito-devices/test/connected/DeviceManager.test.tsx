import { act, render, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { DeviceManager } from '../../src/connected'
import { DEMO_USERS, generateDevices } from 'cognito-emulator'
import { ENDPOINT, mockCognito, signedInKit } from '../support/mockCognito'

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

  it('signs another device out after a confirmation that says it is signed out, and when, and announces it', async () => {
    const onSuccess = vi.fn()
    const { emulator, user, cards } = await renderManager({ onSuccess })
    const target = cards()[1]!
    const name = within(target).getByRole('heading').textContent!
    const before = cards().length

    await user.click(within(target).getByRole('button', { name: 'Sign out' }))
    const dialog = await screen.findByRole('dialog', { name: `Sign out “${name}”?` })
    expect(dialog).toHaveTextContent('will be signed out of your account and forgotten')
    expect(dialog).toHaveTextContent('the full sign-in, with any extra verification step')
    // this session's access token lives an hour (the emulator's default, as Cognito's)
    expect(dialog).toHaveTextContent('It stays signed in until its current session ends, within an hour at the latest.')
    await user.click(within(dialog).getByRole('button', { name: 'Sign out device' }))

    await waitFor(() => expect(cards()).toHaveLength(before - 1))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${name} was forgotten and will be signed out when its current session ends.`))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ action: 'forget' }))
    expect(emulator.devices(DEMO_USERS.demo)).toHaveLength(5)
  })

  it('keeps the device when the confirmation is cancelled, and sends nothing', async () => {
    const { emulator, user, cards } = await renderManager()
    const before = cards().length

    await user.click(within(cards()[1]!).getByRole('button', { name: 'Sign out' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(cards()).toHaveLength(before)
    expect(emulator.calls('ForgetDevice')).toBe(0)
  })

  it('keeps the dialog until a forget has finished, then returns focus as usual on the next cancel', async () => {
    const { emulator, user, cards } = await renderManager()
    emulator.faults.set('ForgetDevice', { latency: { ms: 300 } })
    const name = within(cards()[2]!).getByRole('heading').textContent!
    await user.click(within(cards()[2]!).getByRole('button', { name: 'Sign out' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Sign out device' }))

    // a sent forget cannot be called back: Cancel and Escape wait for it
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' })
    expect(cancel).toHaveAttribute('aria-disabled', 'true')
    expect(within(dialog).getByRole('button', { name: 'Signing out…' })).toBeInTheDocument()
    await user.click(cancel)
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${name} was forgotten`))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    const trigger = within(cards()[1]!).getByRole('button', { name: 'Sign out' })
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

    await user.click(within(target).getByRole('button', { name: 'Sign out' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign out device' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not sign out this device.')
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

  it('offers one action on every other device, Sign out, and claims no remembered status the answers do not carry', async () => {
    const { cards } = await renderManager()
    for (const card of cards().slice(1)) {
      expect(within(card).getAllByRole('button').map((button) => button.textContent)).toEqual(['Sign out'])
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

    await user.click(within(hostile).getByRole('button', { name: 'Sign out' }))
    const dialog = await screen.findByRole('dialog', { name: 'Sign out “[U+202E]evil/1.0 (X11; Linux x86_64)”?' })
    await user.click(within(dialog).getByRole('button', { name: 'Sign out device' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('[U+202E]evil/1.0 (X11; Linux x86_64) was forgotten'))
    expect(screen.getByRole('status').textContent).not.toContain('\u202E')
  })

  it('forgets this device after a confirmation that says this session ends too, and when', async () => {
    const { user, cards } = await renderManager()
    await user.click(within(cards()[0]!).getByRole('button', { name: 'Forget' }))
    const dialog = await screen.findByRole('dialog', { name: 'Forget this device?' })
    expect(dialog).toHaveTextContent('you will be signed out here')
    expect(dialog).toHaveTextContent('You stay signed in here until this session ends, within an hour at the latest.')
  })

  it('says "within 5 minutes" when this session\'s access tokens live five minutes', async () => {
    cognito.emulator.configurePool({ accessTokenValiditySeconds: 300 })
    const { user, cards } = await renderManager()
    await user.click(within(cards()[1]!).getByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('dialog')).toHaveTextContent('within 5 minutes at the latest.')
  })

  it('signs out every other listed device, on every page, at the quota, with progress, keeping this one and the panel usable', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const emulator = cognito.emulator
      emulator.addDevices(DEMO_USERS.demo, generateDevices(70, { keyOffset: 0x900000 }))
      const { user, cards, thisDevice } = await renderManager()
      const others = emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered).length - 1
      emulator.resetCalls()

      await user.click(screen.getByRole('button', { name: 'Sign out all other devices' }))
      const dialog = await screen.findByRole('dialog', { name: 'Sign out all other devices?' })
      expect(dialog).toHaveTextContent('this device stays signed in')
      await user.click(within(dialog).getByRole('button', { name: 'Sign out all other devices' }))

      // the dialog closes at once; the panel shows the progress and says the work goes on
      expect(screen.queryByRole('dialog')).toBeNull()
      const progress = await screen.findByRole('progressbar', { name: 'Signing out other devices…' })
      await waitFor(() => expect(progress).toHaveAttribute('max', String(others)))
      expect(screen.getByText('Each device leaves the list once it is signed out. If you leave this page, the ones not yet signed out stay listed.')).toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'Signing out…' })).toHaveAttribute('aria-disabled', 'true')
      await act(() => vi.advanceTimersByTimeAsync(1500))
      const done = Number(progress.getAttribute('value'))
      expect(done).toBeGreaterThan(0)
      expect(screen.getByText(`${done} of ${others}`)).toBeInTheDocument()
      // the panel stays usable: Refresh lists what Cognito still holds
      await user.click(screen.getByRole('button', { name: 'Refresh' }))
      await waitFor(() => expect(cards().length).toBeLessThan(others + 1))

      while (screen.queryByRole('progressbar')) await act(() => vi.advanceTimersByTimeAsync(500))
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(`All ${others} other devices were forgotten and will be signed out when their current sessions end.`),
      )
      expect(emulator.requests().filter((request) => request.errorName === 'TooManyRequestsException')).toEqual([])
      const left = emulator.devices(DEMO_USERS.demo)
      // Not-remembered devices are not listed to a browser, so "all other devices" does not reach them.
      expect(left.filter((device) => device.remembered).map((device) => device.key)).toEqual([thisDevice.key])
      expect(left).toHaveLength(2)
      await waitFor(() => expect(cards()).toHaveLength(1))
    } finally {
      vi.useRealTimers()
    }
  }, 30_000)

  it('says milestones of the progress politely, not every device', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      cognito.emulator.addDevices(DEMO_USERS.demo, generateDevices(30, { keyOffset: 0x900000 }))
      const { user } = await renderManager()
      const announced: string[] = []
      const status = screen.getByRole('status')
      new MutationObserver(() => announced.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true })

      await user.click(screen.getByRole('button', { name: 'Sign out all other devices' }))
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign out all other devices' }))
      await screen.findByRole('progressbar')
      while (screen.queryByRole('progressbar')) await act(() => vi.advanceTimersByTimeAsync(500))

      await waitFor(() => expect(announced.at(-1)).toMatch(/^All 34 other devices were forgotten/))
      // once in each ten (a render may take in more than one device: "10 of 34" or "11 of 34")
      const milestones = announced.slice(0, -1)
      expect(milestones).toHaveLength(3)
      expect(milestones.map((message) => Math.floor(Number(/^(\d+) of 34$/.exec(message)?.[1]) / 10))).toEqual([1, 2, 3])
    } finally {
      vi.useRealTimers()
    }
  }, 30_000)

  it('names the devices Cognito did not sign out and tries just those again', async () => {
    const onSuccess = vi.fn()
    const { emulator, user, cards, thisDevice } = await renderManager({ onSuccess })
    const refused = cards()[2]!
    const refusedName = within(refused).getByRole('heading').textContent!
    const refusedKey = emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered)[2]!.key
    let refuse = true
    cognito.server.use(
      http.post(ENDPOINT, async ({ request }) => {
        const forget = request.headers.get('x-amz-target')?.endsWith('.ForgetDevice')
        const body = (await request.clone().json()) as { DeviceKey?: string }
        if (refuse && forget) return body.DeviceKey === refusedKey ? HttpResponse.json({ __type: 'InternalErrorException', message: 'x' }, { status: 500 }) : undefined
        return undefined
      }),
    )
    const others = cards().length - 1

    await user.click(screen.getByRole('button', { name: 'Sign out all other devices' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign out all other devices' }))

    expect(await screen.findByText(`${others - 1} of ${others} other devices were signed out. These were not:`, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Try this one again' }).parentElement).toHaveTextContent(refusedName)
    await waitFor(() => expect(cards().map((card) => within(card).getByRole('heading').textContent)).toEqual([cards()[0]!.querySelector('h3')!.textContent, refusedName]))
    expect(screen.getByRole('status')).toHaveTextContent(refusedName)

    refuse = false
    emulator.resetCalls()
    await user.click(screen.getByRole('button', { name: 'Try this one again' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('The other device was forgotten'), { timeout: 5000 })
    expect(emulator.calls('ForgetDevice')).toBe(1)
    expect(screen.queryByText(/These were not/)).toBeNull()
    await waitFor(() => expect(cards()).toHaveLength(1))
    expect(emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered).map((device) => device.key)).toEqual([thisDevice.key])
    expect(onSuccess).toHaveBeenCalledWith({ action: 'forget-others' })
  })

  it('says, above the list, when none could be signed out, and offers to try them all again', async () => {
    const { emulator, user, cards } = await renderManager()
    emulator.faults.set('ForgetDevice', { error: { name: 'InternalErrorException' } })
    const before = cards().length

    await user.click(screen.getByRole('button', { name: 'Sign out all other devices' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign out all other devices' }))

    expect(await screen.findByText(`0 of ${before - 1} other devices were signed out. These were not:`, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(cards()).toHaveLength(before)
    expect(screen.getByRole('button', { name: `Try these ${before - 1} again` })).toBeInTheDocument()
  })

  it('says in German what signing out all other devices does', async () => {
    const { user } = await renderManager({ locale: 'de' })
    await user.click(screen.getByRole('button', { name: 'Alle anderen Geräte abmelden' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('dieses Gerät bleibt angemeldet')
    expect(dialog).toHaveTextContent('spätestens in einer Stunde')
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
    expect(screen.queryByRole('button', { name: /^(Forget|Sign out)$/ })).not.toBeInTheDocument()
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
