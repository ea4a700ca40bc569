// Requests to Cognito, counted by the emulator, for what a user does with the panel. The real
// DeviceManager, hooks, tokenDeviceApi and the emulator's request handler (as the api's `fetch`),
// rendered by React into jsdom. No network: the emulator answers in-process.
import { JSDOM } from 'jsdom'

export interface RequestCount {
  readonly name: string
  /** Requests of every operation. */
  readonly measured: number
  /** What the issue calls the physical floor. */
  readonly floor: string
  /** Requests by operation, e.g. { ListDevices: 10 }. */
  readonly byOperation: Readonly<Record<string, number>>
}

const ENDPOINT = 'https://cognito-idp.bench.test/'
const USERNAME = 'bench'

/** jsdom's window as the global scope React and the kit expect. Node's fetch/Request/Response stay. */
function installDom(): void {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://app.bench.test/', pretendToBeVisual: true })
  const window = dom.window as unknown as Record<string, unknown>
  const scope = globalThis as unknown as Record<string, unknown>
  for (const key of Object.getOwnPropertyNames(window)) {
    if (!(key in scope)) scope[key] = window[key]
  }
  scope.window = dom.window
  scope.document = dom.window.document
  if (!('navigator' in globalThis)) scope.navigator = dom.window.navigator
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

/** Waits until `done()` holds and nothing is fetching or mutating, then a little longer (late refetches). */
async function settle(done: () => boolean, busy: () => boolean, limitMs = 20_000): Promise<void> {
  const deadline = Date.now() + limitMs
  let quietSince = 0
  while (Date.now() < deadline) {
    if (done() && !busy()) {
      if (!quietSince) quietSince = Date.now()
      if (Date.now() - quietSince >= 60) return
    } else {
      quietSince = 0
    }
    await pause(25)
  }
  throw new Error('requests bench: the page did not settle in time')
}

export async function measureRequests(): Promise<RequestCount[]> {
  installDom()
  // React's production build, as a host ships it (the development build is several times slower).
  process.env.NODE_ENV = 'production'
  // After the DOM exists: react-dom reads it when it loads.
  const { createElement: h, useEffect } = await import('react')
  const { createRoot } = await import('react-dom/client')
  const { QueryClient, QueryClientProvider } = await import('@tanstack/react-query')
  const kit = await import('../src/index.ts')
  const { createCognitoEmulator, generateDevices } = await import('cognito-emulator')

  /** A pool with one user holding `count` devices, signed in on the first of them (no extra device). */
  async function signedIn(count: number) {
    const devices = generateDevices(count)
    // Counts requests, not quotas: a long list loads past Cognito's 10 reads per user a second, so quotas are off explicitly.
    const emulator = createCognitoEmulator({ seed: { users: [{ username: USERNAME, password: 'Bench-password-1', devices }] }, throttling: false })
    const session = await emulator.signIn(USERNAME, { deviceKey: devices[0]?.key })
    const api = kit.tokenDeviceApi({
      endpoint: ENDPOINT,
      getAccessToken: () => session.accessToken,
      fetch: (input, init) => emulator.handle(new Request(input, init)),
    })
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    const busy = () => queryClient.isFetching() > 0 || queryClient.isMutating() > 0
    const render = async (children: ReturnType<typeof h>) => {
      root.render(h(QueryClientProvider, { client: queryClient }, h(kit.DeviceKitProvider, { api, locale: 'en' }, children)))
    }
    const counted = () => {
      const byOperation: Record<string, number> = {}
      for (const request of emulator.requests()) byOperation[request.operation] = (byOperation[request.operation] ?? 0) + 1
      return { measured: emulator.calls(), byOperation }
    }
    const dispose = () => {
      root.unmount()
      container.remove()
      queryClient.clear()
    }
    return { emulator, devices, queryClient, container, busy, render, counted, dispose }
  }

  const cards = (container: HTMLElement) => container.querySelectorAll('article').length
  const showMore = (container: HTMLElement) =>
    [...container.querySelectorAll('button')].find((button) => /show more|loading more/i.test(button.textContent ?? ''))

  const results: RequestCount[] = []
  const panel = h(kit.DeviceManager, {})

  for (const count of [1, 60, 600]) {
    const page = await signedIn(count)
    await page.render(panel)
    await settle(() => cards(page.container) > 0, page.busy)
    results.push({ name: `open the panel, ${count} device(s): first page shown`, floor: '1', ...page.counted() })
    // Every device listed: press "Show more" until it is gone.
    for (let presses = 0; showMore(page.container) && presses < 20; presses++) {
      const before = cards(page.container)
      showMore(page.container)?.click()
      await settle(() => cards(page.container) > before || !showMore(page.container), page.busy)
    }
    if (cards(page.container) !== count) throw new Error(`requests bench: ${cards(page.container)} of ${count} cards listed`)
    results.push({ name: `list all ${count} device(s) (open + "Show more" to the end)`, floor: String(Math.ceil(count / 60)), ...page.counted() })
    page.dispose()
  }

  {
    // A device the open panel already lists: its detail comes from the list, no request.
    const page = await signedIn(60)
    await page.render(panel)
    await settle(() => cards(page.container) === 60, page.busy)
    page.emulator.resetCalls()
    const listedKey = page.devices[30]!.key!
    await page.render(h('div', null, panel, h(kit.DeviceDetails, { deviceKey: listedKey })))
    await settle(() => cards(page.container) === 61, page.busy)
    results.push({ name: 'open a device already listed', floor: '0', ...page.counted() })
    page.dispose()
  }

  {
    // Ten components asking for one device, nothing cached: one GetDevice.
    const page = await signedIn(60)
    const key = page.devices[5]!.key!
    function Reader() {
      const device = kit.useDevice(key)
      return h('article', null, device.data?.key ?? '')
    }
    await page.render(h('div', null, ...Array.from({ length: 10 }, (_, index) => h(Reader, { key: index }))))
    await settle(() => [...page.container.querySelectorAll('article')].every((article) => article.textContent === key), page.busy)
    results.push({ name: 'ten useDevice of one key', floor: '1', ...page.counted() })
    page.dispose()
  }

  for (const count of [60, 600]) {
    // Forget one device with every page listed: ForgetDevice, then the list is refetched.
    const page = await signedIn(count)
    let forget: ((deviceKey: string) => void) | undefined
    function ForgetHandle() {
      const mutation = kit.useForgetDevice()
      useEffect(() => {
        forget = mutation.forget
      })
      return null
    }
    await page.render(h('div', null, panel, h(ForgetHandle)))
    await settle(() => cards(page.container) > 0, page.busy)
    for (let presses = 0; showMore(page.container) && presses < 20; presses++) {
      const before = cards(page.container)
      showMore(page.container)?.click()
      await settle(() => cards(page.container) > before || !showMore(page.container), page.busy)
    }
    page.emulator.resetCalls()
    forget?.(page.devices[count - 1]!.key!)
    await settle(() => cards(page.container) === count - 1, page.busy)
    results.push({
      name: `forget one device (${count} listed, ${Math.ceil(count / 60)} page(s))`,
      floor: `1 + one list refetch (${Math.ceil(count / 60)} page(s))`,
      ...page.counted(),
    })
    page.dispose()
  }
  return results
}
