import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DeviceErrorView } from '../../src/boundary'
import { CognitoError } from '../../src/model/errors'

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe('DeviceErrorView inline (focusHeading={false})', () => {
  it('is a polite status region named by its heading and leaves focus where the user is', () => {
    render(
      <>
        <button type="button">Forget this device</button>
        <div id="slot" />
      </>,
    )
    const userButton = screen.getByRole('button', { name: 'Forget this device' })
    userButton.focus()
    render(<DeviceErrorView state="unavailable" focusHeading={false} onRetry={vi.fn()} />)
    const region = screen.getByRole('status', { name: "Devices can't be reached right now" })
    expect(region).toHaveAttribute('data-state', 'unavailable')
    expect(userButton).toHaveFocus()
  })

  it('is a group (no live region) when it takes focus, so the heading is announced once', () => {
    render(<DeviceErrorView state="unavailable" />)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('group', { name: "Devices can't be reached right now" })).toBeInTheDocument()
    const heading = screen.getByRole('heading', { name: "Devices can't be reached right now" })
    expect(heading).toHaveFocus()
    expect(heading).toHaveAttribute('tabindex', '-1')
    expect(heading).toHaveAccessibleDescription("The device service didn't answer; please try again in a moment.")
  })

  it('moves focus to the new heading when the state changes', () => {
    const { rerender } = render(<DeviceErrorView state="throttled" />)
    screen.getByRole('heading', { name: 'Too many requests' }).blur()
    rerender(<DeviceErrorView state="unavailable" />)
    expect(screen.getByRole('heading', { name: "Devices can't be reached right now" })).toHaveFocus()
  })
})

