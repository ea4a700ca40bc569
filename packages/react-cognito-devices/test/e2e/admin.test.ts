import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_IAM_CREDENTIALS, defaultSeed } from 'cognito-emulator/node'
import { formatDeviceName } from '../../src/format/deviceName'
import { ARTIFACTS_DIR, DEMO_USERS, deviceCard, e2eForThisFile, signInThroughForm, thisDeviceCard } from './support'

// The demo's Support console (/admin) on the emulator: AdminDeviceManager over adminDeviceApi,
// signed with the emulator's DEMO_IAM_CREDENTIALS (the demo's default on the emulator).
const e2e = e2eForThisFile()
const emulator = () => e2e().servers.emulator!.emulator


async function lookUp(username: string): Promise<Page> {
  const page = await (await e2e().newContext()).newPage()
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Support console' }).click()
  await page.getByRole('heading', { level: 1, name: 'Support console' }).waitFor()
  await page.getByLabel('Username or email').fill(username)
  await page.getByRole('button', { name: 'Look up' }).click()
  return page
}

const userDevices = (page: Page, username: string) => page.getByRole('list', { name: `Devices of ${username}` }).getByRole('article')

describe('the Support console', () => {
  it("looks a user up, shows remembered and not-remembered devices, forgets one, and the user's own panel no longer lists it", async () => {
    const seeded = emulator().devices(DEMO_USERS.demo)
    const lost = seeded.find((device) => device.lastIpUsed === '192.0.2.14')!
    const lostName = formatDeviceName(lost)
    const page = await lookUp(DEMO_USERS.demo)

    await page.getByRole('heading', { level: 2, name: `Devices of ${DEMO_USERS.demo}` }).waitFor()
    await expect.poll(() => userDevices(page, DEMO_USERS.demo).count()).toBe(seeded.length)
    expect(await page.getByText('Not remembered', { exact: true }).count()).toBe(seeded.filter((device) => !device.remembered).length)
    expect(await page.getByText('Remembered', { exact: true }).count()).toBe(seeded.filter((device) => device.remembered).length)
    expect(await page.getByText('This device', { exact: true }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Sign out all other devices' }).count()).toBe(0)
    await expect.poll(() => page.getByRole('note').first().innerText()).toContain('must never put long-lived AWS keys in a browser')

    await deviceCard(page, lostName).getByRole('button', { name: 'Sign out' }).click()
    const dialog = page.getByRole('dialog', { name: `Sign out “${lostName}”?` })
    await dialog.getByRole('button', { name: 'Sign out device' }).click()

    await expect.poll(() => userDevices(page, DEMO_USERS.demo).count()).toBe(seeded.length - 1)
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain(`${lostName} was forgotten and will be signed out`)
    expect(emulator().devices(DEMO_USERS.demo).map((device) => device.key)).not.toContain(lost.key)
    expect(emulator().calls('AdminForgetDevice')).toBe(1)

    const own = await (await e2e().newContext()).newPage()
    await signInThroughForm(own)
    await thisDeviceCard(own).waitFor()
    await deviceCard(own, 'Chrome 124 on Windows').waitFor()
    expect(await deviceCard(own, lostName).count()).toBe(0)
  })

  it('lists a user with many devices a page at a time', async () => {
    const page = await lookUp(DEMO_USERS.manyDevices)

    await expect.poll(() => userDevices(page, DEMO_USERS.manyDevices).count()).toBe(60)
    await page.getByRole('button', { name: 'Show more' }).click()
    await expect.poll(() => userDevices(page, DEMO_USERS.manyDevices).count()).toBe(120)
  })

  it('shows a request signed with wrong credentials as the credentials state, and no key on the page', async () => {
    // The pool's admin secret was rotated: the demo still signs with the old one.
    const rotated = 'rotated/secret/NOT-A-REAL-AWS-KEY/1111111'
    emulator().load({ ...defaultSeed(), iamCredentials: [{ accessKeyId: DEMO_IAM_CREDENTIALS.accessKeyId, secretAccessKey: rotated }] })

    const page = await lookUp(DEMO_USERS.demo)

    await page.getByRole('heading', { name: 'Administrator sign-in needed' }).waitFor()
    expect(emulator().requests().map((request) => request.errorName)).toContain('InvalidSignatureException')
    const shown = await page.content()
    expect(shown).not.toContain(DEMO_IAM_CREDENTIALS.secretAccessKey)
    expect(shown).not.toContain(rotated)
  })

  it('shows an unknown user as its own state', async () => {
    const page = await lookUp('nobody@example.com')

    await page.getByRole('heading', { name: 'User not found' }).waitFor()
    expect(await page.getByText('No user with this name exists in the user pool.').count()).toBe(1)
    expect(emulator().requests().map((request) => request.errorName)).toContain('UserNotFoundException')
  })

  it('has no axe violations, light and dark, with a user looked up (screenshots in test-results/e2e)', async () => {
    const page = await lookUp(DEMO_USERS.demo)
    await expect.poll(() => userDevices(page, DEMO_USERS.demo).count()).toBe(6)
    const violations = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)

    expect(await violations()).toEqual([])
    await page.screenshot({ path: `${ARTIFACTS_DIR}/admin-light.png`, fullPage: true })
    await page.getByRole('button', { name: 'Dark mode' }).click()
    expect(await violations()).toEqual([])
    await page.screenshot({ path: `${ARTIFACTS_DIR}/admin-dark.png`, fullPage: true })
  })
})
