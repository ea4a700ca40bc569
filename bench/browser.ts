// Render and interaction time in real Chromium (Debian's, via scripts/chromium.ts): the bench page
// is built by Vite (production React) into a temp dir, served on 127.0.0.1, driven by playwright-core.
import react from '@vitejs/plugin-react'
import { createServer, type Server } from 'node:http'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { chromiumArgs, resolveChromium } from '../scripts/chromium.ts'

export interface Timing {
  readonly name: string
  /** Median milliseconds of the kit and of the plain <ul> baseline, and kit / baseline. */
  readonly kitMs: number
  readonly baselineMs: number
  readonly ratio: number
  /** For first renders: the kit's own markup set as static HTML (median ms), and kit / static. */
  readonly staticMs?: number
  readonly staticRatio?: number
}

export interface BrowserResult {
  readonly chromium: string
  readonly runs: number
  readonly timings: Timing[]
  /** Elements per device card in the default panel (its list item included). */
  readonly elementsPerCard: number
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

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
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: [...chromiumArgs, '--js-flags=--expose-gc'], timeout: 60_000 })
  const close = async () => {
    await browser.close()
    server?.close()
    await rm(outDir, { recursive: true, force: true })
  }
  try {
    await build({ configFile: false, root, base: './', logLevel: 'warn', publicDir: false, plugins: [react()], build: { outDir, emptyOutDir: true, minify } })
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

export async function measureBrowser({ runs = 7, warmups = 2, only }: { runs?: number; warmups?: number; only?: RegExp } = {}): Promise<BrowserResult> {
  const { browser, page, errors, close } = await openBenchPage()
  try {
    const timings: Timing[] = []
    // Kit and baseline alternate run by run, so drift (thermal, other load) hits both alike.
    const pair = async (name: string, kit: () => Promise<number>, baseline: () => Promise<number>, staticHtml?: () => Promise<number>) => {
      if (only && !only.test(name)) return
      const kitRuns: number[] = []
      const baselineRuns: number[] = []
      const staticRuns: number[] = []
      for (let run = 0; run < warmups + runs; run++) {
        const kitMs = await kit()
        const baselineMs = await baseline()
        const staticMs = staticHtml ? await staticHtml() : 0
        if (run >= warmups) {
          kitRuns.push(kitMs)
          baselineRuns.push(baselineMs)
          staticRuns.push(staticMs)
        }
      }
      const kitMs = median(kitRuns)
      const baselineMs = median(baselineRuns)
      const staticMs = staticHtml ? median(staticRuns) : undefined
      timings.push({ name, kitMs, baselineMs, ratio: kitMs / baselineMs, staticMs, staticRatio: staticMs === undefined ? undefined : kitMs / staticMs })
    }
    for (const count of [60, 600]) {
      await pair(
        `first render of DeviceManager, ${count} devices`,
        () => page.evaluate((n) => window.bench.renderKit(n), count),
        () => page.evaluate((n) => window.bench.renderBaseline(n), count),
        () => page.evaluate((n) => window.bench.renderStatic(n), count),
      )
    }
    await pair(
      'forget one of 600 once the panel has settled (optimistic removal to layout)',
      () => page.evaluate(async () => (await window.bench.renderKit(600), window.bench.forgetKit())),
      () => page.evaluate(async () => (await window.bench.renderBaseline(600), window.bench.forgetBaseline())),
    )
    const elementsPerCard = await page.evaluate(() => window.bench.elementsPerCard(60))
    if (errors.length > 0) throw new Error(`bench page errors: ${errors.join('; ')}`)
    return { chromium: browser.version(), runs, timings, elementsPerCard }
  } finally {
    await close()
  }
}
