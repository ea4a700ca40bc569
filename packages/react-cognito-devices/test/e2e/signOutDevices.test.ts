import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_USERS, deviceCard, e2eForThisFile, signInThroughForm, storedDeviceKey, thisDeviceCard, thisDeviceName, USER_AGENTS } from './support'

// Signing a device out from another one, across browser contexts of the same user (each its own
// device). Time moves by the emulator's clock and Playwright's, together, so a session "ends" without
// waiting an hour.

const e2e = e2eForThisFile()
const emulator = () => e2e().servers.emulator!.emulator
const deviceByKey = (key: string | null) => emulator().devices(DEMO_USERS.demo).find((device) => device.key === key)
const HOUR_AND_A_MINUTE = 61 * 60_000

interface Browser {
  context: BrowserContext
  page: Page
  /** The Cognito operations this browser sent, with their outcome: `GetTokensFromRefreshToken NotAuthorizedException`. */
  calls: string[]
}

/** A browser (its own device) with a clock the test can move, signed in to the demo. */
async function signedInBrowser(userAgent?: string): Promise<Browser> {
  const context = await e2e().newContext(userAgent)
  await context.clock.install()
  const page = await context.newPage()
  const calls: string[] = []
  page.on('response', async (response) => {
    const target = response.request().headers()['x-amz-target']
    if (!target) return
    const operation = target.replace('AWSCognitoIdentityProviderService.', '')
    const error = response.ok() ? undefined : ((await response.json().catch(() => ({}))) as { __type?: string }).__type
    calls.push(error ? `${operation} ${error}` : operation)
  })
  await signInThroughForm(page)
  await thisDeviceCard(page).waitFor()
  return { context, page, calls }
}


/** Moves the emulator's clock and every browser's by the same amount (the browsers' timers fire). */
async function timePasses(ms: number, ...browsers: Browser[]): Promise<void> {
  emulator().clock.advance(ms)
  for (const browser of browsers) await browser.page.clock.fastForward(ms)
}

/** After its session ended: the browser is at the sign-in page, told why, and asks Cognito nothing more (one refused renewal, no loop). */
async function expectAtSignIn(browser: Browser, others: Browser[]): Promise<void> {
  await browser.page.getByRole('heading', { level: 1, name: 'Sign in to Tidepool' }).waitFor()
  expect(await browser.page.locator('[data-notice="session-ended"]').count()).toBe(1)
  expect(browser.calls.filter((call) => call.startsWith('GetTokensFromRefreshToken'))).toEqual([
    'GetTokensFromRefreshToken NotAuthorizedException',
  ])
  // no error loop: more time passes (every timer fires) and nothing more is sent
  const sent = browser.calls.length
  await timePasses(10 * 60_000, browser, ...others)
  expect(browser.calls.length).toBe(sent)
}

/** The full sign-in: the stale device key is refused, Amplify answers without it and confirms a new device. */
async function expectFullSignIn(browser: Browser, staleKey: string | null): Promise<void> {
  browser.calls.length = 0
  await signInThroughForm(browser.page)
  await thisDeviceCard(browser.page).waitFor()
  expect(browser.calls.filter((call) => /^(InitiateAuth|RespondToAuthChallenge|ConfirmDevice)/.test(call))).toEqual([
    'InitiateAuth',
    'RespondToAuthChallenge ResourceNotFoundException',
    'RespondToAuthChallenge',
    'ConfirmDevice',
  ])
  // no DEVICE_SRP_AUTH step: the device did not stand in for any verification
  expect(emulator().requests().some((request) => request.step === 'DEVICE_SRP_AUTH')).toBe(false)
  const newKey = await storedDeviceKey(browser.page, emulator().clientId)
  expect(newKey).toBeTruthy()
  expect(newKey).not.toBe(staleKey)
  expect(deviceByKey(newKey)).toMatchObject({ confirmed: true })
}

/** Still signed in: a refresh of the list works (Amplify renews the session with its refresh token). */
async function expectStillSignedIn(browser: Browser): Promise<void> {
  // wait for the list Cognito sent after the click: the panel was already 'ready' before it
  const listed = browser.page.waitForResponse((response) => response.request().headers()['x-amz-target']?.endsWith('.ListDevices') ?? false)
  await browser.page.getByRole('button', { name: 'Refresh', exact: true }).click()
  expect((await listed).ok()).toBe(true)
  await expect.poll(() => browser.page.locator('section.rcd-device-manager').getAttribute('data-state')).toBe('ready')
  expect(await browser.page.getByRole('heading', { level: 1, name: 'Account settings' }).count()).toBe(1)
  expect(await browser.page.locator('.rcd-error').count()).toBe(0)
  expect(browser.calls.filter((call) => call.startsWith('GetTokensFromRefreshToken '))).toEqual([]) // no refused renewal
}

