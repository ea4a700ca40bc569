import { ServiceError } from './ServiceError.ts'
import type { PoolState, StoredClient } from './poolState.ts'
import type { SeedAuthFlow } from './seedTypes.ts'

/** The app client a request names; an unknown one answers as Cognito does. */
export function findClient(state: PoolState, clientId: string): StoredClient {
  const client = state.clients.get(clientId)
  if (!client) throw new ServiceError('ResourceNotFoundException', `User pool client ${clientId} does not exist.`)
  return client
}

export function assertFlowEnabled(client: StoredClient, flow: SeedAuthFlow, flowName: string): void {
  if (!client.explicitAuthFlows.has(flow)) {
    throw new ServiceError('InvalidParameterException', `${flowName} flow not enabled for this client`)
  }
}
