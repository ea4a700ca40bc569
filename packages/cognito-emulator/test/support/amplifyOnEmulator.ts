import { Amplify } from 'aws-amplify'
import { afterAll, beforeAll } from 'vitest'
import { startEmulatorServer, type EmulatorServer } from '../../src/node.ts'
import type { SeedAppClient, SeedUser, SeedUserPool } from '../../src/index.ts'

export interface AmplifyPool {
  readonly userPool: SeedUserPool & { readonly id: string }
  readonly client: SeedAppClient
  readonly users: readonly SeedUser[]
}

/**
 * The emulator running as a server with one pool, one app client and these users, and aws-amplify v6
 * configured against it, for the test file that calls this at its top level: started before its
 * tests, closed after. Returns the running server.
 */
export function amplifyOnEmulator({ userPool, client, users }: AmplifyPool): () => EmulatorServer {
  let server: EmulatorServer | undefined
  beforeAll(async () => {
    server = await startEmulatorServer({ port: 0, seed: { userPool, clients: [client], users } })
    Amplify.configure({ Auth: { Cognito: { userPoolId: userPool.id, userPoolClientId: client.id, userPoolEndpoint: server.url } } })
  })
  afterAll(async () => {
    await server?.close()
  })
  return () => {
    if (!server) throw new Error('The emulator server did not start; see the error of beforeAll.')
    return server
  }
}
