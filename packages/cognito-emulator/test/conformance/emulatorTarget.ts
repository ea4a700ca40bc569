import { startEmulatorServer, type EmulatorServer } from '../../src/node.ts'
import type { ConformanceTarget } from './target.ts'

const POOL_ID = 'us-east-1_Conformance'
const IAM = { accessKeyId: 'AKIAEMULATORCONFORM1', secretAccessKey: 'conformance/emulator/secret' }

/**
 * The emulator as the cases see a real pool: device tracking "Always remember", a client without
 * a secret, one user with no devices, Cognito's default quotas and IAM credentials for the Admin cases.
 */
export async function startEmulatorTarget(): Promise<{ server: EmulatorServer; target: ConformanceTarget }> {
  const server = await startEmulatorServer({
    port: 0,
    seed: {
      userPool: { id: POOL_ID, deviceTracking: { challengeRequiredOnNewDevice: false, deviceOnlyRememberedOnUserPrompt: false } },
      clients: [{ id: 'conformanceclient0000000001' }],
      users: [{ username: 'conformance-user', password: 'Conformance-Passw0rd!' }],
      iamCredentials: [IAM],
    },
  })
  return {
    server,
    target: {
      name: 'emulator',
      endpoint: `${server.url}/`,
      region: 'us-east-1',
      userPoolId: POOL_ID,
      clientId: 'conformanceclient0000000001',
      username: 'conformance-user',
      password: 'Conformance-Passw0rd!',
      iam: IAM,
    },
  }
}
