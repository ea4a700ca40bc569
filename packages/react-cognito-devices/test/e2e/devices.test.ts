import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_USERS, deviceCard, e2eForThisFile, signInThroughForm, storedDeviceKey, thisDeviceCard, thisDeviceName, USER_AGENTS } from './support'

const e2e = e2eForThisFile()
const emulator = () => e2e().servers.emulator!.emulator
const demoDevices = () => emulator().devices(DEMO_USERS.demo)
const deviceByKey = (key: string | null) => demoDevices().find((device) => device.key === key)


async function signedInPage(userAgent?: string): Promise<Page> {
  const page = await (await e2e().newContext(userAgent)).newPage()
  await signInThroughForm(page)
  await thisDeviceCard(page).waitFor()
  return page
}


async function signOutAndIn(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Sign in to Tidepool' }).waitFor()
  await signInThroughForm(page)
  await thisDeviceCard(page).waitFor()
}

describe('devices across two browsers (Amplify default sign-in: USER_SRP_AUTH)', () => {
  it('two sign-ins from two browsers make two new devices, and each page marks its own as "This device"', async () => {
    const seeded = demoDevices().length
    const first = await signedInPage()
    const second = await signedInPage(USER_AGENTS.chromeOs)

    expect(demoDevices()).toHaveLength(seeded + 2)
    const firstKey = await storedDeviceKey(first, emulator().clientId)
    const secondKey = await storedDeviceKey(second, emulator().clientId)
    expect(firstKey).toBeTruthy()
    expect(secondKey).toBeTruthy()
    expect(firstKey).not.toBe(secondKey)
    // Amplify names a device from Chromium's client hints, else from navigator.userAgent.
    expect(deviceByKey(firstKey)?.name).toMatch(/Chromium\/\d+/)
    expect(deviceByKey(secondKey)?.name).toBe(USER_AGENTS.chromeOs)
    expect(deviceByKey(firstKey)?.remembered).toBe(true)

    const firstName = await thisDeviceName(first)
    const secondName = await thisDeviceName(second)
    expect(firstName).toMatch(/Chromium \d+ on Linux/)
    expect(secondName).toMatch(/Chrome 131 on ChromeOS/)

    // Each page lists the other browser's device, but not as "This device".
    await first.getByRole('button', { name: 'Refresh' }).click()
    await deviceCard(first, secondName).waitFor()
    expect(await deviceCard(first, secondName).getAttribute('data-current')).toBeNull()
    expect(await deviceCard(second, firstName).getAttribute('data-current')).toBeNull()
    expect(await first.locator('article[data-current]').count()).toBe(1)
    expect(await second.locator('article[data-current]').count()).toBe(1)
    await expect.poll(() => thisDeviceCard(first).innerText()).toContain('This device')
  })

  it('forgetting the other browser removes it here; there it says the device is no longer remembered; its next sign-in starts a new device', async () => {
    const first = await signedInPage()
    const second = await signedInPage(USER_AGENTS.chromeOs)
    const secondName = await thisDeviceName(second)
    const staleKey = await storedDeviceKey(second, emulator().clientId)

    await first.getByRole('button', { name: 'Refresh' }).click()
    const card = deviceCard(first, secondName)
    await card.getByRole('button', { name: 'Sign out' }).click()
    const dialog = first.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Sign out device' }).click()
    await card.waitFor({ state: 'detached' })
    await expect.poll(() => first.getByRole('status').first().innerText()).toContain('was forgotten')
    expect(deviceByKey(staleKey)).toBeUndefined()

    // The second browser: its session still works, but GetDevice answers "Device does not exist."
    await second.reload()
    const manager = second.locator('section.rcd-device-manager')
    await second.getByText('This device is not remembered').waitFor()
    await expect.poll(() => manager.getAttribute('data-state')).toBe('ready')
    expect(await second.locator('article[data-current]').count()).toBe(0)
    expect(await second.locator('.rcd-error').count()).toBe(0)
    expect(await storedDeviceKey(second, emulator().clientId)).toBe(staleKey)

    // Its next sign-in sends the stale DEVICE_KEY, gets ResourceNotFoundException "Device does not
    // exist.", and Amplify clears its device metadata and answers the challenge again without it.
    emulator().resetCalls()
    await signOutAndIn(second)
    const signInCalls = emulator()
      .requests()
      .filter((request) => ['InitiateAuth', 'RespondToAuthChallenge', 'ConfirmDevice'].includes(request.operation))
      .map((request) => `${request.operation} ${request.errorName ?? request.status}`)
    // The retry answers the same PASSWORD_VERIFIER challenge again: no second InitiateAuth.
    expect(signInCalls).toEqual(['InitiateAuth 200', 'RespondToAuthChallenge ResourceNotFoundException', 'RespondToAuthChallenge 200', 'ConfirmDevice 200'])
    const newKey = await storedDeviceKey(second, emulator().clientId)
    expect(newKey).toBeTruthy()
    expect(newKey).not.toBe(staleKey)
    expect(deviceByKey(staleKey)).toBeUndefined()
    expect(deviceByKey(newKey)).toMatchObject({ name: USER_AGENTS.chromeOs, remembered: true, confirmed: true })
    expect(await thisDeviceName(second)).toBe(secondName)
    expect(await second.getByText('This device is not remembered').count()).toBe(0)
  })

  it('stop remembering and remember again hold across reloads; signing out and in reuses the remembered device', async () => {
    const page = await signedInPage()
    const key = await storedDeviceKey(page, emulator().clientId)
    const notice = page.getByText('This device is not remembered')

    await thisDeviceCard(page).getByRole('button', { name: 'Stop remembering' }).click()
    await expect.poll(() => deviceByKey(key)?.remembered).toBe(false)
    // As Cognito answers a browser: the list leaves it out, GetDevice does not find it.
    await notice.waitFor()
    await thisDeviceCard(page).waitFor({ state: 'detached' })
    expect(await page.locator('.rcd-device-card__status').count()).toBe(0)
    await page.reload()
    await notice.waitFor()
    expect(await thisDeviceCard(page).count()).toBe(0)

    await page.getByRole('button', { name: 'Remember this device' }).click()
    await thisDeviceCard(page).waitFor()
    expect(await notice.count()).toBe(0)
    await page.reload()
    await thisDeviceCard(page).waitFor()
    expect(deviceByKey(key)?.remembered).toBe(true)
    expect(await page.locator('.rcd-device-card__status').count()).toBe(0)

    const count = demoDevices().length
    emulator().resetCalls()
    await signOutAndIn(page)
    expect(demoDevices()).toHaveLength(count)
    expect(await storedDeviceKey(page, emulator().clientId)).toBe(key)
    expect(emulator().calls('ConfirmDevice')).toBe(0)
    // USER_SRP_AUTH, then the device's own SRP: PASSWORD_VERIFIER, DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER.
    expect(emulator().calls('InitiateAuth')).toBe(1)
    expect(emulator().calls('RespondToAuthChallenge')).toBe(3)
    await thisDeviceCard(page).waitFor()
  })

  it('asks "Remember this device?" after sign-in when the pool leaves it to the user', async () => {
    emulator().configurePool({ deviceTracking: { challengeRequiredOnNewDevice: false, deviceOnlyRememberedOnUserPrompt: true } })
    const page = await (await e2e().newContext()).newPage()
    await signInThroughForm(page)
    const key = await storedDeviceKey(page, emulator().clientId)
    expect(deviceByKey(key)?.remembered).toBe(false)

    const prompt = page.getByRole('region', { name: 'Remember this device?' })
    await prompt.getByRole('button', { name: 'Remember this device' }).click()
    await page.getByRole('region', { name: 'This device is remembered' }).waitFor()
    expect(deviceByKey(key)?.remembered).toBe(true)
    // the panel lists it now (Cognito lists only remembered devices to a browser)
    await thisDeviceCard(page).waitFor()

    // Not asked again on a reload, nor when the device is already remembered.
    await page.reload()
    await thisDeviceCard(page).waitFor()
    expect(await page.locator('[data-prompt]').count()).toBe(0)
  })
})
