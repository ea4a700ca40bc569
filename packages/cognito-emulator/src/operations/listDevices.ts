import { authorizeAccessToken } from '../authorizeAccessToken.ts'
import { toDeviceType } from '../deviceType.ts'
import { validateInput } from '../inputValidation.ts'
import { accessTokenRule, limitRule, paginationTokenRule } from '../memberRules.ts'
import type { Operation } from '../OperationContext.ts'
import { ownershipOf, userView } from './ownership.ts'

/**
 * The caller's REMEMBERED devices in creation order, a page at a time (the amazon-cognito-identity-js
 * README: "listDevices only returns remembered devices"; FACTS.md#user-side-answers-list-only-remembered-devices).
 * Opaque server-side tokens (pagination.ts).
 * `listIncludesNotRemembered` is a non-Cognito option that lists the others too.
 */
export const listDevices: Operation = async (input, context) => {
  validateInput(input, { AccessToken: accessTokenRule, Limit: limitRule, PaginationToken: paginationTokenRule })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  const listed = context.state
    .devicesOf(user.username)
    .filter((device) => device.confirmed && (device.remembered || context.listIncludesNotRemembered))
  const { page, token } = context.state.paginationTokens.page(listed, `user:${user.sub}`, input.Limit, input.PaginationToken)
  const owner = ownershipOf(user, context)
  return {
    Devices: page.map((device) => toDeviceType(device, userView(context), owner)),
    ...(token ? { PaginationToken: token } : {}),
  }
}