describe('signing another device out (Amplify, emulator)', () => {
  it('A signs B out: B leaves A\'s list, keeps working until its session ends, is then at sign-in, and signs in anew; A stays signed in', async () => {
    const a = await signedInBrowser()
    const b = await signedInBrowser(USER_AGENTS.chromeOs)
    const bName = await thisDeviceName(b.page)
    const bKey = await storedDeviceKey(b.page, emulator().clientId)

    await a.page.getByRole('button', { name: 'Refresh', exact: true }).click()
    const card = deviceCard(a.page, bName)
    await card.getByRole('button', { name: 'Sign out', exact: true }).click()
    const dialog = a.page.getByRole('dialog', { name: `Sign out “${bName}”?` })
    expect(await dialog.innerText()).toContain('within an hour at the latest')
    await dialog.getByRole('button', { name: 'Sign out device' }).click()
    await card.waitFor({ state: 'detached' })
    await expect.poll(() => a.page.getByRole('status').first().innerText()).toContain(`${bName} was forgotten and will be signed out`)
    expect(deviceByKey(bKey)).toBeUndefined()

    // B's session goes on: its access token is valid until it expires
    await expectStillSignedIn(b)
    await timePasses(HOUR_AND_A_MINUTE, a, b)
    // B's next call needs a new access token; the refresh is refused ("Invalid Refresh Token.")
    await b.page.getByRole('button', { name: 'Refresh', exact: true }).click()
    await expectAtSignIn(b, [a])
    await expectFullSignIn(b, bKey)

    await expectStillSignedIn(a)
    expect(a.calls).toContain('GetTokensFromRefreshToken')
    await deviceCard(a.page, bName).waitFor() // B's new device, once the refreshed list renders
    expect(await deviceCard(a.page, bName).count()).toBe(1)
  })

  it('A signs out all other devices: B and C, with progress; both end at sign-in; A stays signed in', async () => {
    const a = await signedInBrowser()
    const b = await signedInBrowser(USER_AGENTS.chromeOs)
    const c = await signedInBrowser(USER_AGENTS.android)
    const staleKeys = [await storedDeviceKey(b.page, emulator().clientId), await storedDeviceKey(c.page, emulator().clientId)]
    const others = emulator().devices(DEMO_USERS.demo).filter((device) => device.remembered).length - 1
    emulator().faults.set('ForgetDevice', { latency: { ms: 300 } }) // long enough to watch it go

    await a.page.getByRole('button', { name: 'Refresh', exact: true }).click()
    await a.page.getByRole('button', { name: 'Sign out all other devices' }).click()
    const dialog = a.page.getByRole('dialog', { name: `Sign out ${others} other devices?` })
    expect(await dialog.innerText()).toContain('this device stays signed in')
    expect(await dialog.innerText()).toContain('Sign out everywhere')
    await dialog.getByRole('button', { name: 'Sign out all other devices' }).click()

    const progress = a.page.getByRole('progressbar', { name: 'Signing out other devices…' })
    await progress.waitFor()
    await expect.poll(() => a.page.getByRole('status').first().innerText(), { timeout: 10_000 }).toContain(`All ${others} other devices were forgotten`)
    await progress.waitFor({ state: 'detached' })
    expect(await a.page.locator('article.rcd-device-card').count()).toBe(1)
    for (const key of staleKeys) expect(deviceByKey(key)).toBeUndefined()
    emulator().faults.clear()

    await expectStillSignedIn(b)
    await expectStillSignedIn(c)
    await timePasses(HOUR_AND_A_MINUTE, a, b, c)
    await b.page.getByRole('button', { name: 'Refresh', exact: true }).click()
    await c.page.getByRole('button', { name: 'Refresh', exact: true }).click()
    await expectAtSignIn(b, [a, c])
    await expectAtSignIn(c, [a, b])
    await expectStillSignedIn(a)
    await expectFullSignIn(b, staleKeys[0]!)
    await expectFullSignIn(c, staleKeys[1]!)
  })
})
