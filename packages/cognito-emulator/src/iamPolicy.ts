import { ServiceError } from './ServiceError.ts'
import type { PoolSettings, PoolState } from './poolState.ts'

/**
 * IAM's side of an Admin call, as far as the emulator has one: the seed's `allowedActions` of the
 * access key that signed it. A denied action answers as AWS does for a principal without an
 * identity-based policy allowing it: HTTP 400, `__type` AccessDeniedException and a capital-M
 * `Message` naming the principal, the action and the pool (captured for cognito-idp in
 * lgallard/terraform-aws-cognito-user-pool#116 and aws-samples/aws-ai-intelligent-document-processing#12;
 * the `Message` member as in aws-samples/resource-control-policy-examples#18). The principal's ARN is
 * made up from the access key id: the emulator has no IAM users.
 */
export function authorizeIamAction(accessKeyId: string, operation: string, state: Pick<PoolState, 'iamAllowedActions'> & { settings: PoolSettings }): void {
  const allowed = state.iamAllowedActions.get(accessKeyId)
  if (!allowed || allowed.has(operation)) return
  const { region, accountId, id } = state.settings
  const action = `cognito-idp:${operation}`
  throw new ServiceError(
    'AccessDeniedException',
    `User: arn:aws:iam::${accountId}:user/${accessKeyId} is not authorized to perform: ${action} on resource: arn:aws:cognito-idp:${region}:${accountId}:userpool/${id} because no identity-based policy allows the ${action} action`,
    400,
    'Message',
  )
}
