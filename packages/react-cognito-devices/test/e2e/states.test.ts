import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ARTIFACTS_DIR, DEMO_PASSWORD, DEMO_USERS, e2eForThisFile, signInThroughForm, thisDeviceCard } from './support'

const e2e = e2eForThisFile()
const emulator = () => e2e().servers.emulator!.emulator


async function newPage(): Promise<Page> {
  const page = await (await e2e().newContext()).newPage()
  await page.goto('/')
  return page
}

/**
 * A session state is said once on the page: by the devices panel. The passkey section beside it
 * failed the same way; once its section has left the page (for nothing, or for a second copy of
 * the state), count.
 */
async function expectSaidOnce(page: Page, heading: string) {
  await page.locator('#passkeys section.rcd-passkey-manager').waitFor({ state: 'detached' })
  expect(await page.getByRole('heading', { name: heading }).count()).toBe(1)
}

async function submitSignIn(page: Page, username: string, password: string) {
  await page.getByLabel('Email').fill(username)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

describe('what the demo says when Cognito says no', () => {
  it('a wrong password: "We could not sign you in" with Cognito\'s own message', async () => {
    const page = await newPage()
    await submitSignIn(page, DEMO_USERS.demo, 'not-the-password')
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.getAttribute('data-problem')).toBe('not-authorized')
    expect(await alert.innerText()).toContain('Incorrect username or password.')
    await submitSignIn(page, DEMO_USERS.disabled, DEMO_PASSWORD)
    await expect.poll(() => alert.innerText()).toContain('User is disabled.')
    await submitSignIn(page, DEMO_USERS.unconfirmed, DEMO_PASSWORD)
    await expect.poll(() => alert.getAttribute('data-problem')).toBe('account-unconfirmed')
  })

  it('a user flagged for password reset is told so at sign-in (Amplify: nextStep RESET_PASSWORD)', async () => {
    const page = await newPage()
    await submitSignIn(page, DEMO_USERS.passwordResetRequired, DEMO_PASSWORD)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.getAttribute('data-problem')).toBe('password-reset-required')
    expect(await alert.innerText()).toContain('You need to reset your password')
    await page.screenshot({ path: `${ARTIFACTS_DIR}/sign-in-password-reset-required.png`, fullPage: true })
    await alert.getByRole('button', { name: 'Reset your password' }).click()
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor()
    expect(await page.locator('[data-page="password-reset"]').innerText()).toContain(DEMO_USERS.passwordResetRequired)
  })

  it('a user flagged for password reset while signed in sees the DeviceManager\'s password-reset state', async () => {
    const page = await newPage()
    await signInThroughForm(page)
    await thisDeviceCard(page).waitFor()
    emulator().setUserFlags(DEMO_USERS.demo, { passwordResetRequired: true })

    await page.reload()
    const state = page.locator('#devices .rcd-error--password-reset-required')
    await state.waitFor()
    expect(await state.getByRole('heading').innerText()).toBe('Password reset required')
    await expectSaidOnce(page, 'Password reset required')
    expect(await page.locator('article.rcd-device-card').count()).toBe(0)
    // The profile still says who is signed in (from the id token: GetUser is refused too), once it has loaded.
    await page.locator('#profile').getByText(DEMO_USERS.demo).first().waitFor()
    await page.screenshot({ path: `${ARTIFACTS_DIR}/account-password-reset-required.png`, fullPage: true })

    await state.getByRole('button', { name: 'Reset password' }).click()
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor()
  })

  it('an expired session (access and refresh tokens past their validity) sees "Your session has ended", then the sign-in page', async () => {
    const page = await newPage()
    await signInThroughForm(page)
    await thisDeviceCard(page).waitFor()
    const { accessTokenValiditySeconds, refreshTokenValiditySeconds } = emulator().settings()
    emulator().clock.advance((Math.max(accessTokenValiditySeconds, refreshTokenValiditySeconds) + 60) * 1000)

    await page.reload()
    const state = page.locator('#devices .rcd-error--signed-out')
    await state.waitFor()
    expect(await state.getByRole('heading').innerText()).toBe('Your session has ended')
    expect(await page.locator('section.rcd-device-manager').count()).toBe(0)
    await expectSaidOnce(page, 'Your session has ended')

    await state.getByRole('button', { name: 'Sign in again' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sign in to Tidepool' }).waitFor()
    expect(await page.locator('[data-notice="session-ended"]').innerText()).toContain('Your session has ended')
    // Signing in again works, and this browser's device is still remembered (no new device).
    const count = emulator().devices(DEMO_USERS.demo).length
    await signInThroughForm(page)
    await thisDeviceCard(page).waitFor()
    expect(emulator().devices(DEMO_USERS.demo)).toHaveLength(count)
  })

  it('a session revoked elsewhere (GlobalSignOut) shows "Your session has ended" at the next refresh', async () => {
    const page = await newPage()
    await signInThroughForm(page)
    await thisDeviceCard(page).waitFor()
    // "Sign out everywhere" from another of the user's devices.
    const [seededDevice] = emulator().devices(DEMO_USERS.demo)
    const { accessToken } = await emulator().signIn(DEMO_USERS.demo, { deviceKey: seededDevice!.key })
    const response = await fetch(`${e2e().servers.emulator!.url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.GlobalSignOut' },
      body: JSON.stringify({ AccessToken: accessToken }),
    })
    expect(response.status).toBe(200)

    await page.getByRole('button', { name: 'Refresh' }).click()
    const state = page.locator('#devices .rcd-error--signed-out')
    await state.waitFor()
    expect(await state.getByRole('heading').innerText()).toBe('Your session has ended')
  })
})
