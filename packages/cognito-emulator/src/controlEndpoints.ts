import type { CognitoEmulator } from './createCognitoEmulator.ts'
import type { FaultTarget, OperationFault } from './faults.ts'
import { isOperationName } from './operationNames.ts'
import { SeedValidationError } from './SeedValidationError.ts'

/**
 * The emulator's own controls over HTTP, for tests in any language. Not Cognito paths: Cognito's
 * API is `POST /` only.
 */
export const CONTROL_PATHS = { reset: '/_emulator/reset', faults: '/_emulator/faults' } as const

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

const refused = (message: string) => json(400, { message })

/**
 * `POST /_emulator/reset`: back to the starting seed between test runs, without a restart (users,
 * devices, tokens, faults, request log and quota counts). A JSON seed in the body is loaded
 * instead and becomes the one later resets return to; an invalid one answers 400 naming the bad field.
 */
async function answerReset(emulator: CognitoEmulator, text: string): Promise<Response> {
  try {
    if (text) emulator.load(JSON.parse(text))
  } catch (error) {
    if (error instanceof SeedValidationError) return refused(error.message)
    if (error instanceof SyntaxError) return refused(`The seed is not valid JSON: ${error.message}`)
    throw error
  }
  emulator.reset()
  return json(200, { userPoolId: emulator.userPoolId, clientId: emulator.clientId })
}

const FAULT_FIELDS = ['latency', 'error', 'throttle', 'malformedBody']

/**
 * `POST /_emulator/faults`: `{"<Operation or *>": <fault>, ...}` sets those faults (the shapes of
 * `emulator.faults.set`, e.g. `{"ListDevices": {"error": {"name": "TooManyRequestsException"}}}`);
 * `{}` clears them all.
 */
function answerFaults(emulator: CognitoEmulator, text: string): Response {
  let faults: unknown
  try {
    faults = JSON.parse(text || '{}')
  } catch (error) {
    return refused(`The faults are not valid JSON: ${(error as Error).message}`)
  }
  if (typeof faults !== 'object' || faults === null || Array.isArray(faults)) return refused('Expected an object of faults by operation name')
  const entries = Object.entries(faults)
  for (const [target, fault] of entries) {
    if (target !== '*' && !isOperationName(target)) return refused(`${target} is not an operation the emulator serves`)
    if (typeof fault !== 'object' || fault === null || Object.keys(fault).some((field) => !FAULT_FIELDS.includes(field))) {
      return refused(`${target}: expected an object with ${FAULT_FIELDS.join(', ')}`)
    }
  }
  if (entries.length === 0) emulator.faults.clear()
  for (const [target, fault] of entries) emulator.faults.set(target as FaultTarget, fault as OperationFault)
  return json(200, {})
}

/** Answers a POST to one of `CONTROL_PATHS`. */
export async function answerControl(emulator: CognitoEmulator, path: string, request: Request): Promise<Response> {
  const text = (await request.text()).trim()
  return path === CONTROL_PATHS.reset ? answerReset(emulator, text) : answerFaults(emulator, text)
}
