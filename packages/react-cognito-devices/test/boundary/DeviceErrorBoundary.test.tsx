import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DeviceApi, DeviceApiEvent } from '../../src/api/DeviceApi'
import { DeviceErrorBoundary } from '../../src/boundary'
import {
  CognitoError,
  ConfigurationError,
  InvalidDeviceKeyError,
  NetworkError,
  NoSessionError,
} from '../../src/model/errors'
import type { DeviceErrorState } from '../../src/errors/classifyError'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'

function cognitoError(name: string, status = 400): CognitoError {
  return new CognitoError({ name, message: `server text for ${name}`, status, requestId: 'req-42' })
}

/** aws-amplify's AuthError shape, as thrown by fetchDevices() before Amplify.configure. */
function amplifyAuthError(name: string): Error {
  return Object.assign(new Error('Auth UserPool not configured.'), { name })
}

/** Throws `error` while `failing.now` is true, else renders the devices. */
function DevicesOrThrow({ error, failing }: { error: unknown; failing: { now: boolean } }) {
  if (failing.now) throw error
  return <p>Devices loaded</p>
}

function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } })
}

function inQueryClient(children: ReactNode) {
  return <QueryClientProvider client={testQueryClient()}>{children}</QueryClientProvider>
}

const unusedApi: DeviceApi = {
  getSession: () => Promise.reject(new Error('not used')),
  getDevice: () => Promise.reject(new Error('not used')),
  listDevices: () => Promise.reject(new Error('not used')),
  forgetDevice: () => Promise.reject(new Error('not used')),
  setRemembered: () => Promise.reject(new Error('not used')),
}

beforeEach(() => {
  // React reports every caught render error with console.error; the tests assert on the UI instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe('signed-out', () => {
  it('shows the heading, the sentence and "Sign in again", which calls onSignIn', async () => {
    const onSignIn = vi.fn()
    render(
      inQueryClient(
        <DeviceErrorBoundary onSignIn={onSignIn}>
          <DevicesOrThrow error={cognitoError('NotAuthorizedException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    const heading = screen.getByRole('heading', { name: 'Your session has ended' })
    expect(heading.closest('[data-state]')).toHaveAttribute('data-state', 'signed-out')
    expect(screen.getByText('Sign in again to see and manage your devices.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }))
    expect(onSignIn).toHaveBeenCalledTimes(1)
  })

  it("without a callback it still explains, and renders no dead button", () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={new NoSessionError()} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Your session has ended' })).toBeInTheDocument()
    expect(screen.getByText('Sign in again to see and manage your devices.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Sign in again' })).not.toBeInTheDocument()
  })

  it("falls back to the DeviceKitProvider's onSignIn", async () => {
    const onSignIn = vi.fn()
    render(
      inQueryClient(
        <DeviceKitProvider api={unusedApi} locale="en" onSignIn={onSignIn}>
          <DeviceErrorBoundary>
            <DevicesOrThrow error={amplifyAuthError('UserUnAuthenticatedException')} failing={{ now: true }} />
          </DeviceErrorBoundary>
        </DeviceKitProvider>,
      ),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }))
    expect(onSignIn).toHaveBeenCalledTimes(1)
  })

  it('prefers its own onSignIn to the provider’s', async () => {
    const fromProvider = vi.fn()
    const fromProp = vi.fn()
    render(
      inQueryClient(
        <DeviceKitProvider api={unusedApi} locale="en" onSignIn={fromProvider}>
          <DeviceErrorBoundary onSignIn={fromProp}>
            <DevicesOrThrow error={cognitoError('NotAuthorizedException')} failing={{ now: true }} />
          </DeviceErrorBoundary>
        </DeviceKitProvider>,
      ),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }))
    expect(fromProp).toHaveBeenCalledTimes(1)
    expect(fromProvider).not.toHaveBeenCalled()
  })

  it('moves focus to the heading', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={cognitoError('NotAuthorizedException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Your session has ended' })).toHaveFocus()
  })
})

