import { createRef } from 'react'
import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DeviceCard } from '../../src/components'
import { chromeOnMac, makeDevice, now, safariOnIphone } from './fixtures'

describe('DeviceCard', () => {
  it('names the device from its user agent and is labelled by that name', () => {
    render(<DeviceCard device={makeDevice()} now={now} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Chrome 131 on macOS' })).toBeInTheDocument()
    expect(screen.getByRole('article', { name: 'Chrome 131 on macOS' })).toHaveAttribute('data-device-type', 'desktop')
  })

  it('shows a decorative icon for the device type', () => {
    render(<DeviceCard device={makeDevice({ name: safariOnIphone })} now={now} />)
    const card = screen.getByRole('article', { name: 'Safari 17 on iOS' })
    const icon = card.querySelector('.rcd-device-card__icon')
    expect(icon).toHaveAttribute('aria-hidden', 'true')
    expect(icon).toHaveAttribute('data-device-type', 'mobile')
  })

  it('keeps the raw user-agent string in the details disclosure', async () => {
    const user = userEvent.setup()
    render(<DeviceCard device={makeDevice()} now={now} />)
    await user.click(screen.getByText('Details'))
    expect(await screen.findByText(chromeOnMac)).toBeVisible()
  })

  // The rows are rendered when the disclosure opens (issue 15: most cards are never opened, and the
  // rows were most of their elements), so a closed card no longer holds them for find-in-page.
  it('renders the attributes when the disclosure opens, not before', async () => {
    const user = userEvent.setup()
    const { container } = render(<DeviceCard device={makeDevice()} now={now} />)
    const details = container.querySelector('details')!
    expect(details.open).toBe(false)
    expect(within(details).queryByText(chromeOnMac)).toBeNull()
    await user.click(within(details).getByText('Details'))
    expect(details.open).toBe(true)
    expect(await within(details).findByText(chromeOnMac)).toBeVisible()
  })

  it('reads "Unknown device" when the user agent is missing', () => {
    render(<DeviceCard device={makeDevice({ name: undefined })} now={now} />)
    expect(screen.getByRole('article', { name: 'Unknown device' })).toHaveAttribute('data-device-type', 'unknown')
  })

  it('is data-state="current" with a "This device" badge for the current device, even when remembered', () => {
    render(<DeviceCard device={makeDevice({ remembered: true })} isCurrent now={now} />)
    const card = screen.getByRole('article')
    expect(card).toHaveAttribute('data-state', 'current')
    expect(card).toHaveAttribute('data-current', '')
    expect(card).toHaveClass('rcd-device-card', 'rcd-device-card--current')
    expect(within(card).getByText('This device')).toBeInTheDocument()
  })

  it('is data-state="remembered" for a remembered device', () => {
    render(<DeviceCard device={makeDevice({ remembered: true })} now={now} />)
    const card = screen.getByRole('article')
    expect(card).toHaveAttribute('data-state', 'remembered')
    expect(card).not.toHaveAttribute('data-current')
    // The status next to the name (the details disclosure also holds a "Remembered" attribute label).
    expect(within(card).getByText('Remembered', { selector: '[data-state]' })).toHaveAttribute('data-state', 'remembered')
    expect(within(card).queryByText('This device')).toBeNull()
  })

  it('is data-state="not-remembered" for a device Cognito says is not remembered', () => {
    render(<DeviceCard device={makeDevice({ remembered: false })} now={now} />)
    const card = screen.getByRole('article')
    expect(card).toHaveAttribute('data-state', 'not-remembered')
    expect(card).toHaveClass('rcd-device-card--not-remembered')
    expect(within(card).getByText('Not remembered')).toHaveAttribute('data-state', 'not-remembered')
  })

  it('counts a device without a remembered status as remembered but does not claim it in words', () => {
    render(<DeviceCard device={makeDevice({ remembered: undefined, attributes: [] })} now={now} />)
    const card = screen.getByRole('article')
    expect(card).toHaveAttribute('data-state', 'remembered')
    expect(within(card).queryByText('Remembered')).toBeNull()
    expect(within(card).queryByText('Not remembered')).toBeNull()
  })

  it('shows the three timestamps', () => {
    render(<DeviceCard device={makeDevice()} now={now} />)
    expect(screen.getByText('Last signed in')).toBeInTheDocument()
    expect(screen.getByText('yesterday')).toHaveAttribute('dateTime', makeDevice().lastAuthenticatedAt?.toISOString())
  })

  it('renders the actions slot', () => {
    render(<DeviceCard device={makeDevice()} now={now} actions={<button type="button">Forget</button>} />)
    expect(within(screen.getByRole('article')).getByRole('button', { name: 'Forget' })).toBeInTheDocument()
  })

  it('uses formatDeviceName instead of the user-agent parser', () => {
    render(<DeviceCard device={makeDevice()} now={now} formatDeviceName={(device) => `Laptop ${device.lastIpUsed}`} />)
    expect(screen.getByRole('heading', { name: 'Laptop 203.0.113.7' })).toBeInTheDocument()
  })

  it('renders a formatDeviceName result as text with control characters shown', () => {
    const { container } = render(<DeviceCard device={makeDevice()} now={now} formatDeviceName={() => '<img src=x>\u202Eevil'} />)
    expect(screen.getByRole('heading', { name: '<img src=x>[U+202E]evil' })).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })

  it('composes the name in German', () => {
    render(<DeviceCard locale="de" device={makeDevice({ remembered: false })} isCurrent={false} now={now} />)
    expect(screen.getByRole('heading', { name: 'Chrome 131 unter macOS' })).toBeInTheDocument()
    expect(screen.getByText('Nicht gespeichert')).toBeInTheDocument()
  })

  it('composes the name in Arabic', () => {
    render(<DeviceCard locale="ar" device={makeDevice()} isCurrent now={now} />)
    expect(screen.getByRole('heading', { name: 'Chrome 131 على macOS' })).toBeInTheDocument()
    expect(screen.getByText('هذا الجهاز')).toBeInTheDocument()
  })

  it('marks Arabic text right to left, in Arabic, whatever the page is', () => {
    render(<DeviceCard locale="ar" device={makeDevice()} isCurrent now={now} />)
    const card = screen.getByRole('article', { name: 'Chrome 131 على macOS' })
    expect(card).toHaveAttribute('lang', 'ar')
    expect(card).toHaveAttribute('dir', 'rtl')
  })

  it('marks the English shown for a locale with no translation as English, left to right', () => {
    render(<DeviceCard locale="he" device={makeDevice()} isCurrent now={now} />)
    const card = screen.getByRole('article', { name: 'Chrome 131 on macOS' })
    expect(card).toHaveAttribute('lang', 'en')
    expect(card).toHaveAttribute('dir', 'ltr')
  })

  it('lets displayText override the badge and the name pattern', () => {
    render(
      <DeviceCard
        device={makeDevice()}
        isCurrent
        now={now}
        displayText={{ thisDevice: 'You are here', deviceName: ({ browser, os }) => `${browser} · ${os}` }}
      />,
    )
    expect(screen.getByRole('heading', { name: 'Chrome 131 · macOS' })).toBeInTheDocument()
    expect(screen.getByText('You are here')).toBeInTheDocument()
  })

  it('takes the heading level', () => {
    render(<DeviceCard device={makeDevice()} now={now} headingLevel={2} />)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Chrome 131 on macOS')
  })

  it('merges className, spreads other props and forwards the ref', () => {
    const ref = createRef<HTMLElement>()
    render(<DeviceCard ref={ref} device={makeDevice()} now={now} className="host" data-testid="card" />)
    const card = screen.getByTestId('card')
    expect(card).toHaveClass('rcd-device-card', 'rcd-device-card--remembered', 'host')
    expect(ref.current).toBe(card)
  })

  it('drops the rcd- classes from itself and its parts when unstyled', () => {
    const { container } = render(<DeviceCard unstyled device={makeDevice()} isCurrent now={now} className="host" />)
    expect(screen.getByRole('article')).toHaveAttribute('class', 'host')
    expect(screen.getByRole('article')).toHaveAttribute('data-state', 'current')
    expect(container.querySelector('[class*="rcd-"]')).toBeNull()
  })
})
