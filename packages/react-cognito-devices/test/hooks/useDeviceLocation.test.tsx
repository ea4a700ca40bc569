import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { tokenDeviceApi } from '../../src/api/tokenDeviceApi'
import { useDeviceLocation } from '../../src/hooks/useDeviceLocation'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'
import type { ResolveLocation } from '../../src/query/deviceLocation'

/** What a card shows from `last_ip_used`, as the panel will. */
function LastUsedFrom({ lastIpUsed }: { lastIpUsed: string | undefined }) {
  const { ipAddress, location } = useDeviceLocation(lastIpUsed)
  if (!ipAddress) return <li>no address</li>
  return <li>{location ? `last used from ${ipAddress}, ${location}` : `last used from ${ipAddress}`}</li>
}

/** A host page: its own QueryClient and the provider with `resolveLocation` (no Cognito call is made here). */
function hostPage(resolveLocation: ResolveLocation | undefined) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const api = tokenDeviceApi({ endpoint: 'https://cognito-idp.emulator.test/', getAccessToken: () => undefined })
  const providers = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <DeviceKitProvider api={api} locale="en" resolveLocation={resolveLocation}>
        <ul>{children}</ul>
      </DeviceKitProvider>
    </QueryClientProvider>
  )
  return { queryClient, providers }
}

const PLACES: Record<string, string> = { '203.0.113.7': 'Berlin, Germany', '2001:db8::1': 'Cairo, Egypt', '198.51.100.4': 'Lisbon, Portugal' }

/** A promise the test settles itself. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

describe('useDeviceLocation', () => {
  it('asks resolveLocation once per distinct address however many cards show it, and never for a non-address', async () => {
    const resolveLocation = vi.fn((ip: string) => Promise.resolve(PLACES[ip]))
    const { queryClient, providers } = hostPage(resolveLocation)
    const addresses = ['203.0.113.7', '2001:db8::1', '203.0.113.7', '203.0.113.7', '198.51.100.4', '2001:db8::1', '<b>x</b>', undefined]
    const cards = addresses.map((ip, index) => <LastUsedFrom key={index} lastIpUsed={ip} />)
    const { rerender, unmount } = render(cards, { wrapper: providers })

    await waitFor(() => expect(screen.getAllByText('last used from 203.0.113.7, Berlin, Germany')).toHaveLength(3))
    expect(screen.getAllByText('last used from 2001:db8::1, Cairo, Egypt')).toHaveLength(2)
    expect(screen.getByText('last used from 198.51.100.4, Lisbon, Portugal')).toBeInTheDocument()
    expect(screen.getAllByText('no address')).toHaveLength(2)

    // More cards, a refresh of everything, the window regaining focus, the page closed and opened again.
    rerender([...cards, <LastUsedFrom key="late" lastIpUsed="203.0.113.7" />])
    await act(() => queryClient.invalidateQueries())
    fireEvent.focus(window)
    unmount()
    render(cards, { wrapper: providers })
    // A provider mounting over a cached session renders its children once it has read it again.
    expect(await screen.findAllByText('last used from 203.0.113.7, Berlin, Germany')).toHaveLength(3)

    expect(resolveLocation.mock.calls.map(([ip]) => ip).sort()).toEqual(['198.51.100.4', '2001:db8::1', '203.0.113.7'])
  })

  it('shows the address at once and adds the place when it comes', async () => {
    const place = deferred<string | undefined>()
    const { providers } = hostPage(() => place.promise)

    render(<LastUsedFrom lastIpUsed="203.0.113.7" />, { wrapper: providers })
    expect(screen.getByRole('listitem')).toHaveTextContent('last used from 203.0.113.7')

    act(() => place.resolve('Berlin, Germany'))
    await waitFor(() => expect(screen.getByRole('listitem')).toHaveTextContent('last used from 203.0.113.7, Berlin, Germany'))
  })

  it('shows nothing more when resolveLocation rejects or knows no place, and does not ask again', async () => {
    const resolveLocation = vi.fn((ip: string) => (ip === '203.0.113.7' ? Promise.reject(new Error('GeoIP is down')) : Promise.resolve('  ')))
    const { queryClient, providers } = hostPage(resolveLocation)

    const first = render(
      <>
        <LastUsedFrom lastIpUsed="203.0.113.7" />
        <LastUsedFrom lastIpUsed="198.51.100.4" />
      </>,
      { wrapper: providers },
    )
    await waitFor(() => expect(resolveLocation).toHaveBeenCalledTimes(2))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(screen.getAllByRole('listitem').map((card) => card.textContent)).toEqual(['last used from 203.0.113.7', 'last used from 198.51.100.4'])
    first.unmount()
    render(<LastUsedFrom lastIpUsed="203.0.113.7" />, { wrapper: providers })

    expect(await screen.findByRole('listitem')).toHaveTextContent('last used from 203.0.113.7')
    expect(resolveLocation).toHaveBeenCalledTimes(2)
  })

  it('shows the address alone without a resolver', () => {
    const { providers } = hostPage(undefined)

    render(<LastUsedFrom lastIpUsed="::ffff:198.51.100.4" />, { wrapper: providers })

    expect(screen.getByRole('listitem')).toHaveTextContent('last used from ::ffff:198.51.100.4')
  })
})
