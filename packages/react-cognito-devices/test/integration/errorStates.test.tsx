import { onlineManager } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DeviceDetails, DeviceManager } from '../../src/connected'
import { DeviceErrorBoundary } from '../../src/boundary'
import { DEMO_USERS } from 'cognito-emulator'
import { ENDPOINT, mockCognito, signedInKit } from '../support/mockCognito'

// Every error state, driven through the real hooks and wire client against the emulator with the
// fault injected: the text a user reads, the action offered, and the host callback it fires.
const cognito = mockCognito()

const callbacks = () => ({ onSignIn: vi.fn(), onResetPassword: vi.fn(), onConfirmAccount: vi.fn() })

async function panelFailingWith(errorName: string) {
  const emulator = cognito.emulator
  const kit = await signedInKit(emulator)
  emulator.faults.set('ListDevices', { error: { name: errorName } })
  const host = callbacks()
  render(<DeviceManager {...host} />, { wrapper: kit.wrapper })
  return { emulator, host, user: userEvent.setup() }
}

afterEach(() => {
  vi.restoreAllMocks()
  onlineManager.setOnline(true)
})

describe('states that replace the panel (error boundary)', () => {
  it.each([
    ['NotAuthorizedException', 'Your session has ended', 'Sign in again', 'onSignIn'],
    ['UserNotFoundException', 'Your session has ended', 'Sign in again', 'onSignIn'],
    ['PasswordResetRequiredException', 'Password reset required', 'Reset password', 'onResetPassword'],
    ['UserNotConfirmedException', 'Account not confirmed', 'Confirm account', 'onConfirmAccount'],
  ] as const)('%s -> "%s" with "%s"', async (errorName, heading, action, callback) => {
    const { host, user } = await panelFailingWith(errorName)

    const title = await screen.findByRole('heading', { name: heading })
    await waitFor(() => expect(title).toHaveFocus())
    expect(title.closest('[data-state]')).toHaveAttribute('data-state', expect.stringMatching(/signed-out|password-reset-required|account-unconfirmed/))
    await user.click(screen.getByRole('button', { name: action }))

    expect(host[callback]).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('list', { name: 'Your devices' })).not.toBeInTheDocument()
  })

  it('explains a misconfigured pool to the developer, with no dead button', async () => {
    await panelFailingWith('InvalidUserPoolConfigurationException')

    const title = await screen.findByRole('heading', { name: "Device management isn't set up" })
    const view = title.closest('[data-state]')!
    expect(view).toHaveAttribute('data-state', 'misconfigured')
    expect(view).toHaveTextContent(/device tracking/i)
    expect(within(view as HTMLElement).queryByRole('button')).not.toBeInTheDocument()
  })

  it('still explains what to do when the host gives no callback', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    emulator.faults.set('ListDevices', { error: { name: 'PasswordResetRequiredException' } })
    render(<DeviceManager />, { wrapper: kit.wrapper })

    const title = await screen.findByRole('heading', { name: 'Password reset required' })
    expect(title.closest('[data-state]')).toHaveTextContent('reset it, then sign in again')
    expect(screen.queryByRole('button', { name: 'Reset password' })).not.toBeInTheDocument()
  })

  it('ends in "signed out" when the access token expires while the panel is open', async () => {
    const { emulator, kit } = await (async () => {
      const emulator = cognito.emulator
      return { emulator, kit: await signedInKit(emulator) }
    })()
    const user = userEvent.setup()
    render(<DeviceManager />, { wrapper: kit.wrapper })
    await screen.findAllByRole('article')

    emulator.clock.advance(2 * 60 * 60 * 1000)
    await user.click(screen.getByRole('button', { name: 'Refresh' }))

    expect(await screen.findByRole('heading', { name: 'Your session has ended' })).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Your devices' })).not.toBeInTheDocument()
  })
})

