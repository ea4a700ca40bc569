import { createRef } from 'react'
import { describe, expect, it } from 'vitest'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DeviceAttributes } from '../../src/components'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'
import type { DeviceApi } from '../../src/api/DeviceApi'

describe('DeviceAttributes', () => {
  it('labels the attributes Cognito sets', () => {
    render(
      <DeviceAttributes
        attributes={[
          { name: 'device_name', value: 'Chrome' },
          { name: 'last_ip_used', value: '203.0.113.7' },
          { name: 'dev:device_remembered_status', value: 'remembered' },
          { name: 'device_status', value: 'valid' },
        ]}
      />,
    )
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Name', 'Last IP address', 'Remembered', 'Status'])
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual(['Chrome', '203.0.113.7', 'Yes', 'valid'])
  })

  it('shows "No" for a not-remembered status', () => {
    render(<DeviceAttributes attributes={[{ name: 'dev:device_remembered_status', value: 'not_remembered' }]} />)
    expect(screen.getByRole('definition')).toHaveTextContent('No')
  })

  it('shows unknown attribute names as they came', () => {
    render(<DeviceAttributes attributes={[{ name: 'dev:device_sdk', value: 'aws-sdk' }]} />)
    expect(screen.getByRole('term')).toHaveTextContent('dev:device_sdk')
    expect(screen.getByRole('definition')).toHaveTextContent('aws-sdk')
  })

  it.each([
    ['a script tag', '<script>window.hacked = true</script>'],
    ['an image with onerror', '<img src=x onerror="window.hacked = true">'],
    ['a bold tag', '<b>bold</b>'],
  ])('renders %s as text, never as an element', (_, value) => {
    const { container } = render(<DeviceAttributes attributes={[{ name: 'device_name', value }]} />)
    expect(screen.getByRole('definition')).toHaveTextContent(value)
    expect(container.querySelector('script, img, b')).toBeNull()
    expect((window as { hacked?: boolean }).hacked).toBeUndefined()
  })

  it('shows a right-to-left override visibly instead of letting it reorder the page', () => {
    render(<DeviceAttributes attributes={[{ name: 'device_name', value: 'photo\u202Egnp.exe' }]} />)
    const value = screen.getByRole('definition')
    expect(value).toHaveTextContent('photo[U+202E]gnp.exe')
    expect(value.textContent).not.toContain('\u202E')
  })

  it('isolates each value with <bdi dir="auto"> and keeps emoji and Arabic intact', () => {
    render(<DeviceAttributes attributes={[{ name: 'device_name', value: 'هاتف مريم 📱' }]} />)
    const isolated = within(screen.getByRole('definition')).getByText('هاتف مريم 📱')
    expect(isolated.tagName).toBe('BDI')
    expect(isolated).toHaveAttribute('dir', 'auto')
  })

  it('clamps a 2048-character value with the full value in its title and behind "Show all"', async () => {
    const user = userEvent.setup()
    const long = 'A'.repeat(2048)
    render(<DeviceAttributes attributes={[{ name: 'device_name', value: long }]} />)
    const value = screen.getByRole('definition')
    expect(value).toHaveAttribute('data-state', 'collapsed')
    expect(value).toHaveClass('rcd-device-attributes__value--collapsed')
    expect(screen.getByTitle(long)).toHaveTextContent(long)

    const toggle = screen.getByRole('button', { name: 'Show all' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveAccessibleDescription('Name')
    await user.click(toggle)
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true')
    expect(value).toHaveAttribute('data-state', 'expanded')
  })

  it('opens a long value from the keyboard', async () => {
    const user = userEvent.setup()
    render(<DeviceAttributes attributes={[{ name: 'device_name', value: 'x'.repeat(200) }]} />)
    await user.tab()
    expect(screen.getByRole('button', { name: 'Show all' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true')
  })

  it('has no toggle and no state for a short value', () => {
    render(<DeviceAttributes attributes={[{ name: 'last_ip_used', value: '2001:db8::1' }]} />)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByRole('definition')).not.toHaveAttribute('data-state')
  })

  it('uses German labels for the German locale', () => {
    render(<DeviceAttributes locale="de-DE" attributes={[{ name: 'last_ip_used', value: '203.0.113.7' }]} />)
    expect(screen.getByRole('term')).toHaveTextContent('Letzte IP-Adresse')
  })

  it('uses Arabic labels for the Arabic locale', () => {
    render(<DeviceAttributes locale="ar" attributes={[{ name: 'last_ip_used', value: '203.0.113.7' }]} />)
    expect(screen.getByRole('term')).toHaveTextContent('آخر عنوان IP')
  })

  it('takes the locale from DeviceKitProvider when it has no locale prop', () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <DeviceKitProvider api={{} as DeviceApi} locale="de">
          <DeviceAttributes attributes={[{ name: 'last_ip_used', value: '203.0.113.7' }]} />
        </DeviceKitProvider>
      </QueryClientProvider>,
    )
    expect(screen.getByRole('term')).toHaveTextContent('Letzte IP-Adresse')
  })

  it('lets displayText override a label', () => {
    render(
      <DeviceAttributes displayText={{ attributeLastIpUsed: 'IP' }} attributes={[{ name: 'last_ip_used', value: '203.0.113.7' }]} />,
    )
    expect(screen.getByRole('term')).toHaveTextContent('IP')
  })

  it('merges className, spreads other props and forwards the ref', () => {
    const ref = createRef<HTMLDListElement>()
    render(<DeviceAttributes ref={ref} className="host" data-testid="attributes" attributes={[]} />)
    const list = screen.getByTestId('attributes')
    expect(list).toHaveClass('rcd-device-attributes', 'host')
    expect(ref.current).toBe(list)
  })

  it('drops the rcd- classes when unstyled', () => {
    const { container } = render(
      <DeviceAttributes unstyled className="host" data-testid="attributes" attributes={[{ name: 'device_name', value: 'x'.repeat(200) }]} />,
    )
    expect(screen.getByTestId('attributes')).toHaveAttribute('class', 'host')
    expect(container.querySelector('[class*="rcd-"]')).toBeNull()
    expect(screen.getByRole('definition')).toHaveAttribute('data-state', 'collapsed')
  })
})
