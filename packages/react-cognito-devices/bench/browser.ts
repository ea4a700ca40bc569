// Render and interaction time in real Chromium (Debian's, via scripts/chromium.ts): the bench page
// is built by Vite (production React) into a temp dir, served on 127.0.0.1, driven by playwright-core.
import react from '@vitejs/plugin-react'
import { createServer, type Server } from 'node:http'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os, { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { chromiumArgs, resolveChromium } from '../scripts/chromium.ts'
import { emulatorFromSource } from '../emulatorSource.ts'

/** The middle and the middle half of a set of runs: median, first and third quartile. */
export interface Spread {
  readonly median: number
  readonly low: number
  readonly high: number
}

export interface Timing {
  readonly name: string
  /** Median milliseconds of the kit and of the plain <ul> baseline. */
  readonly kitMs: number
  readonly baselineMs: number
  /** Kit / baseline, taken within each round (the two ran back to back), then the median of those. */
  readonly ratio: number
  readonly kit: Spread
  readonly ratioSpread: Spread
  /**
   * The kit's own markup timed other ways in the same rounds, to tell what the DOM costs from what
   * the kit's code costs: set as static HTML, and rendered by React from prebuilt elements.
   */
  readonly references: readonly Reference[]
}

/** One reference measure of a timing: its median ms, and kit / reference taken per round. */
export interface Reference {
  readonly name: string
  readonly ms: number
  readonly ratioSpread: Spread
}

export interface BrowserResult {
  readonly chromium: string
  readonly runs: number
  readonly timings: Timing[]
  /** Elements per device card in the default panel (its list item included). */
  readonly elementsPerCard: number
  /** The machine's 1-minute load average before and after the timed runs. */
  readonly loadBefore: number
  readonly loadAfter: number
}

/** The value below which a fraction `q` of `values` lies (linear between neighbours). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const below = Math.floor(at)
  return sorted[below]! + (sorted[Math.min(below + 1, sorted.length - 1)]! - sorted[below]!) * (at - below)
}

const spread = (values: readonly number[]): Spread => ({ median: quantile(values, 0.5), low: quantile(values, 0.25), high: quantile(values, 0.75) })

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

function serve(directory: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname))
    const file = join(directory, path === '/' ? 'index.html' : path)
    if (!file.startsWith(directory)) return void response.writeHead(403).end()
    try {
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)))
}

/** The bench page built by Vite (production React) and served on 127.0.0.1, open in Chromium. */
export async function openBenchPage({ minify = true, root = resolve(import.meta.dirname, 'page') } = {}) {
  const outDir = await mkdtemp(join(tmpdir(), 'rcd-bench-'))
  let server: Server | undefined
  // --expose-gc: the page collects garbage before each timed step, so no run pays for the last one's.
  // The page is never hidden, but Chromium must not treat it as in the background either (a headless
  // renderer that loses the CPU to other processes for a while can be deprioritised, its timers throttled).
  const args = [...chromiumArgs, '--js-flags=--expose-gc', '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows']
  const browser = await chromium.launch({ executablePath: resolveChromium(), args, timeout: 60_000 })
  const close = async () => {
    await browser.close()
    server?.close()
    await rm(outDir, { recursive: true, force: true })
  }
  try {
    await build({ ...emulatorFromSource, configFile: false, root, base: './', logLevel: 'warn', publicDir: false, plugins: [react()], build: { outDir, emptyOutDir: true, minify } })
    server = await serve(outDir)
    const address = server.address()
    if (!address || typeof address === 'string') throw new Error('bench server has no port')
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(60_000)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`http://127.0.0.1:${address.port}/`)
    await page.waitForFunction(() => window.benchReady === true)
    return { browser, page, errors, close }
  } catch (error) {
    await close()
    throw error
  }
}

export async function measureBrowser({ runs = 15, warmups = 3, only }: { runs?: number; warmups?: number; only?: RegExp } = {}): Promise<BrowserResult> {
  const { browser, page, errors, close } = await openBenchPage()
  const loadBefore = os.loadavg()[0]!
  try {
    const timings: Timing[] = []
    // Every round runs the kit, the baseline and the references back to back,
    // in an order that rotates round by round, and each ratio is taken within its round: load from
    // other processes that comes and goes hits every measure of a round alike, and the median of the
    // per-round ratios ignores the rounds it hit unevenly.
    const pair = async (name: string, kit: () => Promise<number>, baseline: () => Promise<number>, references: ReadonlyArray<readonly [string, () => Promise<number>]> = []) => {
      if (only && !only.test(name)) return
      const measures = [kit, baseline, ...references.map(([, measure]) => measure)]
      const rounds: number[][] = []
      for (let round = 0; round < warmups + runs; round++) {
        const times: number[] = []
        for (let step = 0; step < measures.length; step++) {
          const index = (round + step) % measures.length
          times[index] = await measures[index]!()
        }
        if (round >= warmups) rounds.push(times)
      }
      const column = (index: number) => rounds.map((times) => times[index]!)
      const ratios = (index: number) => rounds.map((times) => times[0]! / times[index]!)
      const kitSpread = spread(column(0))
      const ratioSpread = spread(ratios(1))
      timings.push({
        name,
        kitMs: kitSpread.median,
        baselineMs: quantile(column(1), 0.5),
        ratio: ratioSpread.median,
        kit: kitSpread,
        ratioSpread,
        references: references.map(([referenceName], index) => ({ name: referenceName, ms: quantile(column(index + 2), 0.5), ratioSpread: spread(ratios(index + 2)) })),
      })
    }
    for (const count of [60, 600]) {
      await pair(
        `first render of DeviceManager, ${count} devices`,
        () => page.evaluate((n) => window.bench.renderKit(n), count),
        () => page.evaluate((n) => window.bench.renderBaseline(n), count),
        [
          ['same markup as static HTML', () => page.evaluate((n) => window.bench.renderStatic(n), count)],
          ['same markup by React from prebuilt elements', () => page.evaluate((n) => window.bench.renderReactFloor(n), count)],
        ],
      )
    }
    await pair(
      'forget one of 600 once the panel has settled (optimistic removal to layout)',
      () => page.evaluate(async () => (await window.bench.renderKit(600), window.bench.forgetKit())),
      () => page.evaluate(async () => (await window.bench.renderBaseline(600), window.bench.forgetBaseline())),
      [['same markup by React, its last item removed', () => page.evaluate(async () => (await window.bench.renderReactFloor(600), window.bench.forgetReactFloor()))]],
    )
    const elementsPerCard = await page.evaluate(() => window.bench.elementsPerCard(60))
    if (errors.length > 0) throw new Error(`bench page errors: ${errors.join('; ')}`)
    return { chromium: browser.version(), runs, timings, elementsPerCard, loadBefore, loadAfter: os.loadavg()[0]! }
  } finally {
    await close()
  }
}
