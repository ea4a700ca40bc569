import { describe, expect, it } from 'vitest'
import { DEMO_USERS, e2eForThisFile, signInThroughForm, storedDeviceKey, thisDeviceCard } from './support'

const e2e = e2eForThisFile()
const emulatorServer = () => e2e().servers.emulator!


/** REFRESH_TOKEN_AUTH with `refreshToken` straight to the emulator, as Amplify would send it: the error name, or 'ok'. */
async function refreshWith(refreshToken: string, deviceKey: string | null): Promise<string> {
  const response = await fetch(emulatorServer().url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
    body: JSON.stringify({
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: emulatorServer().emulator.clientId,
      AuthParameters: { REFRESH_TOKEN: refreshToken, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) },
    }),
  })
  if (response.ok) return 'ok'
  const body = (await response.json()) as { __type?: string; message?: string }
  return `${body.__type ?? response.status}: ${body.message ?? ''}`
}

describe('sign out everywhere in the demo (Amplify adapter, emulator)', () => {
  it('asks, sends GlobalSignOut, is back at sign-in, and the old refresh token is refused', async () => {
    const page = await (await e2e().newContext()).newPage()
    const targets: string[] = []
    page.on('request', (request) => {
      const target = request.headers()['x-amz-target']
      if (target) targets.push(target.replace('AWSCognitoIdentityProviderService.', ''))
    })
    await signInThroughForm(page)
    await thisDeviceCard(page).waitFor()
    const clientId = emulatorServer().emulator.clientId
    const deviceKey = await storedDeviceKey(page, clientId)
    const refreshToken = await page.evaluate(
      ([client, user]) => localStorage.getItem(`CognitoIdentityServiceProvider.${client}.${user}.refreshToken`),
      [clientId, DEMO_USERS.demo] as const,
    )
    expect(refreshToken).toBeTruthy()
    expect(await refreshWith(refreshToken!, deviceKey)).toBe('ok')

    await page.getByRole('button', { name: 'Sign out everywhere' }).click()
    const dialog = page.getByRole('dialog', { name: 'Sign out everywhere?' })
    expect(await dialog.innerText()).toContain('this one included')
    expect(targets).not.toContain('GlobalSignOut')
    await dialog.getByRole('button', { name: 'Sign out everywhere' }).click()

    await page.getByRole('heading', { level: 1, name: 'Sign in to Tidepool' }).waitFor()
    expect(targets.filter((target) => target === 'GlobalSignOut')).toHaveLength(1)
    expect(await refreshWith(refreshToken!, deviceKey)).toBe('NotAuthorizedException: Refresh Token has been revoked')
  })
})
