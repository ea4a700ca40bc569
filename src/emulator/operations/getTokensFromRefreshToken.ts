import { findClient } from '../findClient'
import { validateInput } from '../inputValidation'
import { clientIdRule, tokenModelRule } from '../memberRules'
import type { Operation } from '../OperationContext'
import { refreshAuthentication } from '../refreshAuthentication'

/** What aws-amplify 6.14+ calls to refresh: `{ClientId, RefreshToken, DeviceKey}`. */
export const getTokensFromRefreshToken: Operation = async (input, context) => {
  validateInput(input, {
    ClientId: clientIdRule,
    RefreshToken: tokenModelRule,
    ClientSecret: { type: 'string', sensitive: true },
    DeviceKey: { type: 'string' },
    ClientMetadata: { type: 'map' },
  })
  const client = findClient(context.state, input.ClientId as string)
  const result = await refreshAuthentication(
    { clientId: client.id, refreshToken: input.RefreshToken as string, deviceKey: input.DeviceKey as string | undefined },
    context,
  )
  return { AuthenticationResult: result }
}
