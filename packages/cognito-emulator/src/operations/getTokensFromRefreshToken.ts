import { findClient } from '../findClient.ts'
import { validateInput } from '../inputValidation.ts'
import { clientIdRule, tokenModelRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'
import { refreshAuthentication } from '../refreshAuthentication.ts'

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
