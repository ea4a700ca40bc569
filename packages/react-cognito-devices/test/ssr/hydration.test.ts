/**
 * Server rendering: the panel rendered to HTML in Node (react-dom/server, the queries prefetched with
 * the server's access token and passed through dehydrate / HydrationBoundary) and hydrated in
 * Chromium ten minutes later by the page's clock. Hydration must be silent (no console error or
 * warning, no page error) and show the same devices, with relative times only after it.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, resolveChromium } from '../../scripts/chromium'
import { DEMO_USERS, startEmulatorServer, type EmulatorServer } from 'cognito-emulator/node'
import { renderPage } from './app/renderPage'

const TEN_MINUTES = 10 * 60_000

let emulatorServer: EmulatorServer
let outDir: string
let server: Server
let pageUrl: string
let browser: Browser

beforeAll(async () => {
  emulatorServer = await startEmulatorServer({ port: 0 })
  // A sign-in creates this browser's device now: on the server it reads "now", ten minutes later
  // "10 minutes ago". Server and browser rendering it from their own clock would disagree.
  const { accessToken } = await emulatorServer.emulator.signIn(DEMO_USERS.demo)

  outDir = await mkdtemp(join(tmpdir(), 'rcd-ssr-'))
  // Development React: it reports every hydration mismatch (production React stays silent on some).
  await build({
    root: join(import.meta.dirname, 'app'),
    configFile: false,
    // Not 'warn': every react-query module's 'use client' directive would be reported.
    logLevel: 'error',
    publicDir: false,
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    build: { outDir, emptyOutDir: true, minify: false, rollupOptions: { input: 'client.tsx', output: { entryFileNames: 'client.js' } } },
  })

  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    if (path === '/') {
      renderPage(emulatorServer.url, accessToken).then(
        (html) => response.writeHead(200, { 'content-type': 'text/html' }).end(html),
        (error: unknown) => response.writeHead(500).end(String(error)),
      )
    } else if (path === '/client.js') {
      void readFile(join(outDir, 'client.js')).then((code) => response.writeHead(200, { 'content-type': 'text/javascript' }).end(code))
    } else if (path === '/favicon.ico') {
      response.writeHead(204).end()
    } else if (path === '/session/access-token') {
      response.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end(accessToken)
    } else {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs })
})

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  await emulatorServer?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

/** The `dateTime` of every `<time>` in the server's HTML, in order: which devices it showed. */
function serverDateTimes(html: string): string[] {
  return [...html.matchAll(/<time[^>]*dateTime="([^"]+)"/gi)].map((match) => match[1]!)
}

describe('server rendering', () => {
  it('hydrates ten minutes later without a mismatch, showing the same devices', async () => {
    const serverHtml = await (await fetch(pageUrl)).text()
    const serverTimes = serverDateTimes(serverHtml)
    expect(serverTimes.length).toBeGreaterThan(0)
    // The server's HTML holds the devices (prefetched), not a loading state.
    expect(serverHtml).toContain('This device')

    // A German browser whose clock is ten minutes past the server's.
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
    const page = await context.newPage()
    const messages: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()} (${message.location().url})`)
    })
    page.on('pageerror', (error) => messages.push(`page error: ${error.message}`))
    await page.clock.install({ time: Date.now() + TEN_MINUTES })
    await page.goto(pageUrl)

    // After hydration the dates turn relative (and local): this device was signed in ten minutes ago.
    const thisDevice = page.locator('article[data-current]')
    await expect.poll(() => thisDevice.locator('time').first().innerText(), { timeout: 15_000 }).toMatch(/vor 10 Minuten/)
    await page.waitForLoadState('networkidle')

    const browserTimes = await page.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))
    expect(browserTimes).toEqual(serverTimes)
    expect(emulatorServer.emulator.requests().filter((request) => request.status >= 400)).toEqual([])
    expect(messages).toEqual([])
    await context.close()
  })
})