describe('password-reset-required', () => {
  it('shows "Reset password", which calls onResetPassword', async () => {
    const onResetPassword = vi.fn()
    render(
      inQueryClient(
        <DeviceErrorBoundary onResetPassword={onResetPassword}>
          <DevicesOrThrow error={cognitoError('PasswordResetRequiredException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Password reset required' })).toHaveFocus()
    expect(
      screen.getByText('Your account needs a new password before you can manage your devices: reset it, then sign in again.'),
    ).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Reset password' }))
    expect(onResetPassword).toHaveBeenCalledTimes(1)
  })

  it('without a callback it explains and has no button', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={cognitoError('PasswordResetRequiredException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByText(/reset it, then sign in again/)).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})

describe('account-unconfirmed', () => {
  it('shows "Confirm account", which calls onConfirmAccount', async () => {
    const onConfirmAccount = vi.fn()
    render(
      inQueryClient(
        <DeviceErrorBoundary onConfirmAccount={onConfirmAccount}>
          <DevicesOrThrow error={cognitoError('UserNotConfirmedException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Account not confirmed' })).toHaveFocus()
    expect(
      screen.getByText('Confirm your account with the code you were sent by email or text message, then sign in again.'),
    ).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Confirm account' }))
    expect(onConfirmAccount).toHaveBeenCalledTimes(1)
  })

  it('without a callback it explains and has no button', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={cognitoError('UserNotConfirmedException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByText(/Confirm your account with the code/)).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})

describe('misconfigured', () => {
  it('tells the developer to call Amplify.configure when Amplify is not configured, with no button', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary onSignIn={vi.fn()}>
          <DevicesOrThrow error={amplifyAuthError('AuthUserPoolException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: "Device management isn't set up" })).toHaveFocus()
    expect(screen.getByText(/call Amplify\.configure\(\.\.\.\) with Auth\.Cognito settings/)).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('tells the developer to turn on device tracking when the pool has it off', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={cognitoError('OperationNotEnabledException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByText(/turn on device tracking in the Cognito user pool/)).toBeInTheDocument()
  })

  it("covers the kit's own ConfigurationError", () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={new ConfigurationError('no region')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: "Device management isn't set up" })).toBeInTheDocument()
  })
})

describe('device-not-found', () => {
  it('says the device is no longer remembered, with no retry button', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={cognitoError('ResourceNotFoundException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Device not found' })).toHaveFocus()
    expect(screen.getByText(/no longer remembered for your account/)).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})

describe('invalid-request', () => {
  it('asks to reload and points to the details for support, with no retry button', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={new InvalidDeviceKeyError('')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: "The request wasn't accepted" })).toHaveFocus()
    expect(screen.getByText(/contact support with the details below/)).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})

describe('blocked', () => {
  it('explains the security block and Try again renders the children again', async () => {
    const failing = { now: true }
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={cognitoError('ForbiddenException', 403)} failing={failing} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Request blocked' })).toHaveFocus()
    expect(screen.getByText(/A security check blocked the request/)).toBeInTheDocument()
    failing.now = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Devices loaded')).toBeInTheDocument()
  })
})

describe('throttled', () => {
  it('shows the wait, counts down, and tries again by itself when it is over', () => {
    vi.useFakeTimers()
    const failing = { now: true }
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={cognitoError('TooManyRequestsException', 429)} failing={failing} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Too many requests' })).toHaveFocus()
    expect(screen.getByText('Trying again in 5 seconds.')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByText('Trying again in 4 seconds.')).toBeInTheDocument()
    failing.now = false
    act(() => vi.advanceTimersByTime(4000))
    expect(screen.getByText('Devices loaded')).toBeInTheDocument()
  })

  it('has a Try again button for those who do not want to wait', async () => {
    const failing = { now: true }
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={cognitoError('TooManyRequestsException', 429)} failing={failing} />
        </DeviceErrorBoundary>,
      ),
    )
    failing.now = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Devices loaded')).toBeInTheDocument()
  })
})

describe('offline', () => {
  it("says we'll try again when back online, shows no button, and resumes on the online event", () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const failing = { now: true }
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={new NetworkError('fetch failed')} failing={failing} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: "You're offline" })).toHaveFocus()
    expect(screen.getByText("Check your connection; we'll try again when you're back online.")).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()

    failing.now = false
    onLine.mockReturnValue(true)
    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(screen.getByText('Devices loaded')).toBeInTheDocument()
  })

  it('a network failure while the browser is online is "unavailable", not "offline"', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={new NetworkError('fetch failed')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: "Devices can't be reached right now" })).toBeInTheDocument()
  })
})

describe('unavailable', () => {
  it('offers Try again, which resets the failed query so it fetches again and shows the data', async () => {
    let calls = 0
    function DeviceCount() {
      const { data } = useQuery({
        queryKey: ['devices-probe'],
        queryFn: () => {
          calls += 1
          if (calls === 1) return Promise.reject(cognitoError('InternalErrorException', 500))
          return Promise.resolve('3 devices')
        },
        throwOnError: true,
      })
      return <p>{data ?? 'Loading'}</p>
    }
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DeviceCount />
        </DeviceErrorBoundary>,
      ),
    )
    await waitFor(() => expect(screen.getByRole('heading', { name: "Devices can't be reached right now" })).toHaveFocus()) // focus moves in an effect after the heading appears
    expect(screen.getByText("The device service didn't answer; please try again in a moment.")).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('3 devices')).toBeInTheDocument()
    expect(calls).toBe(2)
  })

  it('covers a 5xx without a known name', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={cognitoError('UnknownError', 503)} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: "Devices can't be reached right now" })).toBeInTheDocument()
  })
})

