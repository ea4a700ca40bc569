import { sanitizeErrorName } from '../cognito/client'
import { field } from './errorDetails'
/**
 * One table: what went wrong (by error NAME) -> the state a user sees -> how the kit reacts.
 * Table-driven; never reads message text, and reads an HTTP status only for a 5xx without a known name.
 * The one fact it reads from the environment is whether the browser says it is offline, and only to
 * tell "no answer because offline" from "no answer while online"; tests pass it in.
 */

/** The states a signed-in user's own device calls can put the UI in; the main entry has text for each. */
export type UserErrorState =
  | 'signed-out'
  | 'password-reset-required'
  | 'account-unconfirmed'
  | 'device-not-found'
  | 'invalid-request'
  | 'throttled'
  | 'blocked'
  | 'misconfigured'
  | 'offline'
  | 'unavailable'
  | 'unknown'

/**
 * The states only the Admin device operations (react-cognito-devices/admin) cause. Their text comes
 * with that entry (AdminDeviceManager, `adminErrorText`), so the main entry's bundles carry none of it.
 */
export type AdminErrorState = 'admin-credentials' | 'admin-access-denied' | 'user-not-found'

/** Every state a failed device call can put the UI in. */
export type DeviceErrorState = UserErrorState | AdminErrorState

/** How often a failed query is sent again. */
export type RetryPolicy = 'never' | 'transient' | 'throttled'

/** Where the state is shown: the boundary replaces the panel; inline keeps the data already shown. */
export type ErrorSurface = 'boundary' | 'inline'

export interface ErrorPolicy {
  readonly retry: RetryPolicy
  readonly surface: ErrorSurface
}

export const errorPolicy: Readonly<Record<DeviceErrorState, ErrorPolicy>> = {
  'signed-out': { retry: 'never', surface: 'boundary' },
  'password-reset-required': { retry: 'never', surface: 'boundary' },
  'account-unconfirmed': { retry: 'never', surface: 'boundary' },
  misconfigured: { retry: 'never', surface: 'boundary' },
  'admin-credentials': { retry: 'never', surface: 'boundary' },
  'admin-access-denied': { retry: 'never', surface: 'boundary' },
  'user-not-found': { retry: 'never', surface: 'boundary' },
  'device-not-found': { retry: 'never', surface: 'inline' },
  'invalid-request': { retry: 'never', surface: 'inline' },
  blocked: { retry: 'never', surface: 'inline' },
  throttled: { retry: 'throttled', surface: 'inline' },
  offline: { retry: 'transient', surface: 'inline' },
  unavailable: { retry: 'transient', surface: 'inline' },
  unknown: { retry: 'never', surface: 'inline' },
}

/** Every state, in the order the table lists them (for tests, docs and exhaustive UIs). */
export const deviceErrorStates = /* @__PURE__ */ Object.keys(errorPolicy) as readonly DeviceErrorState[]

/** What a developer has to fix for a `misconfigured` state: the app's own setup, or the user pool. */
export type Misconfiguration = 'app-setup' | 'user-pool-setup'

/**
 * Error names by the state they put the UI in. Sources: the Cognito exceptions every non-admin device
 * operation can raise (service model), the kit's own errors (src/model/errors.ts) and the names
 * aws-amplify v6 throws itself.
 */
const namesByState: Readonly<Partial<Record<DeviceErrorState, readonly string[]>>> = {
  'signed-out': [
    'NotAuthorizedException', // expired, revoked or garbled token; disabled user
    'UserNotFoundException', // the user was deleted
    'NoSessionError', // kit: no tokens
    'UserUnAuthenticatedException', // amplify: no tokens
    'TokenRevokedException', // amplify refresh: revoked by an admin
    'RefreshTokenReuseException', // amplify refresh: a rotated refresh token used again
  ],
  'password-reset-required': ['PasswordResetRequiredException'],
  'account-unconfirmed': ['UserNotConfirmedException'],
  'device-not-found': ['ResourceNotFoundException'], // "Device does not exist."
  'invalid-request': [
    'InvalidParameterException',
    'InvalidDeviceKeyError', // kit: rejected before sending
    'InvalidPasswordException', // ConfirmDevice
    'UsernameExistsException', // ConfirmDevice
    'DeviceKeyExistsException', // ConfirmDevice
  ],
  throttled: [
    'TooManyRequestsException',
    'LimitExceededException',
    'ThrottlingException', // AWS common error of SigV4-signed calls (the Admin operations)
  ],
  blocked: ['ForbiddenException'], // AWS WAF web ACL on the user pool
  misconfigured: [
    'InvalidUserPoolConfigurationException',
    'OperationNotEnabledException',
    'InvalidLambdaResponseException', // ConfirmDevice: a Lambda trigger answered wrongly
    'ConfigurationError', // kit
    'AuthUserPoolException', // amplify: Amplify.configure not called, or no Auth.Cognito ids
    'AuthTokenConfigException', // amplify: token provider not configured
    'InvalidUserPoolId', // amplify: userPoolId without a region prefix
  ],
  // The Admin operations (react-cognito-devices/admin) are signed with AWS credentials; its adapter turns
  // a missing, expired or rejected credential (ExpiredTokenException, UnrecognizedClientException, ...)
  // into this one kit error, so the AWS names stay out of the main bundle.
  'admin-credentials': ['AdminCredentialsError'],
  // IAM said no: the credentials are valid but their role may not call the Admin device operations
  // on this pool (400 {"__type":"AccessDeniedException","Message":"User: arn:aws:sts::…:assumed-role/…
  // is not authorized to perform: cognito-idp:…"}).
  'admin-access-denied': ['AccessDeniedException'],
  // kit: an Admin operation's UserNotFoundException, which names the looked-up user, not the caller.
  'user-not-found': ['TargetUserNotFoundError'],
  // No answer at all: `offline` while the browser says so, else `unavailable` (classifyError).
  // NetworkError is both the kit's and aws-amplify's name for a failed fetch.
  offline: ['NetworkError', 'TimeoutError'],
  // An answer that is no use.
  unavailable: ['InternalErrorException', 'MalformedResponseError'],
}

