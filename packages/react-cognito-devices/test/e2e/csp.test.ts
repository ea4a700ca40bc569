/**
 * The demo under a strict Content-Security-Policy (`default-src 'self'; style-src 'self'`): no
 * inline script, no inline style, no other origin. A production build of the demo is served by
 * Vite's preview server with that header, and Cognito (the emulator) is proxied under the same
 * origin so `default-src 'self'` covers the API calls too. Every violation Chromium reports fails.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { build, preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, resolveChromium } from '../../scripts/chromium'
import { DEMO_ROOT } from '../../scripts/demoServers'
import { DEMO_USERS, startEmulatorServer, type EmulatorServer } from 'cognito-emulator/node'
import { signInThroughForm } from './support'

const POLICY = "default-src 'self'; style-src 'self'"

let emulator: EmulatorServer
let server: PreviewServer
let browser: Browser
let outDir: string
let origin: string

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

beforeAll(async () => {
  emulator = await startEmulatorServer({ port: 0 })
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  outDir = await mkdtemp(join(tmpdir(), 'rcd-csp-'))
  const configFile = join(DEMO_ROOT, 'vite.config.ts')
  await build({
    configFile,
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true },
    define: {
      'import.meta.env.VITE_USER_POOL_ID': JSON.stringify(emulator.emulator.userPoolId),
      'import.meta.env.VITE_USER_POOL_CLIENT_ID': JSON.stringify(emulator.emulator.clientId),
      'import.meta.env.VITE_USER_POOL_ENDPOINT': JSON.stringify(`${origin}/cognito/`),
    },
  })
  server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      headers: { 'Content-Security-Policy': POLICY },
      proxy: { '/cognito': { target: emulator.url, rewrite: (path) => path.replace(/^\/cognito/, '') || '/' } },
    },
  })
  browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()))
  await emulator?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

describe(`the demo under "${POLICY}"`, () => {
  it('signs in, manages devices and switches to dark mode with no CSP violation', async () => {
    const context = await browser.newContext({ baseURL: origin })
    const page = await context.newPage()
    const violations: string[] = []
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        ;(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        )
      })
    })
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text())
    })

    const response = await page.goto('/')
    expect(response?.headers()['content-security-policy']).toBe(POLICY)
    await signInThroughForm(page, DEMO_USERS.demo)

    const cards = page.getByRole('article')
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(1)
    await page.getByRole('article').nth(1).getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('button', { name: /dark mode/i }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.rcdColorMode)).toBe('dark')

    expect(violations).toEqual([])
    await context.close()
  }, 60_000)
})
