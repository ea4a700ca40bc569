import { cleanup, render, screen } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import type { Device } from '../../src/model/device'
import { DeviceCard } from '../../src/components'
import '../../src/styles/index.css'

const longValue = 'x'.repeat(2048)
const hostile: Device = {
  key: 'us-east-1_a1b2c3d4-5678-90ab-cdef-a1b2c3d4e5f6',
  name: `Mozilla/5.0 ${'A'.repeat(1000)} \u202Eevil\u202C 😀`,
  attributes: [
    { name: 'device_name', value: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/131.0.0.0 Safari/537.36' },
    { name: 'custom:very_long_unbroken_value', value: longValue },
    { name: 'last_ip_used', value: '2001:db8:85a3::8a2e:370:7334' },
  ],
  remembered: true,
  lastIpUsed: '2001:db8:85a3::8a2e:370:7334',
  createdAt: new Date('2025-01-01T00:00:00Z'),
  lastModifiedAt: undefined,
  lastAuthenticatedAt: new Date('2026-11-20T00:00:00Z'),
}

async function axeViolations(element: Element) {
  const results = await axe.run(element, { resultTypes: ['violations'] })
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

beforeEach(async () => {
  await page.viewport(320, 800)
})
afterEach(() => {
  cleanup()
  document.documentElement.removeAttribute('data-rcd-color-mode')
  document.documentElement.removeAttribute('dir')
})

describe('DeviceCard in Chromium at 320 px', () => {
  it('lays out a 2048-character unbroken value without overflowing the page or the card', async () => {
    const { container } = render(<DeviceCard device={hostile} isCurrent now={new Date('2026-11-26T00:00:00Z')} />)
    const card = container.querySelector('article')!
    // Everything a user can open: the attributes disclosure and each "Show all".
    for (const details of card.querySelectorAll('details')) details.open = true
    // the attribute rows are rendered once the disclosure has opened
    await expect.poll(() => screen.queryAllByRole('button', { name: /show all/i }).length).toBeGreaterThan(0)
    for (const button of screen.getAllByRole('button', { name: /show all/i })) button.click()
    await expect.poll(() => screen.queryAllByRole('button', { name: /show all/i })).toHaveLength(0)
    expect(screen.getByText(longValue)).toBeVisible()
    expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(320)
    expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth)
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
  })

  it.each([
    ['light', 'light', 'en', 'ltr'],
    ['dark', 'dark', 'en', 'ltr'],
    ['right-to-left', 'light', 'ar', 'rtl'],
  ])('has no axe violations in %s', async (_name, colorMode, locale, dir) => {
    document.documentElement.setAttribute('data-rcd-color-mode', colorMode)
    document.documentElement.setAttribute('dir', dir)
    const { container } = render(
      <main lang={locale}>
        <DeviceCard device={hostile} isCurrent locale={locale} now={new Date('2026-11-26T00:00:00Z')} actions={<button type="button">Forget</button>} />
      </main>,
    )
    expect(await axeViolations(container)).toEqual([])
  })

  it('lays out an Arabic card right to left on a left-to-right page', () => {
    render(<DeviceCard device={{ ...hostile, name: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/131.0.0.0 Safari/537.36' }} isCurrent locale="ar" />)
    const card = screen.getByRole('article')
    const icon = card.querySelector('.rcd-device-card__icon')!.getBoundingClientRect()
    const name = screen.getByRole('heading').getBoundingClientRect()
    expect(getComputedStyle(card).direction).toBe('rtl')
    // The row starts at the right: the type icon, then the name to its left.
    expect(icon.left).toBeGreaterThan(name.right - 0.5)
  })
})
