import { signIn, signOut } from 'aws-amplify/auth'
import { afterEach, describe, expect, it } from 'vitest'
import { amplifyPasskeyApi } from '../../src/amplify'
import { NoSessionError } from '../../src/model/errors'
import { amplifyOnEmulator } from '../../../cognito-emulator/test/support/amplifyOnEmulator'

// Real aws-amplify v6 against the running emulator: the passkey adapter takes Amplify's tokens and endpoint.
const PASSWORD = 'Kit-Passw0rd!'

amplifyOnEmulator({
  userPool: { id: 'us-east-1_Example', webAuthn: { relyingPartyId: 'localhost' } },
  client: { id: 'kitclient' },
  users: [{ username: 'kit@example.com', password: PASSWORD, passkeys: [{ credentialId: 'a2l0S2V5', friendlyName: 'Laptop' }] }],
})
afterEach(() => signOut())

describe('amplifyPasskeyApi with aws-amplify signed in against the emulator', () => {
  it("lists the signed-in user's passkeys and removes one", async () => {
    await signIn({ username: 'kit@example.com', password: PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } })
    const api = amplifyPasskeyApi()
    expect((await api.listPasskeys()).passkeys.map((passkey) => passkey.name)).toEqual(['Laptop'])
    await api.deletePasskey('a2l0S2V5')
    expect((await api.listPasskeys()).passkeys).toEqual([])
  })

  it('rejects with NoSessionError when nobody is signed in', async () => {
    await expect(amplifyPasskeyApi().listPasskeys()).rejects.toBeInstanceOf(NoSessionError)
  })
})
