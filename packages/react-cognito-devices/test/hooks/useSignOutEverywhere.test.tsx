import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { tokenDeviceApi } from '../../src/api/tokenDeviceApi'
import { DeviceErrorBoundary } from '../../src/boundary'
import { DEMO_USERS, type CognitoEmulator } from 'cognito-emulator'
import { useDevices } from '../../src/hooks/useDevices'
import { useSignOutEverywhere } from '../../src/hooks/useSignOutEverywhere'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'
import { deviceKeys } from '../../src/query/deviceKeys'
import { callEmulator } from '../../../cognito-emulator/test/support/callEmulator'
import { ENDPOINT, mockCognito } from '../support/mockCognito'

const cognito = mockCognito()
afterEach(() => vi.restoreAllMocks())

/**
 * What a host app has: the user signed in on this device and on a second one, a token adapter over
 * tokens the app holds, and an `onSignIn` that drops them (and would show the sign-in page).
 */
async function signedInTwice(emulator: CognitoEmulator) {
  const here = await emulator.signIn(DEMO_USERS.demo)
  const elsewhere = await emulator.signIn(DEMO_USERS.demo)
  let heldToken: string | undefined = here.accessToken
  const api = tokenDeviceApi({ endpoint: ENDPOINT, getAccessToken: () => heldToken })
  const events: string[] = []
  api.subscribe?.((event) => events.push(event))
  const onSignIn = vi.fn(() => {
    heldToken = undefined
  })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <DeviceKitProvider api={api} locale="en" onSignIn={onSignIn}>
        <DeviceErrorBoundary>{children}</DeviceErrorBoundary>
      </DeviceKitProvider>
    </QueryClientProvider>
  )
  const { result } = renderHook(() => ({ list: useDevices(), signOut: useSignOutEverywhere() }), { wrapper })
  await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
  emulator.resetCalls()
  return { api, here, elsewhere, events, onSignIn, queryClient, result }
}

/** Asks the emulator for new tokens with a session's refresh token, as Amplify 6.14+ does. */
async function refresh(emulator: CognitoEmulator, session: { refreshToken: string; deviceKey: string | undefined }) {
  const answer = await callEmulator(emulator, 'GetTokensFromRefreshToken', {
    ClientId: emulator.clientId,
    RefreshToken: session.refreshToken,
    DeviceKey: session.deviceKey,
  })
  return answer.status === 200 ? 'refreshed' : (answer.headers.get('x-amzn-errortype') ?? '').split(':')[0]
}

describe('useSignOutEverywhere with the token adapter', () => {
  it('sends one GlobalSignOut; every session of the user ends, the cache is emptied and onSignIn runs', async () => {
    const emulator = cognito.emulator
    const { here, elsewhere, events, onSignIn, queryClient, result } = await signedInTwice(emulator)
    // The session then ends in the error boundary (signed out), which React reports on console.error.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(await refresh(emulator, elsewhere)).toBe('refreshed')

    await act(() => result.current.signOut.mutateAsync())

    expect(emulator.calls('GlobalSignOut')).toBe(1)
    expect(events).toEqual(['signed-out'])
    expect(onSignIn).toHaveBeenCalledTimes(1)
    expect(queryClient.getQueriesData({ queryKey: deviceKeys.users() }).filter(([, data]) => data !== undefined)).toEqual([])
    await waitFor(() => expect(queryClient.getQueryState(deviceKeys.session())?.error).toMatchObject({ name: 'NoSessionError' }))
    // The old refresh tokens, of this device and of the other one, are refused ...
    expect(await refresh(emulator, here)).toBe('NotAuthorizedException')
    expect(await refresh(emulator, elsewhere)).toBe('NotAuthorizedException')
    // ... and the old access token answers as Cognito does after GlobalSignOut.
    await expect(callEmulator(emulator, 'ListDevices', { AccessToken: here.accessToken })).resolves.toMatchObject({
      body: { __type: 'NotAuthorizedException', message: 'Access Token has been revoked' },
    })
  })

  it('keeps everything when Cognito fails: the error is typed, the devices stay, the session goes on', async () => {
    const emulator = cognito.emulator
    const { api, here, events, onSignIn, result } = await signedInTwice(emulator)
    const listed = result.current.list.devices
    emulator.faults.set('GlobalSignOut', { error: { name: 'InternalErrorException' } })

    act(() => result.current.signOut.mutate())
    await waitFor(() => expect(result.current.signOut.isError).toBe(true))

    expect(result.current.signOut.error).toMatchObject({ name: 'InternalErrorException' })
    expect(emulator.calls('GlobalSignOut')).toBe(1) // not retried: the user decides
    expect(events).toEqual([])
    expect(onSignIn).not.toHaveBeenCalled()
    expect(result.current.list.devices).toBe(listed)
    expect(await refresh(emulator, here)).toBe('refreshed')
    await expect(api.listDevices()).resolves.toMatchObject({ devices: expect.any(Array) })
  })

  it('reports a lost connection as a NetworkError and signs out nobody', async () => {
    const emulator = cognito.emulator
    const { here, onSignIn, result } = await signedInTwice(emulator)
    cognito.server.use(
      http.post(ENDPOINT, ({ request }) =>
        request.headers.get('x-amz-target')?.endsWith('.GlobalSignOut') ? HttpResponse.error() : undefined,
      ),
    )

    act(() => result.current.signOut.mutate())
    await waitFor(() => expect(result.current.signOut.isError).toBe(true))

    expect(result.current.signOut.error).toMatchObject({ name: 'NetworkError' })
    expect(onSignIn).not.toHaveBeenCalled()
    expect(result.current.list.isSuccess).toBe(true)
    expect(await refresh(emulator, here)).toBe('refreshed')
  })
})
