/**
 * `npx tsx scripts/screenshot-panel.ts`: the README's picture of the panel (docs/panel.png), taken
 * from the demo on the emulator as a user sees it after signing in as demo@example.com.
 */
import { chromium } from 'playwright-core'
import { chromiumArgs, resolveChromium } from './chromium'
import { startDemo } from './demoServers'
import { DEMO_PASSWORD, DEMO_USERS } from 'cognito-emulator/node'

const servers = await startDemo({ emulatorPort: 0, demoPort: 0, emulator: true, watch: false, logLevel: 'warn' })
const browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs })
try {
  const page = await browser.newPage({ baseURL: servers.url, viewport: { width: 900, height: 900 }, locale: 'en-US', colorScheme: 'light' })
  await page.goto('/')
  await page.getByLabel('Email').fill(DEMO_USERS.demo)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  const panel = page.locator('section.rcd-device-manager')
  await panel.getByRole('article').first().waitFor()
  // the demo's resolveLocation answers after a moment: wait for the places
  await panel.locator('bdi[dir="auto"]').first().waitFor()
  await page.evaluate(() => document.fonts.ready)
  await panel.screenshot({ path: 'docs/panel.png' })
  const tops = await panel.getByRole('article').evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().top))
  const perDevice = (tops.at(-1)! - tops[0]!) / (tops.length - 1)
  console.log(`Written: docs/panel.png (${tops.length} devices, ${perDevice.toFixed(1)} px per device at 900 px)`)
} finally {
  await browser.close()
  await servers.close()
}
