import { startEmulatorServer } from '../../src/node.ts'
import type { ConformanceTarget } from './target.ts'

const POOL_ID = 'us-east-1_Conformance'
const OPT_IN_POOL_ID = 'us-east-1_ConformanceOptIn'
const CLIENT_ID = 'conformanceclient0000000001'
/** Passkeys on, for this relying party (registrations come from https://auth.example.com). */
const RELYING_PARTY_ID = 'auth.example.com'
const USER = { username: 'conformance-user', password: 'Conformance-Passw0rd!' }
const IAM = { accessKeyId: 'AKIAEMULATORCONFORM1', secretAccessKey: 'conformance/emulator/secret' }
/** A principal whose policy allows none of the Admin device actions. */
const DENIED_IAM = { accessKeyId: 'AKIAEMULATORDENIED01', secretAccessKey: 'conformance/emulator/denied' }

/**
 * The emulator as the cases see a real pool: device tracking "Always remember", a client without
 * a secret, one user with no devices and no passkeys, passkeys on, Cognito's default quotas and IAM
 * credentials for the Admin cases; beside it a second pool whose device tracking is "User opt-in" (one server each, as one
 * emulator serves one pool).
 */
export async function startEmulatorTarget(): Promise<{ target: ConformanceTarget; close(): Promise<void> }> {
  const server = await startEmulatorServer({
    port: 0,
    seed: {
      userPool: {
        id: POOL_ID,
        deviceTracking: { challengeRequiredOnNewDevice: false, deviceOnlyRememberedOnUserPrompt: false },
        webAuthn: { relyingPartyId: RELYING_PARTY_ID },
      },
      clients: [{ id: CLIENT_ID }],
      users: [USER],
      iamCredentials: [IAM, { ...DENIED_IAM, allowedActions: [] }],
    },
  })
  const optInServer = await startEmulatorServer({
    port: 0,
    seed: {
      userPool: { id: OPT_IN_POOL_ID, deviceTracking: { challengeRequiredOnNewDevice: false, deviceOnlyRememberedOnUserPrompt: true } },
      clients: [{ id: CLIENT_ID }],
      users: [USER],
    },
  })
  return {
    target: {
      name: 'emulator',
      endpoint: `${server.url}/`,
      region: 'us-east-1',
      userPoolId: POOL_ID,
      clientId: CLIENT_ID,
      ...USER,
      iam: IAM,
      deniedIam: DENIED_IAM,
      optInPool: { endpoint: `${optInServer.url}/`, userPoolId: OPT_IN_POOL_ID, clientId: CLIENT_ID },
      passkeys: true,
      emulatorControls: { setUserFlags: (flags) => server.emulator.setUserFlags(USER.username, flags) },
    },
    close: async () => {
      await Promise.all([server.close(), optInServer.close()])
    },
  }
}
