/**
 * Shared pieces of the e2e suite: the servers `npm start` runs (startDemo, on free ports, with the
 * emulator reset between tests), Debian's Chromium through playwright-core, and page helpers.
 */
import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { chromiumArgs, resolveChromium } from '../../scripts/chromium'
import { startDemo, type DemoServers } from '../../scripts/demoServers'
import { defaultSeed, DEMO_PASSWORD, DEMO_USERS, type EmulatedDevice } from 'cognito-emulator/node'

export { DEMO_PASSWORD, DEMO_USERS }

/** Where screenshots go (gitignored). */
export const ARTIFACTS_DIR = 'test-results/e2e'

/**
 * User agents for contexts that should show up under a name of their own: Amplify stores
 * `navigator.userAgent` as the device's name where the browser has no client hints.
 */
export const USER_AGENTS = {
  chromeOs: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
} as const

export interface E2E {
  servers: DemoServers
  browser: Browser
  /**
   * A fresh browser context (its own localStorage: its own Amplify session and device). By default
   * Chromium as it is: Amplify names the device from its User-Agent Client Hints
   * (`Linux x86 Linux ...;Chromium/156...`). With `userAgent`, a browser without client hints
   * sending that user agent: Amplify then names the device with it, as in Firefox and Safari.
   */
  newContext(userAgent?: string): Promise<BrowserContext>
  /** Back to the default seed, real time, no faults; closes every context opened since. */
  reset(): Promise<void>
  close(): Promise<void>
}

/**
 * The demo, the emulator and Chromium for the test file that calls this at its top level: started
 * before its tests, reset before each (a fresh seed, the browser's contexts closed), closed after.
 */
export function e2eForThisFile(): () => E2E {
  let e2e: E2E | undefined
  beforeAll(async () => {
    e2e = await startE2E()
  })
  afterAll(async () => {
    await e2e?.close()
  })
  beforeEach(async () => {
    await running().reset()
  })
  function running(): E2E {
    if (!e2e) throw new Error('The e2e servers did not start; see the error of beforeAll.')
    return e2e
  }
  return running
}

export async function startE2E(): Promise<E2E> {
  const servers = await startDemo({
    emulatorPort: 0,
    demoPort: 0,
    emulator: true,
    watch: false,
    logLevel: 'warn',
    cacheDir: fileURLToPath(new URL('../../node_modules/.vite/demo-e2e', import.meta.url)),
  })
  let browser: Browser
  try {
    browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs })
  } catch (error) {
    await servers.close()
    throw error
  }
  await mkdir(ARTIFACTS_DIR, { recursive: true })
  const contexts: BrowserContext[] = []
  const emulator = () => servers.emulator!.emulator
  return {
    servers,
    browser,
    async newContext(userAgent) {
      const context = await browser.newContext({
        baseURL: servers.url,
        viewport: { width: 1280, height: 900 },
        locale: 'en-US',
        colorScheme: 'light',
        ...(userAgent ? { userAgent } : {}),
      })
      if (userAgent) {
        await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => undefined, configurable: true }))
      }
      context.setDefaultTimeout(15_000)
      contexts.push(context)
      return context
    },
    async reset() {
      await Promise.all(contexts.splice(0).map((context) => context.close()))
      emulator().clock.set(new Date())
      emulator().load(defaultSeed())
      emulator().faults.clear()
      emulator().resetCalls()
    },
    async close() {
      await Promise.all(contexts.splice(0).map((context) => context.close()))
      await browser.close()
      await servers.close()
    },
  }
}

/** Opens the demo and signs in through its form (Amplify's default signIn), waiting for the account page. */
export async function signInThroughForm(page: Page, username: string = DEMO_USERS.demo, password: string = DEMO_PASSWORD): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/')
  await page.getByLabel('Email').fill(username)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Account settings' }).waitFor()
}

/** The DeviceManager's card for this browser (the one marked "This device"). */
export function thisDeviceCard(page: Page) {
  return page.locator('article.rcd-device-card[data-current]')
}

/**
 * The name on this device's card, as the DOM holds it. Not `innerText`: a card in the list is
 * `content-visibility: auto`, and Chromium gives "" for its text until a frame has rendered it.
 */
export async function thisDeviceName(page: Page): Promise<string> {
  return ((await thisDeviceCard(page).getByRole('heading', { level: 3 }).textContent()) ?? '').trim()
}

/** A device card by its heading (the device's display name). */
export function deviceCard(page: Page, name: string | RegExp) {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name }) })
}

/** The device key Amplify stored for this browser (its DEVICE_KEY for the next sign-in), if any. */
export async function storedDeviceKey(page: Page, clientId: string, username: string = DEMO_USERS.demo): Promise<string | null> {
  return page.evaluate(([client, user]) => localStorage.getItem(`CognitoIdentityServiceProvider.${client}.${user}.deviceKey`), [clientId, username] as const)
}

/** The emulator's devices of a user whose name is a user agent. */
export function devicesNamed(devices: readonly EmulatedDevice[], userAgent: string): EmulatedDevice[] {
  return devices.filter((device) => device.name === userAgent)
}