const stateByName: ReadonlyMap<string, DeviceErrorState> = new Map(
  Object.entries(namesByState).flatMap(([state, names]) => names.map((name) => [name, state as DeviceErrorState] as const)),
)

/** Misconfigurations whose fix is in the app's code; the others are fixed in the user pool. */
const appSetupNames: ReadonlySet<string> = new Set(['ConfigurationError', 'AuthUserPoolException', 'AuthTokenConfigException', 'InvalidUserPoolId'])

export interface ClassifyContext {
  /** Whether the browser is online. Defaults to `navigator.onLine` (true where there is no navigator or it cannot be read). */
  readonly online?: boolean | undefined
}

/**
 * Map anything thrown by a device call to the state the UI shows. Never throws.
 *
 * - By name first (the table above). Names are normalised as AWS clients do (`ns#Name:extra` -> `Name`).
 * - A network failure or timeout while `navigator.onLine === false` is `offline`; while online (or with no
 *   navigator) it is `unavailable`: the browser has a connection but the service did not answer (DNS,
 *   CORS, outage), and "you're offline" would be a false statement. Both retry the same way.
 * - An unknown name with an HTTP status of 500 or more is `unavailable`; anything else is `unknown`.
 */
export function classifyError(error: unknown, context?: ClassifyContext): DeviceErrorState {
  try {
    const name = errorName(error)
    const state = name === undefined ? undefined : stateByName.get(name)
    if (state !== undefined) return state === 'offline' && isOnline(context) ? 'unavailable' : state
    const status = httpStatus(error)
    if (status !== undefined && status >= 500 && status <= 599) return 'unavailable'
    return 'unknown'
  } catch {
    return 'unknown'
  }
}

/** For a `misconfigured` error: whether the fix is in the app's setup or in the user pool. Never throws. */
export function misconfigurationOf(error: unknown): Misconfiguration | undefined {
  try {
    const name = errorName(error)
    if (name === undefined || stateByName.get(name) !== 'misconfigured') return undefined
    return appSetupNames.has(name) ? 'app-setup' : 'user-pool-setup'
  } catch {
    return undefined
  }
}

/** The policy for anything thrown. Never throws. */
export function policyFor(error: unknown, context?: ClassifyContext): ErrorPolicy {
  return errorPolicy[classifyError(error, context)]
}

/** The error's name, normalised like AWS clients normalise `x-amzn-ErrorType`, or undefined. May throw (getters). */
function errorName(error: unknown): string | undefined {
  const name = field(error, 'name')
  return typeof name === 'string' ? sanitizeErrorName(name) || undefined : undefined
}

/** The HTTP status carried by the kit's CognitoError (`status`), aws-amplify (`metadata`) or the AWS SDK (`$metadata`). */
function httpStatus(error: unknown): number | undefined {
  for (const value of [field(error, 'status'), field(field(error, 'metadata'), 'httpStatusCode'), field(field(error, '$metadata'), 'httpStatusCode')]) {
    if (typeof value === 'number' && Number.isFinite(value)) return value
  }
  return undefined
}

function isOnline(context: ClassifyContext | undefined): boolean {
  if (context?.online !== undefined) return context.online
  try {
    const navigatorLike = (globalThis as { navigator?: { onLine?: unknown } }).navigator
    return navigatorLike?.onLine !== false
  } catch {
    return true // a navigator that cannot say: do not claim "offline"
  }
}
