import type { CDPSession, Page } from 'playwright-core'
import AxeBuilder from '@axe-core/playwright'
import { defaultSeed } from 'cognito-emulator'
import { describe, expect, it } from 'vitest'
import { ARTIFACTS_DIR, DEMO_USERS, e2eForThisFile, signInThroughForm } from './support'

const e2e = e2eForThisFile()
const emulator = () => e2e().servers.emulator!.emulator

/**
 * The demo on http://localhost:<port> (a relying party id must be a domain; Chromium refuses
 * 127.0.0.1) with Chromium's virtual authenticator (DevTools protocol, WebAuthn domain): a platform
 * authenticator with user verification, which answers the prompt at once.
 */
async function pageWithAuthenticator(options: { colorScheme?: 'light' | 'dark'; lang?: 'ar' } = {}): Promise<{ page: Page; cdp: CDPSession; authenticatorId: string }> {
  const context = await e2e().newContext()
  const page = await context.newPage()
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme })
  const cdp = await context.newCDPSession(page)
  await cdp.send('WebAuthn.enable', { enableUI: false })
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  })
  // `?lang=ar`: the demo shows the kit in Arabic on a right-to-left page, as a host would.
  const demo = e2e().servers.url.replace('127.0.0.1', 'localhost')
  await page.goto(options.lang ? new URL(`?lang=${options.lang}`, demo).href : demo)
  await signInThroughForm(page)
  return { page, cdp, authenticatorId }
}

const passkeySection = (page: Page, title = 'Passkeys') => page.getByRole('region', { name: title })
const passkeyCards = (page: Page, title?: string) => passkeySection(page, title).getByRole('article')

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('#passkeys').analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

describe('passkeys on the demo with a virtual authenticator', () => {
  it('adds a passkey, lists it after a reload, removes it, and it is gone', async () => {
    const { page, cdp, authenticatorId } = await pageWithAuthenticator()
    await passkeySection(page).getByText('No passkeys yet').waitFor()
    await passkeySection(page).getByRole('button', { name: 'Add a passkey' }).click()
    await passkeySection(page).getByRole('status').filter({ hasText: 'Passkey added.' }).waitFor()
    expect(await passkeyCards(page).count()).toBe(1)
    // The authenticator holds it, and Cognito (the emulator) verified and stored it.
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
    expect(credentials).toHaveLength(1)
    expect(credentials[0]!.rpId).toBe('localhost')

    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Account settings' }).waitFor()
    await passkeyCards(page).first().waitFor()
    expect(await passkeyCards(page).count()).toBe(1)
    await expect.poll(() => passkeyCards(page).first().innerText()).toContain('Built into a device')

    await passkeySection(page).getByRole('button', { name: /^Remove / }).click()
    const dialog = page.getByRole('dialog', { name: /^Remove “.+”\?$/ })
    await dialog.getByRole('button', { name: 'Remove' }).click()
    await passkeySection(page).getByText('No passkeys yet').waitFor()
    await page.reload()
    await passkeySection(page).getByText('No passkeys yet').waitFor()
    expect(await passkeyCards(page).count()).toBe(0)
  })

  it('says passkeys are not turned on when the pool has them off, not a broken section', async () => {
    const seed = defaultSeed()
    emulator().load({ ...seed, userPool: { ...seed.userPool, webAuthn: false } })
    const { page } = await pageWithAuthenticator()
    await passkeySection(page).getByRole('button', { name: 'Add a passkey' }).click()
    await passkeySection(page).getByRole('status').filter({ hasText: 'Passkeys are not turned on for this account.' }).waitFor()
    expect(await passkeySection(page).getAttribute('data-state')).toBe('not-enabled')
    expect(await passkeySection(page).getByRole('button', { name: 'Add a passkey' }).count()).toBe(0)
    await expectNoAxeViolations(page)
  })

  it.each(['light', 'dark'] as const)('is clean for axe in %s mode with a passkey listed', async (colorScheme) => {
    emulator().load({
      ...defaultSeed(),
      users: defaultSeed().users!.map((user) => (user.username === DEMO_USERS.demo ? { ...user, passkeys: [{ friendlyName: 'YubiKey 5', authenticatorAttachment: 'cross-platform', transports: ['usb', 'nfc'] }] } : user)),
    })
    const { page } = await pageWithAuthenticator({ colorScheme })
    await passkeyCards(page).first().waitFor()
    await expectNoAxeViolations(page)
  })

  it('is clean for axe right to left, in Arabic, listing and adding a passkey', async () => {
    const ar = { title: 'مفاتيح المرور', add: 'إضافة مفتاح مرور', added: 'تمت إضافة مفتاح المرور.' }
    emulator().load({
      ...defaultSeed(),
      users: defaultSeed().users!.map((user) => (user.username === DEMO_USERS.demo ? { ...user, passkeys: [{ friendlyName: 'YubiKey 5', authenticatorAttachment: 'cross-platform', transports: ['usb', 'nfc'] }] } : user)),
    })
    const { page } = await pageWithAuthenticator({ lang: 'ar' })
    await passkeyCards(page, ar.title).first().waitFor()
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    expect(await passkeySection(page, ar.title).getAttribute('dir')).toBe('rtl')
    expect(await passkeySection(page, ar.title).getAttribute('lang')).toBe('ar')
    await expectNoAxeViolations(page)

    await passkeySection(page, ar.title).getByRole('button', { name: ar.add }).click()
    await passkeySection(page, ar.title).getByRole('status').filter({ hasText: ar.added }).waitFor()
    expect(await passkeyCards(page, ar.title).count()).toBe(2)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS_DIR}/passkeys-rtl.png`, fullPage: true })
  })
})
