import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ARTIFACTS_DIR, DEMO_USERS, deviceCard, e2eForThisFile, signInThroughForm, thisDeviceCard } from './support'

const e2e = e2eForThisFile()
const emulator = () => e2e().servers.emulator!.emulator


async function accountPage(): Promise<Page> {
  const page = await (await e2e().newContext()).newPage()
  await page.goto('/')
  await signInThroughForm(page)
  await thisDeviceCard(page).waitFor()
  return page
}

/** What has focus, as "button: Forget in Safari 17 on iOS". */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    if (!active) return 'nothing'
    const card = active.closest('article')?.querySelector('h3')?.textContent ?? ''
    const inDialog = active.closest('dialog') ? ' in dialog' : ''
    return `${active.tagName.toLowerCase()}: ${(active.textContent ?? '').trim()}${card ? ` in ${card}` : ''}${inDialog}`
  })
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

describe('keyboard, axe and how the page looks', () => {
  it('signs a device out with Tab, Enter and Escape alone', async () => {
    const page = await accountPage()
    const target = 'Safari 17 on iOS'
    const targetKey = 'us-east-1_2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c02'
    const forgetTarget = `button: Sign out in ${target}`

    let focus = ''
    for (let presses = 0; presses < 120 && focus !== forgetTarget; presses += 1) {
      await page.keyboard.press('Tab')
      focus = await describeFocus(page)
    }
    expect(focus).toBe(forgetTarget)

    // Enter opens the confirmation with focus on Cancel; Escape closes it and focus comes back.
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    expect(await describeFocus(page)).toBe('button: Cancel in dialog')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await describeFocus(page)).toBe(forgetTarget)
    expect(emulator().devices(DEMO_USERS.demo).some((device) => device.key === targetKey)).toBe(true)

    // Again, and this time Tab to "Sign out device" and confirm with Enter.
    await page.keyboard.press('Enter')
    await dialog.waitFor()
    await page.keyboard.press('Tab')
    expect(await describeFocus(page)).toBe('button: Sign out device in dialog')
    await page.keyboard.press('Enter')
    await deviceCard(page, target).waitFor({ state: 'detached' })
    expect(emulator().devices(DEMO_USERS.demo).some((device) => device.key === targetKey)).toBe(false)
    // Focus is not lost to <body>: it lands on the panel's heading.
    await page.getByRole('dialog').waitFor({ state: 'hidden' })
    await expect.poll(() => describeFocus(page)).toBe('h2: Your devices')
  })

  it('has no axe violations on the account page, light and dark (screenshots in test-results/e2e)', async () => {
    const page = await accountPage()
    await page.getByText('Demo User').waitFor()
    expect(await page.locator('html').getAttribute('data-rcd-color-mode')).toBe('light')
    expect(await violations(page)).toEqual([])
    await page.screenshot({ path: `${ARTIFACTS_DIR}/account-light.png`, fullPage: true })

    const toggle = page.getByRole('button', { name: 'Dark mode' })
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('html').getAttribute('data-rcd-color-mode')).toBe('dark')
    expect(await violations(page)).toEqual([])
    await page.screenshot({ path: `${ARTIFACTS_DIR}/account-dark.png`, fullPage: true })

    // The choice survives a reload.
    await page.reload()
    await thisDeviceCard(page).waitFor()
    expect(await page.locator('html').getAttribute('data-rcd-color-mode')).toBe('dark')
  })

  it('has no axe violations on the sign-in page, light and dark, with an error shown', async () => {
    const page = await (await e2e().newContext()).newPage()
    await page.goto('/')
    await page.getByLabel('Email').fill(DEMO_USERS.demo)
    await page.getByLabel('Password').fill('wrong')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.getByRole('alert').waitFor()
    expect(await violations(page)).toEqual([])
    await page.screenshot({ path: `${ARTIFACTS_DIR}/sign-in-light.png`, fullPage: true })
    await page.getByRole('button', { name: 'Dark mode' }).click()
    expect(await violations(page)).toEqual([])
    await page.screenshot({ path: `${ARTIFACTS_DIR}/sign-in-dark.png`, fullPage: true })
  })

  it('lays out at 360 px without horizontal scrolling (screenshot)', async () => {
    const page = await accountPage()
    await page.setViewportSize({ width: 360, height: 800 })
    await page.getByText('Demo User').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.screenshot({ path: `${ARTIFACTS_DIR}/account-mobile.png`, fullPage: true })
  })
})
