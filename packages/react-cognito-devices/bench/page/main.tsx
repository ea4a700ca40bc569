// The Chromium bench page: the kit's DeviceManager against a plain React <ul> of the same rows.
// Data comes from the emulator in the page (the api's `fetch` is the emulator's handler), loaded into
// the QueryClient before the clock starts, so a "render" times React + style + layout, no network.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createElement, useEffect, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { DeviceKitProvider, DeviceManager, deviceKeys, deviceQueries, tokenDeviceApi, useForgetDevice, type Device } from '../../src/index.ts'
import { createCognitoEmulator, generateDevices } from 'cognito-emulator'
import '../../src/styles/index.css'

const stage = document.getElementById('stage')!
let root: Root | undefined
let forget: ((deviceKey: string) => void) | undefined
let removeRow: ((deviceKey: string) => void) | undefined
let queryClient: QueryClient | undefined
let kitCount = 0
let baselineDevices: readonly Device[] = []

function ForgetHandle() {
  const mutation = useForgetDevice()
  useEffect(() => {
    forget = mutation.forget
  })
  return null
}

function Baseline({ devices }: { devices: readonly Device[] }) {
  const [rows, setRows] = useState(devices)
  useEffect(() => {
    removeRow = (deviceKey) => setRows((current) => current.filter((device) => device.key !== deviceKey))
  })
  return (
    <ul>
      {rows.map((device) => (
        <li key={device.key}>
          {device.name} {device.lastIpUsed} {device.lastAuthenticatedAt?.toISOString()}
        </li>
      ))}
    </ul>
  )
}

/** The attribute names that React spells differently in props. */
const propNames: Record<string, string> = { class: 'className', tabindex: 'tabIndex', datetime: 'dateTime', for: 'htmlFor' }

/**
 * A DOM node as React elements, built before a clock starts. The items of the device list are left
 * out and put in `items`, keyed by position: the floor's list holds them as state.
 */
function elementsOf(node: Node, items: ReactNode[], key?: number): ReactNode {
  if (!(node instanceof Element)) return node.nodeType === Node.TEXT_NODE ? node.textContent : null
  const props: Record<string, unknown> = { key }
  for (const { name, value } of node.attributes) props[propNames[name] ?? name] = value
  if (node.matches('ul.rcd-device-list__items')) {
    items.push(...[...node.children].map((item, index) => elementsOf(item, items, index)))
    return createElement(ReactFloorList, props)
  }
  return createElement(node.localName, props, ...[...node.childNodes].map((child) => elementsOf(child, items)))
}

let floorItems: ReactNode[] = []
let removeFloorItem: (() => void) | undefined

/** The floor's device list: its items are state, so the last can be removed as a forget removes a card. */
function ReactFloorList(props: Record<string, unknown>) {
  const [items, setItems] = useState(floorItems)
  useEffect(() => {
    removeFloorItem = () => setItems((current) => current.slice(0, -1))
  })
  return createElement('ul', props, items)
}

async function pool(count: number) {
  const seeded = generateDevices(count)
  // The bench loads every page many times a second, far past Cognito's per-user quota: quotas off, explicitly.
  const emulator = createCognitoEmulator({ seed: { users: [{ username: 'bench', password: 'Bench-password-1', devices: seeded }] }, throttling: false })
  const session = await emulator.signIn('bench', { deviceKey: seeded[0]?.key })
  const api = tokenDeviceApi({
    endpoint: 'https://cognito-idp.bench.test/',
    getAccessToken: () => session.accessToken,
    fetch: (input, init) => emulator.handle(new Request(input, init)),
  })
  return { api, seeded, emulator }
}

const pools = new Map<number, Awaited<ReturnType<typeof pool>>>()

