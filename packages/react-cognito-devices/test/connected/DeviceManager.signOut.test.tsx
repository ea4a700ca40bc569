import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { tokenDeviceApi } from '../../src/api/tokenDeviceApi'
import { DeviceManager } from '../../src/connected'
import { DEMO_USERS, type CognitoEmulator } from 'cognito-emulator'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'
import { ENDPOINT, mockCognito } from '../support/mockCognito'

const cognito = mockCognito()

/** A host page: tokens it holds, and an `onSignIn` that drops them (its way to the sign-in page). */
async function hostPage(emulator: CognitoEmulator) {
  const session = await emulator.signIn(DEMO_USERS.demo)
  let heldToken: string | undefined = session.accessToken
  const api = tokenDeviceApi({ endpoint: ENDPOINT, getAccessToken: () => heldToken })
  const onSignIn = vi.fn(() => {
    heldToken = undefined
  })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <DeviceKitProvider api={api} locale="en" onSignIn={onSignIn}>
        {children}
      </DeviceKitProvider>
    </QueryClientProvider>
  )
  render(<DeviceManager onSignIn={onSignIn} />, { wrapper })
  await screen.findAllByRole('article')
  return { session, onSignIn, user: userEvent.setup() }
}

describe('DeviceManager: sign out everywhere', () => {
  it('asks first, saying every device is signed out, this one included; then calls GlobalSignOut and the host signs in again', async () => {
    const emulator = cognito.emulator
    const { user, onSignIn } = await hostPage(emulator)
    emulator.resetCalls()

    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }))
    const dialog = await screen.findByRole('dialog', { name: 'Sign out everywhere?' })
    expect(dialog).toHaveAccessibleDescription(/signed out on every device, this one included/)
    expect(emulator.calls('GlobalSignOut')).toBe(0)
    await user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }))

    await waitFor(() => expect(onSignIn).toHaveBeenCalled())
    expect(emulator.calls('GlobalSignOut')).toBe(1)
  })

  it('keeps this session and says so when GlobalSignOut fails; focus goes back to the button', async () => {
    const emulator = cognito.emulator
    const { user, onSignIn } = await hostPage(emulator)
    emulator.faults.set('GlobalSignOut', { error: { name: 'InternalErrorException' } })

    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign out everywhere' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not sign out everywhere. You are still signed in here.')
    expect(alert).toHaveTextContent('temporarily unavailable')
    expect(onSignIn).not.toHaveBeenCalled()
    expect(screen.getAllByRole('article').length).toBeGreaterThan(1)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign out everywhere' })).toHaveFocus())
  })
})
