import { ServiceError } from './ServiceError.ts'
import type { EmulatorClock } from './clock.ts'
import { MALFORMED_BODIES, type FaultInjector } from './faults.ts'
import type { OperationContext } from './OperationContext.ts'
import { ADMIN_OPERATION_NAMES, type OperationName } from './operationNames.ts'
import { operations } from './operations/index.ts'
import { parseApiRequest } from './parseApiRequest.ts'
import type { RequestLog } from './requestLog.ts'
import { authorizeIamAction } from './iamPolicy.ts'
import { verifySigV4 } from './sigv4.ts'
import type { Throttle } from './throttling.ts'
import { unverifiedUsername } from './tokens.ts'
import { errorResponse, rawResponse, successResponse } from './wireResponse.ts'

/** What answering one API call needs from the emulator. */
export interface ApiDependencies {
  readonly clock: EmulatorClock
  readonly faults: FaultInjector
  readonly log: RequestLog
  readonly throttle: Throttle
  readonly maxBodyBytes: number
  /** The per-request context (state, tokens, time, caller IP). */
  contextFor(sourceIp: string): OperationContext
}

function delay(milliseconds: number): Promise<void> {
  return milliseconds > 0 ? new Promise((resolve) => setTimeout(resolve, milliseconds)) : Promise.resolve()
}

/** Whose request it is, for per-user quotas and faults: the token's user, the Username/USERNAME, else the IP. */
function callerKey(input: Record<string, unknown>, sourceIp: string): string {
  const parameters = (input.AuthParameters ?? input.ChallengeResponses) as Record<string, unknown> | undefined
  const named = typeof input.Username === 'string' ? input.Username : typeof parameters?.USERNAME === 'string' ? parameters.USERNAME : undefined
  return (unverifiedUsername(input.AccessToken) ?? named ?? sourceIp).toLowerCase()
}

/** What the request log records as a sign-in call's step (AuthFlow or ChallengeName). */
function signInStep(input: Record<string, unknown>): string | undefined {
  const step = input.AuthFlow ?? input.ChallengeName
  return typeof step === 'string' ? step : undefined
}

/**
 * One POST to the API: the awsJson1_1 envelope, SigV4 for the Admin operations, the pool's quotas,
 * injected faults, then the operation; every outcome is logged and answered as Cognito would.
 */
export async function answerApi(request: Request, sourceIp: string, requestId: string, deps: ApiDependencies): Promise<Response> {
  let operation: OperationName | undefined
  let step: string | undefined
  try {
    const parsed = await parseApiRequest(request, deps.maxBodyBytes)
    operation = parsed.operation
    step = signInStep(parsed.input)
    const context = deps.contextFor(sourceIp)
    if (ADMIN_OPERATION_NAMES.includes(operation)) {
      const { region, undocumented } = context.state.settings
      const accessKeyId = await verifySigV4({ request, body: parsed.body }, context.state.iamSecrets, { region, unsignedStatus: undocumented.unsignedAdminCallStatus })
      authorizeIamAction(accessKeyId, operation, context.state)
    }
    await delay(deps.faults.latencyFor(operation))
    const caller = callerKey(parsed.input, sourceIp)
    deps.throttle.admit(operation, caller, context.state.settings.throttling, context.now.getTime())
    deps.faults.check(operation, caller, context.now.getTime())
    const body = await operations[operation](parsed.input, context)
    deps.log.record({ operation, at: context.now, status: 200, errorName: undefined, step })
    const malformed = deps.faults.malformedBodyFor(operation)
    return malformed ? rawResponse(MALFORMED_BODIES[malformed], requestId) : successResponse(body, requestId)
  } catch (caught) {
    const error = caught instanceof ServiceError ? caught : new ServiceError('InternalErrorException', 'Internal server error.')
    if (operation) deps.log.record({ operation, at: deps.clock.now(), status: error.status, errorName: error.name, step })
    return errorResponse(error, requestId)
  }
}
