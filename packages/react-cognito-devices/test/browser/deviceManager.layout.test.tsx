import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import type { DeviceApi } from '../../src/api/DeviceApi'
import type { Device } from '../../src/model/device'
import { DeviceManager } from '../../src/connected'
import { ar } from '../../src/locales/ar'
import { registerTranslations } from '../../src/i18n/translations'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'
import '../../src/styles/index.css'

registerTranslations(ar)

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
  'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
]
const ADDRESSES = ['203.0.113.24', '198.51.100.77', '2001:db8:85a3::8a2e:370:7334', '203.0.113.199', '192.0.2.14', '203.0.113.7']
const PLACES: Record<string, string> = { '203.0.113.24': 'Berlin, Germany', '198.51.100.77': 'Lisbon, Portugal', '2001:db8:85a3::8a2e:370:7334': 'القاهرة، مصر' }

const key = (n: number) => `us-east-1_0000000${n}-0000-0000-0000-000000000000`
const device = (n: number): Device => ({
  key: key(n),
  name: USER_AGENTS[n]!,
  attributes: [
    { name: 'device_name', value: USER_AGENTS[n]! },
    { name: 'last_ip_used', value: ADDRESSES[n]! },
  ],
  remembered: undefined,
  lastIpUsed: ADDRESSES[n],
  createdAt: new Date(Date.now() - 86_400_000 * (30 + n)),
  lastModifiedAt: new Date(Date.now() - 86_400_000 * (2 + n)),
  lastAuthenticatedAt: new Date(Date.now() - 3_600_000 * (n + 1)),
})

/** Six devices as a browser gets them from Cognito (no remembered status), the first this browser's. */
const api: DeviceApi = {
  getSession: async () => ({ userId: 'user-1', currentDeviceKey: key(0) }),
  getDevice: async (deviceKey) => device(Number(deviceKey.slice(17, 18))),
  listDevices: async () => ({ devices: [0, 1, 2, 3, 4, 5].map(device), nextCursor: undefined }),
  forgetDevice: async () => undefined,
  setRemembered: async () => undefined,
  signOutEverywhere: async () => undefined,
}

function renderPanel({ density, locale = 'en' }: { density?: 'compact' | 'comfortable'; locale?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <DeviceKitProvider api={api} locale={locale} resolveLocation={async (ip) => PLACES[ip]}>
        <main lang={locale}>
          <DeviceManager density={density} />
        </main>
      </DeviceKitProvider>
    </QueryClientProvider>,
  )
}

const cards = () => within(screen.getByRole('list')).getAllByRole('article')

/** From the top of the first card to the top of the last, per device (a card and the gap after it). */
function heightPerDevice(): number {
  const tops = cards().map((card) => card.getBoundingClientRect().top)
  return (tops.at(-1)! - tops[0]!) / (tops.length - 1)
}

async function axeViolations(element: Element) {
  const results = await axe.run(element, { resultTypes: ['violations'] })
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

afterEach(() => {
  cleanup()
  document.body.style.background = ''
  document.documentElement.removeAttribute('data-rcd-color-mode')
  document.documentElement.removeAttribute('dir')
})

describe('DeviceManager layout in Chromium', () => {
  it('takes at most 110 px per device at 900 px wide by default, and more when comfortable', async () => {
    await page.viewport(900, 1200)
    renderPanel()
    await waitFor(() => expect(cards()).toHaveLength(6))
    await waitFor(() => expect(screen.getByText('Lisbon, Portugal')).toBeInTheDocument())
    const compact = heightPerDevice()
    expect(compact).toBeLessThanOrEqual(110)
    for (const card of cards()) expect(card.getBoundingClientRect().height).toBeLessThanOrEqual(110)
    // the three timestamps and the address are all still there
    expect(cards()[1]!.querySelectorAll('time')).toHaveLength(3)
    expect(cards()[1]).toHaveTextContent('Last used from 198.51.100.77, Lisbon, Portugal')
    cleanup()

    renderPanel({ density: 'comfortable' })
    await waitFor(() => expect(cards()).toHaveLength(6))
    expect(heightPerDevice()).toBeGreaterThan(compact + 40)
  })

  it('keeps solid red for the confirmation: no row or toolbar button is filled with the danger colour', async () => {
    await page.viewport(900, 1200)
    renderPanel()
    await waitFor(() => expect(cards()).toHaveLength(6))
    const panelBackground = getComputedStyle(screen.getAllByRole('button', { name: 'Forget' })[0]!).backgroundColor
    for (const button of screen.getAllByRole('button')) expect(getComputedStyle(button).backgroundColor).toBe(panelBackground)
  })

  it.each(['en', 'ar'])('does not overflow 320 px (%s)', async (locale) => {
    await page.viewport(320, 900)
    if (locale === 'ar') document.documentElement.setAttribute('dir', 'rtl')
    renderPanel({ locale })
    await waitFor(() => expect(cards()).toHaveLength(6))
    for (const card of cards()) {
      expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(320)
      expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth)
    }
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
  })

  it.each([
    ['light', 'light', 'en', 'ltr'],
    ['dark', 'dark', 'en', 'ltr'],
    ['right-to-left', 'light', 'ar', 'rtl'],
  ])('has no axe violations in %s', async (_name, colorMode, locale, dir) => {
    await page.viewport(900, 1200)
    document.documentElement.setAttribute('data-rcd-color-mode', colorMode)
    document.documentElement.setAttribute('dir', dir)
    // The panel has no background of its own: it sits on the host's page, which a dark host paints dark.
    document.body.style.background = 'var(--rcd-color-background)'
    renderPanel({ locale })
    await waitFor(() => expect(cards()).toHaveLength(6))
    await waitFor(() => expect(document.querySelectorAll('bdi[dir="auto"]').length).toBeGreaterThan(0))
    expect(await axeViolations(document.body)).toEqual([])
  })
})
