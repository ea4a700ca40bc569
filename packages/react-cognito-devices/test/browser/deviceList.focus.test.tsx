import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { DeviceApi } from '../../src/api/DeviceApi'
import type { Device } from '../../src/model/device'
import { DeviceListView } from '../../src/components'
import { DeviceList } from '../../src/connected'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'
import '../../src/styles/index.css'

const chromeOnMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const key = (n: number) => `us-east-1_${n.toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`
const now = new Date('2026-03-15T12:00:00Z')

/** Device n signed in n minutes before `now`. */
function device(n: number): Device {
  return {
    key: key(n),
    name: chromeOnMac,
    attributes: [{ name: 'device_name', value: chromeOnMac }],
    remembered: true,
    lastIpUsed: undefined,
    createdAt: undefined,
    lastModifiedAt: undefined,
    lastAuthenticatedAt: new Date(now.getTime() - n * 60_000),
  }
}

/** Names each card after its number, so the test can tell them apart. */
const numbered = (shown: Device) => `Device ${Number.parseInt(shown.key.slice(10, 18), 16)}`

/**
 * A host paging through `pages`. "Show more" asks for the next page; it arrives only when the test
 * calls `arrive()`, so what the user does meanwhile happens while the page is loading, however fast
 * the browser runs the test.
 */
function pagedList(pages: readonly (readonly Device[])[]) {
  const requests: (() => void)[] = []
  function PagedList() {
    const [loaded, setLoaded] = useState(1)
    const [isFetchingMore, setFetchingMore] = useState(false)
    return (
      <DeviceListView
        devices={pages.slice(0, loaded).flat()}
        hasMore={loaded < pages.length}
        isFetchingMore={isFetchingMore}
        onShowMore={() => {
          setFetchingMore(true)
          requests.push(() => {
            setLoaded((count) => count + 1)
            setFetchingMore(false)
          })
        }}
        formatDeviceName={numbered}
        now={now}
      />
    )
  }
  return {
    PagedList,
    /** The page "Show more" asked for arrives. */
    async arrive() {
      await waitFor(() => expect(requests).toHaveLength(1))
      act(() => requests.shift()!())
    },
  }
}

const cards = () => within(screen.getByRole('list', { name: 'Your devices' })).getAllByRole('article')

afterEach(() => cleanup())

describe('"Show more" and keyboard focus in Chromium', () => {
  it('moves focus to the first card of the page it loaded, and the button stays for the next', async () => {
    const list = pagedList([[device(1), device(2)], [device(3), device(4)], [device(5)]])
    render(<list.PagedList />)
    screen.getByRole('button', { name: 'Show more' }).focus()
    await userEvent.keyboard('{Enter}')
    await list.arrive()
    await waitFor(() => expect(cards()).toHaveLength(4))
    expect(screen.getByRole('heading', { name: 'Device 3' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Show more' })).toBeInTheDocument()
  })

  it('moves focus to the first new card after the last page, not to <body> with the button gone', async () => {
    const list = pagedList([[device(1), device(2)], [device(3)]])
    render(<list.PagedList />)
    screen.getByRole('button', { name: 'Show more' }).focus()
    await userEvent.keyboard('{Enter}')
    await list.arrive()
    await waitFor(() => expect(cards()).toHaveLength(3))
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull()
    const heading = screen.getByRole('heading', { name: 'Device 3' })
    expect(heading).toHaveFocus()
    // Sighted keyboard users see where they are.
    expect(heading.matches(':focus-visible')).toBe(true)
    expect(getComputedStyle(heading).outlineStyle).not.toBe('none')
    // ... in the kit's focus ring (themeable), as on its buttons, not the browser's default one
    expect(getComputedStyle(heading).outlineStyle).toBe('solid')
    expect(getComputedStyle(heading).outlineOffset).toBe('2px')
    // The card is a place to continue from, not a new tab stop.
    await userEvent.tab({ shift: true })
    expect(within(cards()[1]!).getByText('Details')).toHaveFocus()
  })

  it('leaves focus alone when the user moved it elsewhere while the page loaded', async () => {
    const list = pagedList([[device(1), device(2)], [device(3)]])
    render(<list.PagedList />)
    screen.getByRole('button', { name: 'Show more' }).focus()
    await userEvent.keyboard('{Enter}')
    const details = within(cards()[0]!).getByText('Details')
    details.focus() // the user moves on before the page is in
    expect(details).toHaveFocus()
    await list.arrive()
    await waitFor(() => expect(cards()).toHaveLength(3))
    expect(details).toHaveFocus()
  })

  it('finds the new card where the connected list sorted it, after the last page from Cognito', async () => {
    // Page 2 holds a device used more recently than the ones on page 1: sorted, it comes second.
    const pages = [[device(1), device(3), device(4)], [device(2)]]
    const api: DeviceApi = {
      getSession: async () => ({ userId: 'user-1', currentDeviceKey: key(1) }),
      getDevice: async (wanted) => pages.flat().find((shown) => shown.key === wanted)!,
      listDevices: async (cursor) => {
        await new Promise((resolve) => setTimeout(resolve, 30))
        return cursor ? { devices: pages[1]!, nextCursor: undefined } : { devices: pages[0]!, nextCursor: 'page-2' }
      },
      forgetDevice: async () => undefined,
      setRemembered: async () => undefined,
    }
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <DeviceKitProvider api={api} locale="en">
          <DeviceList formatDeviceName={numbered} now={now} />
        </DeviceKitProvider>
      </QueryClientProvider>,
    )
    await waitFor(() => expect(cards()).toHaveLength(3))
    screen.getByRole('button', { name: 'Show more' }).focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(cards()).toHaveLength(4))
    expect(cards().map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Device 1',
      'Device 2',
      'Device 3',
      'Device 4',
    ])
    expect(screen.getByRole('heading', { name: 'Device 2' })).toHaveFocus()
  })
})
