// `npm run bench:sign-out-others`: "Sign out all other devices" in the demo, on the emulator with
// Cognito's default quotas (per user ten writes a second), as many-devices@example.com (130 devices):
// when the progress shows, when it ends, how many requests were throttled, and what a reload lists.
import { chromium } from 'playwright-core'
import { DEMO_PASSWORD, DEMO_USERS } from 'cognito-emulator/node'
import { chromiumArgs, resolveChromium } from '../scripts/chromium.ts'
import { startDemo } from '../scripts/demoServers.ts'

const servers = await startDemo({ emulatorPort: 0, demoPort: 0, emulator: true, watch: false, logLevel: 'warn' })
const browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs })
try {
  const emulator = servers.emulator!.emulator
  const page = await (await browser.newContext({ baseURL: servers.url, viewport: { width: 1280, height: 900 } })).newPage()
  await page.goto('/')
  await page.getByLabel('Email').fill(DEMO_USERS.manyDevices)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.locator('article.rcd-device-card[data-current]').waitFor({ timeout: 30_000 })
  const others = emulator.devices(DEMO_USERS.manyDevices).filter((device) => device.remembered).length - 1
  emulator.resetCalls()

  await page.getByRole('button', { name: 'Sign out all other devices' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.waitFor()
  const start = Date.now()
  await dialog.getByRole('button', { name: 'Sign out all other devices' }).click()
  const progress = page.getByRole('progressbar', { name: 'Signing out other devices…' })
  await progress.waitFor()
  const progressShown = Date.now() - start
  await page.waitForFunction(() => Number(document.querySelector('progress')?.getAttribute('value') ?? 0) > 0)
  const firstDone = Date.now() - start
  const timeline: string[] = []
  for (let second = 1; ; second++) {
    const shown = await page.waitForFunction(
      (deadline) => Date.now() >= deadline || !document.querySelector('progress'),
      start + second * 1000,
      { polling: 50, timeout: 30_000 },
    )
    await shown.dispose()
    const value = await page.evaluate(() => document.querySelector('progress')?.getAttribute('value'))
    if (value === undefined || value === null) break
    timeline.push(`${second}s: ${value}`)
  }
  await page.getByRole('status').filter({ hasText: `All ${others} other devices were forgotten` }).waitFor({ timeout: 30_000 })
  const finished = Date.now() - start
  const requests = emulator.requests()
  const throttled = requests.filter((request) => request.errorName === 'TooManyRequestsException').length
  const forgets = requests.filter((request) => request.operation === 'ForgetDevice' && request.status === 200).length

  await page.reload()
  await page.locator('article.rcd-device-card[data-current]').waitFor()
  await page.locator('section.rcd-device-manager[data-state="ready"]').waitFor()
  const listedAfterReload = await page.locator('article.rcd-device-card').count()

  const floor = (others / 10) * 1000
  console.log(`devices signed out:        ${forgets} of ${others} (ForgetDevice answered 200)`)
  console.log(`progress shown after:      ${progressShown} ms (first device done after ${firstDone} ms)`)
  console.log(`progress each second:      ${timeline.join(', ')}`)
  console.log(`finished after:            ${finished} ms = ${(finished / floor).toFixed(3)} x the quota floor (${floor} ms; limit 1.2 x = ${floor * 1.2} ms)`)
  console.log(`TooManyRequestsException:  ${throttled} (of ${requests.length} requests in the emulator's log)`)
  console.log(`listed after a reload:     ${listedAfterReload} device(s)`)
  const ok = forgets === others && throttled === 0 && finished <= floor * 1.2 && progressShown < 1000 && listedAfterReload === 1
  console.log(ok ? 'OK' : 'NOT MET')
  process.exitCode = ok ? 0 : 1
} finally {
  await browser.close()
  await servers.close()
}