describe('unknown', () => {
  it('says something went wrong, points to support and offers Try again', async () => {
    const failing = { now: true }
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={new TypeError('x is not a function')} failing={failing} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toHaveFocus()
    expect(screen.getByText('Try again; if it keeps happening, contact support with the details below.')).toBeInTheDocument()
    failing.now = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Devices loaded')).toBeInTheDocument()
  })

  it('covers a thrown value that is not an Error', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error="a string" failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
  })
})

describe('what the view shows of the error', () => {
  it("shows the exception name and request id under details, never the server's message", () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={cognitoError('NotAuthorizedException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByText('Details for support')).toBeInTheDocument()
    expect(screen.getByText('NotAuthorizedException')).toBeInTheDocument()
    expect(screen.getByText('req-42')).toBeInTheDocument()
    expect(screen.queryByText(/server text/)).not.toBeInTheDocument()
  })
})

describe('fallback override', () => {
  const states: [DeviceErrorState, unknown][] = [
    ['signed-out', cognitoError('NotAuthorizedException')],
    ['password-reset-required', cognitoError('PasswordResetRequiredException')],
    ['account-unconfirmed', cognitoError('UserNotConfirmedException')],
    ['misconfigured', cognitoError('InvalidUserPoolConfigurationException')],
    ['device-not-found', cognitoError('ResourceNotFoundException')],
    ['invalid-request', cognitoError('InvalidParameterException')],
    ['blocked', cognitoError('ForbiddenException', 403)],
    ['throttled', cognitoError('TooManyRequestsException', 429)],
    ['unavailable', cognitoError('InternalErrorException', 500)],
    ['unknown', new Error('x')],
  ]
  it.each(states)('replaces the %s view, gets state and error, and its retry renders the children again', async (state, error) => {
    const failing = { now: true }
    render(
      inQueryClient(
        <DeviceErrorBoundary
          fallback={{
            [state]: (props: { state: DeviceErrorState; error: unknown; retry: () => void }) => (
              <div>
                <p>Custom view for {props.state}</p>
                <p>{props.error === error ? 'same error' : 'other error'}</p>
                <button type="button" onClick={props.retry}>
                  Custom retry
                </button>
              </div>
            ),
          }}
        >
          <DevicesOrThrow error={error} failing={failing} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByText(`Custom view for ${state}`)).toBeInTheDocument()
    expect(screen.getByText('same error')).toBeInTheDocument()
    expect(screen.queryByRole('heading')).not.toBeInTheDocument()
    failing.now = false
    await userEvent.click(screen.getByRole('button', { name: 'Custom retry' }))
    expect(screen.getByText('Devices loaded')).toBeInTheDocument()
  })

  it('replaces the offline view', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    render(
      inQueryClient(
        <DeviceErrorBoundary fallback={{ offline: ({ state }) => <p>Custom view for {state}</p> }}>
          <DevicesOrThrow error={new NetworkError('x')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByText('Custom view for offline')).toBeInTheDocument()
  })

  it('keeps the built-in view for states it does not override', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary fallback={{ throttled: () => <p>Custom throttled</p> }}>
          <DevicesOrThrow error={cognitoError('NotAuthorizedException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Your session has ended' })).toBeInTheDocument()
    expect(screen.queryByText('Custom throttled')).not.toBeInTheDocument()
  })
})

describe('displayText override', () => {
  it('replaces the heading, sentence and action label of one state', async () => {
    const onSignIn = vi.fn()
    render(
      inQueryClient(
        <DeviceErrorBoundary
          onSignIn={onSignIn}
          displayText={{ states: { 'signed-out': { heading: 'Logged out', message: 'Please log in.', action: 'Log in' } } }}
        >
          <DevicesOrThrow error={cognitoError('NotAuthorizedException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Logged out' })).toBeInTheDocument()
    expect(screen.getByText('Please log in.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }))
    expect(onSignIn).toHaveBeenCalledTimes(1)
  })

  it('replaces only what it names; the rest stays the default', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary onSignIn={vi.fn()} displayText={{ states: { 'signed-out': { heading: 'Logged out' } } }}>
          <DevicesOrThrow error={cognitoError('NotAuthorizedException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Logged out' })).toBeInTheDocument()
    expect(screen.getByText('Sign in again to see and manage your devices.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeInTheDocument()
  })

  it('takes a function for the countdown', () => {
    vi.useFakeTimers()
    render(
      inQueryClient(
        <DeviceErrorBoundary displayText={{ retryCountdown: (seconds) => `Back in ${seconds}s` }}>
          <DevicesOrThrow error={cognitoError('TooManyRequestsException', 429)} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByText('Back in 5s')).toBeInTheDocument()
  })
})

describe('onError', () => {
  it('reports the classified state with the error, once', () => {
    const onError = vi.fn()
    const error = cognitoError('PasswordResetRequiredException')
    render(
      inQueryClient(
        <DeviceErrorBoundary onError={onError}>
          <DevicesOrThrow error={error} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError).toHaveBeenCalledWith('password-reset-required', error)
  })
})

describe('what it does not catch', () => {
  it("lets an error thrown by the host's own component outside it reach the host's boundary", () => {
    function HostWidget(): ReactNode {
      throw new Error('host bug')
    }
    const onError = vi.fn()
    render(
      inQueryClient(
        <ErrorBoundary fallbackRender={({ error }) => <p>Host caught: {(error as Error).message}</p>}>
          <HostWidget />
          <DeviceErrorBoundary onError={onError}>
            <p>Devices here</p>
          </DeviceErrorBoundary>
        </ErrorBoundary>,
      ),
    )
    expect(screen.getByText('Host caught: host bug')).toBeInTheDocument()
    expect(onError).not.toHaveBeenCalled()
    expect(document.querySelector('[data-state]')).toBeNull()
  })

  it('renders its children untouched when nothing throws', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <p>Devices here</p>
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByText('Devices here')).toBeInTheDocument()
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
  })

  it('a host error outside, uncaught by anyone, propagates out of render', () => {
    function HostWidget(): ReactNode {
      throw new Error('host bug')
    }
    expect(() =>
      render(
        inQueryClient(
          <div>
            <HostWidget />
            <DeviceErrorBoundary>
              <p>Devices here</p>
            </DeviceErrorBoundary>
          </div>,
        ),
      ),
    ).toThrow('host bug')
  })
})

describe('clearing a shown state', () => {
  const signedOutHeading = { name: 'Your session has ended' }

  it('a sign-in reported by the DeviceApi clears "signed out" and shows the devices again', async () => {
    let report: ((event: DeviceApiEvent) => void) | undefined
    const api: DeviceApi = { ...unusedApi, subscribe: (listener) => ((report = listener), () => undefined) }
    const failing = { now: true }
    render(
      inQueryClient(
        <DeviceKitProvider api={api}>
          <DeviceErrorBoundary>
            <DevicesOrThrow error={new NoSessionError()} failing={failing} />
          </DeviceErrorBoundary>
        </DeviceKitProvider>,
      ),
    )
    expect(await screen.findByRole('heading', signedOutHeading)).toBeInTheDocument()
    failing.now = false
    act(() => report?.('signed-in'))
    expect(await screen.findByText('Devices loaded')).toBeInTheDocument()
  })

  it('a change of resetKeys clears it; a render with the same keys keeps it', () => {
    const failing = { now: true }
    const client = testQueryClient()
    const tree = (user: string) => (
      <QueryClientProvider client={client}>
        <DeviceErrorBoundary resetKeys={[user]}>
          <DevicesOrThrow error={new NoSessionError()} failing={failing} />
        </DeviceErrorBoundary>
      </QueryClientProvider>
    )
    const { rerender } = render(tree('alice'))
    expect(screen.getByRole('heading', signedOutHeading)).toBeInTheDocument()
    failing.now = false
    rerender(tree('alice'))
    expect(screen.getByRole('heading', signedOutHeading)).toBeInTheDocument()
    rerender(tree('bob'))
    expect(screen.getByText('Devices loaded')).toBeInTheDocument()
  })
})

describe('locales', () => {
  it('renders German from the provider locale', async () => {
    const onSignIn = vi.fn()
    render(
      inQueryClient(
        <DeviceKitProvider api={unusedApi} locale="de-DE" onSignIn={onSignIn}>
          <DeviceErrorBoundary>
            <DevicesOrThrow error={cognitoError('NotAuthorizedException')} failing={{ now: true }} />
          </DeviceErrorBoundary>
        </DeviceKitProvider>,
      ),
    )
    const heading = screen.getByRole('heading', { name: 'Ihre Sitzung ist abgelaufen' })
    expect(heading.closest('[data-state]')).toHaveAttribute('dir', 'ltr')
    expect(heading.closest('[data-state]')).toHaveAttribute('lang', 'de-DE')
    expect(screen.getByText('Melden Sie sich erneut an, um Ihre Geräte zu sehen und zu verwalten.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Erneut anmelden' }))
    expect(onSignIn).toHaveBeenCalledTimes(1)
  })

  it('renders Arabic right to left, the locale prop winning over the provider', () => {
    render(
      inQueryClient(
        <DeviceKitProvider api={unusedApi} locale="de-DE" onResetPassword={vi.fn()}>
          <DeviceErrorBoundary locale="ar">
            <DevicesOrThrow error={cognitoError('PasswordResetRequiredException')} failing={{ now: true }} />
          </DeviceErrorBoundary>
        </DeviceKitProvider>,
      ),
    )
    const heading = screen.getByRole('heading', { name: 'يلزم تعيين كلمة مرور جديدة' })
    expect(heading.closest('[data-state]')).toHaveAttribute('dir', 'rtl')
    expect(heading.closest('[data-state]')).toHaveAttribute('lang', 'ar')
    expect(screen.getByRole('button', { name: 'إعادة تعيين كلمة المرور' })).toBeInTheDocument()
  })

  it('counts down in Arabic with the right number form', () => {
    vi.useFakeTimers()
    render(
      inQueryClient(
        <DeviceErrorBoundary locale="ar-EG">
          <DevicesOrThrow error={cognitoError('TooManyRequestsException', 429)} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'طلبات كثيرة جدًا' })).toBeInTheDocument()
    expect(screen.getByText(`نحاول مجددًا خلال ${new Intl.NumberFormat('ar').format(5)} ثوانٍ.`)).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(3000))
    expect(screen.getByText('نحاول مجددًا خلال ثانيتين.')).toBeInTheDocument()
  })

  it('uses English when neither prop nor provider gives a locale', () => {
    render(
      inQueryClient(
        <DeviceErrorBoundary>
          <DevicesOrThrow error={cognitoError('NotAuthorizedException')} failing={{ now: true }} />
        </DeviceErrorBoundary>,
      ),
    )
    expect(screen.getByRole('heading', { name: 'Your session has ended' })).toBeInTheDocument()
  })
})