describe('transient and request states stay inline', () => {
  it.each([
    ['TooManyRequestsException', 'throttled', 'Too many requests'],
    ['InternalErrorException', 'unavailable', 'temporarily unavailable'],
    ['ForbiddenException', 'blocked', 'blocked'],
    ['InvalidParameterException', 'invalid-request', 'could not be completed'],
    ['SomeBrandNewException', 'unknown', 'Something went wrong'],
  ])('%s -> inline "%s", and Try again recovers without a reload', async (errorName, state, sentence) => {
    const { emulator, user } = await panelFailingWith(errorName)

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(sentence)
    expect(alert.closest('[data-error-state]')).toHaveAttribute('data-error-state', state)
    expect(screen.getByRole('heading', { name: 'Your devices' })).toBeInTheDocument()

    emulator.faults.clear()
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    const remembered = emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered)
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(remembered.length))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('shows that "Try again" is under way, and announces a retry that fails again', async () => {
    const { emulator, user } = await panelFailingWith('InternalErrorException')
    const firstAlert = await screen.findByRole('alert')
    emulator.faults.set('ListDevices', { latency: { ms: 300 }, error: { name: 'InternalErrorException' } })
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    const retrying = await screen.findByRole('button', { name: 'Trying again…' })
    // The error row stays through the retry, so the button keeps the focus the press gave it.
    expect(retrying).toHaveFocus()
    expect(retrying).toHaveAttribute('aria-disabled', 'true')
    expect(retrying.closest('[aria-busy="true"]')).not.toBeNull()
    // The alert already said it; not again while the retry runs.
    expect(screen.getByRole('alert')).toBe(firstAlert)

    await screen.findByRole('button', { name: 'Try again' })
    // A new alert, so the same words are announced again.
    const secondAlert = screen.getByRole('alert')
    expect(secondAlert).not.toBe(firstAlert)
    expect(secondAlert).toHaveTextContent('temporarily unavailable')
    expect(secondAlert.closest('[aria-busy="true"]')).toBeNull()
  })

  it('keeps the devices already shown when a refresh fails', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    const user = userEvent.setup()
    render(<DeviceManager />, { wrapper: kit.wrapper })
    const before = await screen.findAllByRole('article')

    emulator.faults.set('ListDevices', { error: { name: 'InternalErrorException' } })
    await user.click(screen.getByRole('button', { name: 'Refresh' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('temporarily unavailable')
    expect(screen.getAllByRole('article')).toHaveLength(before.length)
  })

  it('says "offline" while the browser is offline, and loads by itself when it is back', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    // What the browser's `offline` event does to TanStack Query (its listener attaches on first use)
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    onlineManager.setOnline(false)
    render(<DeviceManager />, { wrapper: kit.wrapper })

    const alert = await screen.findByRole('alert')
    expect(alert.closest('[data-error-state]')).toHaveAttribute('data-error-state', 'offline')
    expect(alert).toHaveTextContent('offline')
    expect(emulator.calls('ListDevices')).toBe(0)

    vi.restoreAllMocks()
    onlineManager.setOnline(true)

    const remembered = emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered)
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(remembered.length))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('calls a failed request while online "unavailable", not "offline"', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    cognito.server.use(http.post(ENDPOINT, () => HttpResponse.error()))
    render(<DeviceManager />, { wrapper: kit.wrapper })

    const alert = await screen.findByRole('alert')
    expect(alert.closest('[data-error-state]')).toHaveAttribute('data-error-state', 'unavailable')
  })

  it('shows a device that no longer exists as "not found" in DeviceDetails', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    const key = emulator.devices(DEMO_USERS.demo)[1]!.key
    await kit.api.forgetDevice(key)
    render(
      <DeviceErrorBoundary>
        <DeviceDetails deviceKey={key} />
      </DeviceErrorBoundary>,
      { wrapper: kit.wrapper },
    )

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This device no longer exists.')
    expect(alert.closest('[data-error-state]')).toHaveAttribute('data-error-state', 'device-not-found')
  })
})
