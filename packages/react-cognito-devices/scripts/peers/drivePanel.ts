/**
 * Runs a built peer scratch app in Chromium against the emulator installed in that app from its tarball
 * (`cognito-emulator/node`, as a host's tests import it): signs in through Amplify, waits for
 * the panel's devices, forgets one other device through the panel and checks the emulator lost it.
 * Any console error or uncaught page error fails the run.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs, resolveChromium } from '../chromium'
import type * as EmulatorNode from 'cognito-emulator/node'

/** What newer aws-amplify says on every configure with `userPoolEndpoint` (the emulator): not about the kit. */
const amplifyEndpointNotice = /You are using a custom Amazon (Amazon )?Cognito User Pool endpoint/

const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }

/** Serves `outDir` (the built app) and `/pool.json` (which pool to use) on a free port. */
async function serveApp(outDir: string, pool: object) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    if (path === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    if (path === '/pool.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(pool))
      return
    }
    const file = join(outDir, normalize(path === '/' ? '/index.html' : path))
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

export async function forgetADeviceInChromium(outDir: string, { DEMO_PASSWORD, DEMO_USERS, startEmulatorServer }: typeof EmulatorNode): Promise<void> {
  const emulatorServer = await startEmulatorServer({ port: 0 })
  const { emulator } = emulatorServer
  const app = await serveApp(outDir, { userPoolId: emulator.userPoolId, userPoolClientId: emulator.clientId, userPoolEndpoint: emulatorServer.url })
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs })
  const problems: string[] = []
  try {
    const page = await browser.newPage({ locale: 'en-US' })
    page.setDefaultTimeout(20_000)
    page.on('console', (message) => {
      if (amplifyEndpointNotice.test(message.text())) return
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    await page.goto(app.url)
    await page.getByLabel('Email').fill(DEMO_USERS.demo)
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()

    const cards = page.locator('article.rcd-device-card')
    await page.locator('article.rcd-device-card[data-current]').waitFor()
    const before = emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered !== false)
    const other = page.locator('article.rcd-device-card:not([data-current])').first()
    // textContent: a list item is content-visibility: auto, whose innerText is "" until a frame rendered it
    const name = ((await other.getByRole('heading').textContent()) ?? '').trim()
    const shown = await cards.count()
    await other.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Sign out device' }).click()
    await page.getByRole('heading', { name, exact: true }).waitFor({ state: 'detached' })
    const after = emulator.devices(DEMO_USERS.demo).filter((device) => device.remembered !== false)
    if (after.length !== before.length - 1) throw new Error(`the emulator still has ${after.length} devices (had ${before.length})`)
    if ((await cards.count()) !== shown - 1) throw new Error('the panel did not drop the forgotten card')
    console.log(`panel: ${shown} devices shown, forgot "${name.slice(0, 40)}", ${shown - 1} left`)
  } finally {
    await browser.close()
    await app.close()
    await emulatorServer.close()
  }
  if (problems.length > 0) throw new Error(`the page reported:\n${problems.join('\n')}`)
}
