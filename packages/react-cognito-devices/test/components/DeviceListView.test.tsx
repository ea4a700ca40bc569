import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DeviceListView } from '../../src/components'
import { makeDevice, now, safariOnIphone } from './fixtures'

const current = makeDevice({ key: 'us-east-1_current' })
const phone = makeDevice({ key: 'us-east-1_phone', name: safariOnIphone })

describe('DeviceListView', () => {
  it('lists devices as cards in a labelled list, the current one badged', () => {
    render(<DeviceListView data-testid="list-root" devices={[current, phone]} currentDeviceKey={current.key} now={now} />)
    const list = screen.getByRole('list', { name: 'Your devices' })
    const cards = within(list).getAllByRole('article')
    expect(cards.map((card) => card.getAttribute('data-state'))).toEqual(['current', 'remembered'])
    expect(within(cards[0]!).getByText('This device')).toBeInTheDocument()
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
    expect(screen.getByTestId('list-root')).toHaveAttribute('data-state', 'ready')
  })

  it('shows busy skeleton rows and a status while loading', () => {
    render(<DeviceListView data-testid="list-root" devices={[]} isLoading skeletonCount={4} />)
    const list = screen.getByRole('list', { name: 'Your devices' })
    expect(list).toHaveAttribute('aria-busy', 'true')
    expect(list.querySelectorAll('.rcd-device-list__skeleton')).toHaveLength(4)
    expect(screen.getByRole('status')).toHaveTextContent('Loading devices…')
    expect(screen.getByTestId('list-root')).toHaveAttribute('data-state', 'loading')
  })

  it('shows a designed empty state with a heading and one sentence', () => {
    render(<DeviceListView data-testid="list-root" devices={[]} />)
    const empty = screen.getByRole('region', { name: 'No remembered devices' })
    expect(within(empty).getByRole('heading', { level: 3 })).toHaveTextContent('No remembered devices')
    expect(empty).toHaveTextContent('Devices you choose to remember when you sign in will appear here.')
    expect(screen.queryByRole('list')).toBeNull()
    expect(screen.getByTestId('list-root')).toHaveAttribute('data-state', 'empty')
  })

  it('shows an inline error row with a retry button', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    render(<DeviceListView data-testid="list-root" devices={[]} error="offline" onRetry={onRetry} />)
    expect(screen.getByRole('alert')).toHaveTextContent('You appear to be offline. Check your connection and try again.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
    expect(screen.getByTestId('list-root')).toHaveAttribute('data-state', 'error')
    expect(screen.queryByRole('region')).toBeNull()
  })

  it('shows a retry under way: busy, "Trying again…", presses ignored, the error still shown', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    render(<DeviceListView data-testid="list-root" devices={[]} error="unavailable" onRetry={onRetry} isRetrying />)
    const root = screen.getByTestId('list-root')
    expect(root).toHaveAttribute('aria-busy', 'true')
    expect(root).toHaveAttribute('data-retrying', '')
    expect(root).toHaveAttribute('data-state', 'error')
    expect(screen.getByRole('alert')).toHaveTextContent('temporarily unavailable')
    const button = screen.getByRole('button', { name: 'Trying again…' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAttribute('data-state', 'loading')
    await user.click(button)
    expect(onRetry).not.toHaveBeenCalled()
  })

  it('announces a retry that fails again with a new alert, not while it runs', () => {
    const list = (isRetrying: boolean) => <DeviceListView devices={[]} error="unavailable" onRetry={() => {}} isRetrying={isRetrying} />
    const { rerender } = render(list(false))
    const first = screen.getByRole('alert')
    rerender(list(true))
    expect(screen.getByRole('alert')).toBe(first)
    rerender(list(false))
    expect(screen.getByRole('alert')).not.toBe(first)
    expect(screen.getByRole('alert')).toHaveTextContent('temporarily unavailable')
    expect(screen.getByRole('button', { name: 'Try again' })).not.toHaveAttribute('aria-disabled')
  })

  it.each([
    ['de', 'Neuer Versuch läuft …'],
    ['ar', 'جارٍ إعادة المحاولة…'],
  ])('reads the retry under way in %s', (locale, label) => {
    render(<DeviceListView devices={[]} error="unavailable" onRetry={() => {}} isRetrying locale={locale} />)
    expect(screen.getByRole('button', { name: label })).toHaveAttribute('aria-disabled', 'true')
  })

  it('keeps the cards already shown when a later load fails', () => {
    render(<DeviceListView data-testid="list-root" devices={[phone]} error="throttled" now={now} />)
    expect(screen.getAllByRole('article')).toHaveLength(1)
    expect(screen.getByRole('alert')).toHaveTextContent('Too many requests.')
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
    expect(screen.getByTestId('list-root')).toHaveAttribute('data-state', 'ready')
    expect(screen.getByTestId('list-root')).toHaveAttribute('data-error', '')
  })

  it('offers "Show more" when there are more pages', async () => {
    const user = userEvent.setup()
    const onShowMore = vi.fn()
    render(<DeviceListView devices={[phone]} hasMore onShowMore={onShowMore} now={now} />)
    await user.click(screen.getByRole('button', { name: 'Show more' }))
    expect(onShowMore).toHaveBeenCalledOnce()
  })

  it('has no "Show more" on the last page', () => {
    render(<DeviceListView devices={[phone]} hasMore={false} onShowMore={() => {}} now={now} />)
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull()
  })

  it('reads "Loading more…" and ignores presses while the next page loads', async () => {
    const user = userEvent.setup()
    const onShowMore = vi.fn()
    render(<DeviceListView data-testid="list-root" devices={[phone]} hasMore onShowMore={onShowMore} isFetchingMore now={now} />)
    const button = screen.getByRole('button', { name: 'Loading more…' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    await user.click(button)
    expect(onShowMore).not.toHaveBeenCalled()
    expect(screen.getByRole('list')).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByTestId('list-root')).toHaveAttribute('data-fetching-more', '')
  })

  it('puts renderActions into each card', () => {
    render(
      <DeviceListView
        devices={[current, phone]}
        currentDeviceKey={current.key}
        now={now}
        renderActions={(device, { isCurrent }) => (
          <button type="button">{isCurrent ? 'Forget this device' : `Forget ${device.key}`}</button>
        )}
      />,
    )
    const [first, second] = screen.getAllByRole('article')
    expect(within(first!).getByRole('button', { name: 'Forget this device' })).toBeInTheDocument()
    expect(within(second!).getByRole('button', { name: 'Forget us-east-1_phone' })).toBeInTheDocument()
  })

  it('passes formatDeviceName to every card', () => {
    render(<DeviceListView devices={[current, phone]} now={now} formatDeviceName={(device) => `Device ${device.key}`} />)
    expect(screen.getByRole('article', { name: 'Device us-east-1_phone' })).toBeInTheDocument()
  })

  it('speaks German', () => {
    render(<DeviceListView locale="de" devices={[]} error="offline" onRetry={() => {}} />)
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument()
  })

  it('speaks Arabic', () => {
    render(<DeviceListView locale="ar" devices={[]} />)
    expect(screen.getByRole('heading', { name: 'لا توجد أجهزة محفوظة' })).toBeInTheDocument()
  })

  it('marks Arabic text right to left, in Arabic, whatever the page is', () => {
    render(<DeviceListView data-testid="list-root" devices={[]} locale="ar" />)
    expect(screen.getByRole('heading')).toHaveTextContent('لا توجد أجهزة محفوظة')
    expect(screen.getByTestId('list-root')).toHaveAttribute('lang', 'ar')
    expect(screen.getByTestId('list-root')).toHaveAttribute('dir', 'rtl')
  })

  it('marks the English shown for a locale with no translation as English, left to right', () => {
    render(<DeviceListView data-testid="list-root" devices={[]} locale="he" />)
    expect(screen.getByRole('heading')).toHaveTextContent('No remembered devices')
    expect(screen.getByTestId('list-root')).toHaveAttribute('lang', 'en')
    expect(screen.getByTestId('list-root')).toHaveAttribute('dir', 'ltr')
  })

  it('lets displayText override the error message', () => {
    render(<DeviceListView devices={[]} error="unknown" displayText={{ errorMessage: (state) => `Failed: ${state}` }} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Failed: unknown')
  })

  it('lets displayText override the list label', () => {
    render(<DeviceListView devices={[phone]} now={now} displayText={{ deviceListLabel: 'Signed-in devices' }} />)
    expect(screen.getByRole('list', { name: 'Signed-in devices' })).toBeInTheDocument()
  })

  it('lets displayText override the empty state', () => {
    render(<DeviceListView devices={[]} displayText={{ emptyTitle: 'Nothing here' }} />)
    expect(screen.getByRole('heading', { name: 'Nothing here' })).toBeInTheDocument()
  })

  it('merges className, spreads other props and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>()
    render(<DeviceListView ref={ref} data-testid="list-root" className="host" devices={[]} />)
    const root = screen.getByTestId('list-root')
    expect(root).toHaveClass('rcd-device-list', 'rcd-device-list--empty', 'host')
    expect(ref.current).toBe(root)
  })

  it('drops the rcd- classes from itself and every card when unstyled', () => {
    const { container } = render(<DeviceListView unstyled devices={[current, phone]} currentDeviceKey={current.key} now={now} />)
    expect(container.querySelector('[class*="rcd-"]')).toBeNull()
    expect(screen.getAllByRole('article')[0]).toHaveAttribute('data-state', 'current')
  })
})