describe('DeviceErrorView actions', () => {
  it('calls onRetry from the Try again button', async () => {
    const onRetry = vi.fn()
    render(<DeviceErrorView state="unknown" onRetry={onRetry} />)
    const button = screen.getByRole('button', { name: 'Try again' })
    expect(button).toHaveClass('rcd-error__action')
    await userEvent.click(button)
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it("shows an admin state given no admin words as unknown's heading and sentence, with no button to press", () => {
    const onRetry = vi.fn()
    render(<DeviceErrorView state="admin-access-denied" onRetry={onRetry} />)

    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
    expect(screen.getByText(/^Try again; if it keeps happening/)).toBeInTheDocument()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it("offers Try again for an admin state whose words label a button (the admin entry's credentials state)", async () => {
    const onRetry = vi.fn()
    const displayText = { states: { 'admin-credentials': { heading: 'Sign in as an admin', message: 'Your credentials ran out.', action: 'Retry now' } } }
    render(<DeviceErrorView state="admin-credentials" onRetry={onRetry} displayText={displayText} />)

    await userEvent.click(screen.getByRole('button', { name: 'Retry now' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('renders no Try again button without onRetry', () => {
    render(<DeviceErrorView state="unavailable" />)
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('never offers Retry where sending the same request again cannot help', () => {
    const onRetry = vi.fn()
    render(
      <>
        <DeviceErrorView state="misconfigured" onRetry={onRetry} focusHeading={false} />
        <DeviceErrorView state="device-not-found" onRetry={onRetry} focusHeading={false} />
        <DeviceErrorView state="invalid-request" onRetry={onRetry} focusHeading={false} />
        <DeviceErrorView state="offline" onRetry={onRetry} focusHeading={false} />
      </>,
    )
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('does not offer Retry in place of sign-in', () => {
    render(<DeviceErrorView state="signed-out" onRetry={vi.fn()} />)
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})

describe('DeviceErrorView throttled wait', () => {
  it('counts down to retryAt and does not call onRetry by itself unless autoRetry', () => {
    vi.useFakeTimers()
    const onRetry = vi.fn()
    render(<DeviceErrorView state="throttled" retryAt={Date.now() + 3000} onRetry={onRetry} focusHeading={false} />)
    expect(screen.getByText('Trying again in 3 seconds.')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(2000))
    expect(screen.getByText('Trying again in 1 second.')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByText('Trying again…')).toBeInTheDocument()
    expect(onRetry).not.toHaveBeenCalled()
  })

  it('calls onRetry once when the wait is over with autoRetry', () => {
    vi.useFakeTimers()
    const onRetry = vi.fn()
    render(<DeviceErrorView state="throttled" retryInSeconds={2} onRetry={onRetry} autoRetry />)
    expect(screen.getByText('Trying again in 2 seconds.')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1999))
    expect(onRetry).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(10_000))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('takes a Date for retryAt', () => {
    vi.useFakeTimers()
    render(<DeviceErrorView state="throttled" retryAt={new Date(Date.now() + 10_000)} />)
    expect(screen.getByText('Trying again in 10 seconds.')).toBeInTheDocument()
  })

  it('shows no countdown without a wait, and keeps the countdown out of any live region', () => {
    const { rerender } = render(<DeviceErrorView state="throttled" focusHeading={false} />)
    expect(screen.queryByText(/Trying again/)).not.toBeInTheDocument()
    rerender(<DeviceErrorView state="throttled" retryInSeconds={9} focusHeading={false} />)
    expect(screen.getByText('Trying again in 9 seconds.')).toHaveAttribute('aria-live', 'off')
  })
})

describe('DeviceErrorView offline', () => {
  it('calls onRetry on the online event with autoRetry', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const onRetry = vi.fn()
    render(<DeviceErrorView state="offline" onRetry={onRetry} autoRetry />)
    expect(onRetry).not.toHaveBeenCalled()
    onLine.mockReturnValue(true)
    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('leaves resuming to the query layer without autoRetry', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const onRetry = vi.fn()
    render(<DeviceErrorView state="offline" onRetry={onRetry} />)
    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(onRetry).not.toHaveBeenCalled()
  })
})

describe('DeviceErrorView language', () => {
  it('marks Arabic text right to left, in Arabic', () => {
    render(<DeviceErrorView state="unknown" locale="ar" />)
    const view = screen.getByRole('heading', { name: 'حدث خطأ ما' }).closest('[data-state]')
    expect(view).toHaveAttribute('lang', 'ar')
    expect(view).toHaveAttribute('dir', 'rtl')
  })

  it('marks the English shown for a locale with no translation as English, left to right', () => {
    render(<DeviceErrorView state="signed-out" locale="he-IL" onSignIn={() => {}} />)
    const view = screen.getByRole('heading', { name: 'Your session has ended' }).closest('[data-state]')
    expect(view).toHaveAttribute('lang', 'en')
    expect(view).toHaveAttribute('dir', 'ltr')
  })
})

describe('DeviceErrorView parts', () => {
  it('merges className, spreads other props, forwards the ref and sets the heading level', () => {
    const ref = createRef<HTMLDivElement>()
    render(<DeviceErrorView ref={ref} state="blocked" className="host-class" id="device-error" headingLevel={3} />)
    const root = document.getElementById('device-error')
    expect(root).toBe(ref.current)
    expect(root).toHaveClass('rcd-error', 'rcd-error--blocked', 'host-class')
    expect(screen.getByRole('heading', { level: 3, name: 'Request blocked' })).toHaveClass('rcd-error__heading')
    expect(screen.getByText(/A security check blocked the request/)).toHaveClass('rcd-error__message')
  })

  it('shows details only when the error has a name or request id', () => {
    const { rerender } = render(<DeviceErrorView state="unknown" error="just a string" />)
    expect(screen.queryByText('Details for support')).not.toBeInTheDocument()
    rerender(
      <DeviceErrorView
        state="unavailable"
        error={new CognitoError({ name: 'InternalErrorException', message: 'Stack trace at line 3', status: 500, requestId: 'rid-9' })}
      />,
    )
    expect(screen.getByText('Details for support')).toBeInTheDocument()
    expect(screen.getByText('InternalErrorException')).toBeInTheDocument()
    expect(screen.getByText('rid-9')).toBeInTheDocument()
    expect(screen.queryByText(/Stack trace/)).not.toBeInTheDocument()
  })

  it('renders an attacker-chosen error name as text, not markup', () => {
    render(<DeviceErrorView state="unknown" error={{ name: '<img src=x onerror=alert(1)>' }} />)
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument()
    expect(document.querySelector('img')).toBeNull()
  })
})