/** A fresh QueryClient holding the session and every page of the list, as after the panel loaded. */
async function loaded(count: number) {
  const existing = pools.get(count) ?? (await pool(count))
  pools.set(count, existing)
  const { api } = existing
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const session = await client.fetchQuery(deviceQueries.session({ api, queryClient: client }))
  const list = await client.fetchInfiniteQuery({ ...deviceQueries.list({ api, queryClient: client, session }), pages: Math.ceil(count / 60) })
  const devices = list.pages.flatMap((page) => page.devices)
  if (devices.length !== count) throw new Error(`bench page: ${devices.length} of ${count} devices loaded`)
  if (!client.getQueryData(deviceKeys.list(session.userId))) throw new Error('bench page: the list is not cached')
  return { api, client, devices }
}

function unmount() {
  root?.unmount()
  root = undefined
  stage.replaceChildren()
}

/** The rows on screen: the kit's cards or the baseline's items. */
const rowCount = () => stage.querySelectorAll('article, li:not([aria-hidden])').length

/** Garbage of earlier runs is collected before the clock starts (Chromium runs with --expose-gc). */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.()

/** Resolves once `done()` holds, checked now and after every DOM change under the stage. */
function whenDom(done: () => boolean, what: string): Promise<void> {
  if (done()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench page: ${what} did not happen`)), 10_000)
    const observer = new MutationObserver(() => {
      if (!done()) return
      observer.disconnect()
      clearTimeout(timer)
      resolve()
    })
    observer.observe(stage, { childList: true, subtree: true })
  })
}

/**
 * Render, wait until `rows` elements match `selector`, then force style and layout: the time until the
 * browser could paint them. The kit's provider renders its children only after it has re-read a
 * session cached before it mounted (a local token read, one task later: useSessionReadOnMount), so
 * its rows arrive after the synchronous render; that wait is part of what a user waits for.
 */
async function timeRender(element: React.ReactNode, rows: number, selector: string): Promise<number> {
  collectGarbage()
  const start = performance.now()
  flushSync(() => root!.render(element))
  await whenDom(() => stage.querySelectorAll(selector).length === rows, `${rows} ${selector}`)
  void stage.getBoundingClientRect().height
  void document.body.offsetHeight
  return performance.now() - start
}

/** Start an update, wait until a row has left the DOM, then force layout. */
function timeRemoval(start: () => void): Promise<number> {
  collectGarbage()
  const before = rowCount()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bench page: the row did not go')), 10_000)
    const observer = new MutationObserver(() => {
      if (rowCount() < before) {
        void document.body.offsetHeight
        const elapsed = performance.now() - begin
        observer.disconnect()
        clearTimeout(timer)
        resolve(elapsed)
      }
    })
    observer.observe(stage, { childList: true, subtree: true })
    const begin = performance.now()
    start()
  })
}

async function idle(client: QueryClient) {
  while (client.isFetching() > 0 || client.isMutating() > 0) await new Promise((resolve) => setTimeout(resolve, 10))
}

/**
 * After a frame has been drawn and a quarter second has passed: React's effects of the mount have run
 * and the page is as a user finds it when they click. Without it a forget started in the mount's task
 * would also time the mount's deferred work.
 */
const settled = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 250)))

const kitTree = (api: ReturnType<typeof tokenDeviceApi>, client: QueryClient) => (
  <QueryClientProvider client={client}>
    <DeviceKitProvider api={api} locale="en">
      <DeviceManager />
      <ForgetHandle />
    </DeviceKitProvider>
  </QueryClientProvider>
)

/** The kit's rendered markup per device count, captured once. */
const staticMarkup = new Map<number, string>()

async function captureMarkup(count: number): Promise<string> {
  await bench.renderKit(count)
  const html = stage.innerHTML
  staticMarkup.set(count, html)
  unmount()
  return html
}

const bench = {
  async renderKit(count: number): Promise<number> {
    unmount()
    const { api, client } = await loaded(count)
    queryClient = client
    kitCount = count
    root = createRoot(stage)
    const elapsed = await timeRender(kitTree(api, client), count, 'article')
    if (stage.querySelectorAll('article').length !== count) throw new Error(`bench page: ${stage.querySelectorAll('article').length} cards for ${count} devices`)
    return elapsed
  },
  /** forgetKit until the row is gone (no clean-up: call forgetCleanup after). */
  forgetUntilRemoved(): Promise<number> {
    const { seeded } = pools.get(kitCount)!
    return timeRemoval(() => forget!(seeded[seeded.length - 1]!.key!))
  },
  async forgetCleanup(): Promise<void> {
    const { emulator, seeded } = pools.get(kitCount)!
    await idle(queryClient!)
    emulator.addDevices('bench', [seeded[seeded.length - 1]!])
  },
  /**
   * The kit's markup for `count` devices set as static HTML (innerHTML of one string, then style and
   * layout): what the same DOM costs the browser with no React and no kit, so the kit's own overhead
   * is the ratio to it.
   */
  async renderStatic(count: number): Promise<number> {
    const html = staticMarkup.get(count) ?? (await captureMarkup(count))
    unmount()
    collectGarbage()
    const start = performance.now()
    stage.innerHTML = html
    void stage.getBoundingClientRect().height
    void document.body.offsetHeight
    const elapsed = performance.now() - start
    stage.replaceChildren()
    return elapsed
  },
  /** Elements per device card in the default panel (the list item and everything in it). */
  async elementsPerCard(count: number): Promise<number> {
    await bench.renderKit(count)
    const items = stage.querySelectorAll('li.rcd-device-list__item')
    const elements = [...items].reduce((total, item) => total + 1 + item.querySelectorAll('*').length, 0)
    unmount()
    return elements / items.length
  },
  /**
   * The kit's markup for `count` devices rendered by React from elements built before the clock
   * starts (no kit code, no hooks, no queries): what React itself needs to create that DOM, so the
   * kit's own work is the ratio to it.
   */
  async renderReactFloor(count: number): Promise<number> {
    const html = staticMarkup.get(count) ?? (await captureMarkup(count))
    unmount()
    const template = document.createElement('template')
    template.innerHTML = html
    const items: ReactNode[] = []
    const tree = [...template.content.childNodes].map((node, index) => elementsOf(node, items, index))
    floorItems = items
    root = createRoot(stage)
    return timeRender(tree, count, 'article')
  },
  /** Remove the last card of a mounted React floor (renderReactFloor first), as forgetBaseline does. */
  async forgetReactFloor(): Promise<number> {
    await settled()
    return timeRemoval(() => removeFloorItem!())
  },
  async renderBaseline(count: number): Promise<number> {
    unmount()
    const { devices } = await loaded(count)
    baselineDevices = devices
    root = createRoot(stage)
    const elapsed = await timeRender(<Baseline devices={devices} />, count, 'li')
    if (stage.querySelectorAll('li').length !== count) throw new Error('bench page: baseline rows missing')
    return elapsed
  },
  /** Forget the last device of a mounted kit (renderKit first), once it has settled: optimistic removal until layout. */
  async forgetKit(): Promise<number> {
    const client = queryClient!
    const { emulator, seeded } = pools.get(kitCount)!
    // The oldest device: last in the list and in the seed. It is put back afterwards, so every run
    // starts from the same pool.
    const target = seeded[seeded.length - 1]!
    await idle(client)
    await settled()
    const elapsed = await timeRemoval(() => forget!(target.key!))
    await idle(client)
    emulator.addDevices('bench', [target])
    return elapsed
  },
  async forgetBaseline(): Promise<number> {
    const target = baselineDevices[baselineDevices.length - 1]!
    await settled()
    return timeRemoval(() => removeRow!(target.key))
  },
  unmount,
}

declare global {
  interface Window {
    bench: typeof bench
    benchReady: boolean
  }
}
window.bench = bench
window.benchReady = true
