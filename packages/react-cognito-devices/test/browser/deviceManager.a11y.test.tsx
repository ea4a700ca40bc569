import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { DeviceApi } from '../../src/api/DeviceApi'
import type { Device } from '../../src/model/device'
import { DeviceManager } from '../../src/connected'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'
import '../../src/styles/index.css'

// jsdom does not move focus when a focused element is removed, nor does its <dialog> return focus on
// close, nor does it apply the stylesheet; Chromium does, so where focus lands after a forget and
// how the live region is styled are checked here.

const key = (n: number) => `us-east-1_0000000${n}-0000-0000-0000-000000000000`
const device = (n: number): Device => {
  const userAgent = `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${120 + n}.0.0.0 Safari/537.36`
  return {
    key: key(n),
    name: userAgent,
    attributes: [{ name: 'device_name', value: userAgent }],
    remembered: true,
    lastIpUsed: undefined,
    createdAt: undefined,
    lastModifiedAt: undefined,
    lastAuthenticatedAt: new Date(Date.now() - 3_600_000 * n),
  }
}

/**
 * Four devices, the first one this browser's; every ForgetDevice fails when `failForget`, and
 * waits for `answer` when given.
 */
function fakeApi({ failForget = false, answer }: { failForget?: boolean; answer?: Promise<void> } = {}): DeviceApi {
  let devices = [1, 2, 3, 4].map(device)
  return {
    getSession: async () => ({ userId: 'user-1', currentDeviceKey: key(1) }),
    getDevice: async (deviceKey) => devices.find((listed) => listed.key === deviceKey)!,
    listDevices: async () => ({ devices, nextCursor: undefined }),
    forgetDevice: async (deviceKey) => {
      await (answer ?? new Promise((resolve) => setTimeout(resolve, 50)))
      if (failForget) throw Object.assign(new Error('Internal error'), { name: 'InternalErrorException' })
      devices = devices.filter((listed) => listed.key !== deviceKey)
    },
    setRemembered: async () => undefined,
  }
}

function renderManager(api: DeviceApi) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <DeviceKitProvider api={api} locale="en">
        <main>
          <DeviceManager />
        </main>
      </DeviceKitProvider>
    </QueryClientProvider>,
  )
}

const cards = () => within(screen.getByRole('list', { name: 'Your devices' })).getAllByRole('article')
const card = (name: string) => screen.getByRole('article', { name })

afterEach(() => cleanup())

describe('DeviceManager focus in Chromium', () => {
  it('puts focus on the heading after a device was forgotten', async () => {
    renderManager(fakeApi())
    await waitFor(() => expect(cards()).toHaveLength(4))
    await userEvent.click(within(card('Chrome 123 on macOS')).getByRole('button', { name: 'Sign out' }))
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign out device' }))

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Chrome 123 on macOS was forgotten and will be signed out'))
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Your devices' })).toHaveFocus())
  })

  it('puts focus back on the Forget button of a device that could not be forgotten', async () => {
    renderManager(fakeApi({ failForget: true }))
    await waitFor(() => expect(cards()).toHaveLength(4))
    await userEvent.click(within(card('Chrome 123 on macOS')).getByRole('button', { name: 'Sign out' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign out device' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    // the card came back as a new element: focus is on its button, not on <body>
    const restored = card('Chrome 123 on macOS')
    expect(within(restored).getByRole('alert')).toHaveTextContent('Could not sign out this device.')
    await waitFor(() => expect(within(restored).getByRole('button', { name: 'Sign out' })).toHaveFocus())
  })

  it('puts focus back on "Sign out all other devices" at once, and names the devices that could not be signed out', async () => {
    renderManager(fakeApi({ failForget: true }))
    await waitFor(() => expect(cards()).toHaveLength(4))
    await userEvent.click(screen.getByRole('button', { name: 'Sign out all other devices' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign out all other devices' }))

    // the dialog closes at once, while the devices are signed out; focus is back on its button
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(screen.getByRole('button', { name: /^(Sign out all other devices|Signing out…)$/ })).toHaveFocus())
    expect(await screen.findByText('0 of 3 other devices were signed out. These were not:')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Try these 3 again' })).toBeVisible()
    expect(cards()).toHaveLength(4)
  })
})

describe('DeviceManager announcements in Chromium', () => {
  it('keeps the empty live region in the accessibility tree, without taking space', async () => {
    renderManager(fakeApi())
    await waitFor(() => expect(cards()).toHaveLength(4))
    const status = screen.getByRole('status')
    expect(status).toBeEmptyDOMElement()
    // display: none would take it out of the accessibility tree, and its first message could go unsaid
    expect(getComputedStyle(status).display).not.toBe('none')
    // ... but nothing shows: the list follows the header at the panel's usual gap
    const panel = screen.getByRole('region', { name: 'Your devices' })
    const header = panel.querySelector('header')!
    const list = screen.getByRole('list', { name: 'Your devices' })
    const gap = parseFloat(getComputedStyle(panel).rowGap)
    expect(list.getBoundingClientRect().top - header.getBoundingClientRect().bottom).toBeCloseTo(gap, 0)
  })
})

describe('ConfirmForgetDialog while forgetting, in Chromium', () => {
  it('shows Cancel as unavailable, like the confirm button, until Cognito answers', async () => {
    let answer!: () => void
    renderManager(fakeApi({ answer: new Promise<void>((resolve) => (answer = resolve)) }))
    await waitFor(() => expect(cards()).toHaveLength(4))
    const cancel = () => within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' })
    await userEvent.click(within(card('Chrome 123 on macOS')).getByRole('button', { name: 'Sign out' }))
    const idleOpacity = getComputedStyle(cancel()).opacity
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Sign out device' }))

    await waitFor(() => expect(cancel()).toHaveAttribute('aria-disabled', 'true'))
    const confirm = within(screen.getByRole('dialog')).getByRole('button', { name: 'Signing out…' })
    expect(getComputedStyle(cancel()).opacity).not.toBe(idleOpacity)
    expect(getComputedStyle(cancel()).opacity).toBe(getComputedStyle(confirm).opacity)
    answer()
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })
})
