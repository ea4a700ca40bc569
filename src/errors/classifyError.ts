/**
 * One table: what went wrong (by error NAME) -> the state a user sees -> how the kit reacts.
 * Table-driven; never reads message text, and reads an HTTP status only for a 5xx without a known name.
 * The one fact it reads from the environment is whether the browser says it is offline, and only to
 * tell "no answer because offline" from "no answer while online"; tests pass it in.
 */

/** Every state a failed device call can put the UI in. */
export type DeviceErrorState =
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

/** Every state, in the order the table lists them (for tests, docs and exhaustive UIs). */
export const deviceErrorStates: readonly DeviceErrorState[] = [
  'signed-out',
  'password-reset-required',
  'account-unconfirmed',
  'misconfigured',
  'device-not-found',
  'invalid-request',
  'blocked',
  'throttled',
  'offline',
  'unavailable',
  'unknown',
]

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
  'device-not-found': { retry: 'never', surface: 'inline' },
  'invalid-request': { retry: 'never', surface: 'inline' },
  blocked: { retry: 'never', surface: 'inline' },
  throttled: { retry: 'throttled', surface: 'inline' },
  offline: { retry: 'transient', surface: 'inline' },
  unavailable: { retry: 'transient', surface: 'inline' },
  unknown: { retry: 'never', surface: 'inline' },
}

/** What a developer has to fix for a `misconfigured` state: the app's own setup, or the user pool. */
export type Misconfiguration = 'app-setup' | 'user-pool-setup'

interface NameRow {
  readonly state: DeviceErrorState
  /** Only for `misconfigured`: where the fix lies. */
  readonly fix?: Misconfiguration
}

/**
 * Error names -> state. Sources: the Cognito exceptions of the device operations (see
 * shared/reference/cognito-device-api.md), the kit's typed errors (src/cognito/errors.ts) and the names
 * aws-amplify v6 throws itself (checked in @aws-amplify/auth and @aws-amplify/core dist/esm).
 */
const rowsByName: Readonly<Record<string, NameRow>> = {
  // The session is gone: only signing in again helps.
  NotAuthorizedException: { state: 'signed-out' }, // expired, revoked or garbled token; disabled user
  UserNotFoundException: { state: 'signed-out' }, // the user was deleted
  NoSessionError: { state: 'signed-out' }, // kit: no tokens
  UserUnAuthenticatedException: { state: 'signed-out' }, // amplify: no tokens (assertAuthTokens), refresh impossible
  TokenRevokedException: { state: 'signed-out' }, // amplify refresh: token revoked by an admin
  RefreshTokenReuseException: { state: 'signed-out' }, // amplify refresh: rotated refresh token reused

  PasswordResetRequiredException: { state: 'password-reset-required' },
  UserNotConfirmedException: { state: 'account-unconfirmed' },

  ResourceNotFoundException: { state: 'device-not-found' }, // "Device does not exist."

  // The request itself is wrong; sending it again cannot help.
  InvalidParameterException: { state: 'invalid-request' },
  InvalidDeviceKeyError: { state: 'invalid-request' }, // kit: rejected before sending
  InvalidPasswordException: { state: 'invalid-request' }, // ConfirmDevice
  UsernameExistsException: { state: 'invalid-request' }, // ConfirmDevice
  DeviceKeyExistsException: { state: 'invalid-request' }, // ConfirmDevice

  TooManyRequestsException: { state: 'throttled' },
  LimitExceededException: { state: 'throttled' },

  ForbiddenException: { state: 'blocked' }, // AWS WAF web ACL on the user pool

  // The developer has something to fix.
  InvalidUserPoolConfigurationException: { state: 'misconfigured', fix: 'user-pool-setup' },
  OperationNotEnabledException: { state: 'misconfigured', fix: 'user-pool-setup' },
  InvalidLambdaResponseException: { state: 'misconfigured', fix: 'user-pool-setup' }, // ConfirmDevice trigger
  ConfigurationError: { state: 'misconfigured', fix: 'app-setup' }, // kit
  AuthUserPoolException: { state: 'misconfigured', fix: 'app-setup' }, // amplify: Amplify.configure not called / no Auth.Cognito ids
  AuthTokenConfigException: { state: 'misconfigured', fix: 'app-setup' }, // amplify: token provider not configured
  InvalidUserPoolId: { state: 'misconfigured', fix: 'app-setup' }, // amplify: userPoolId without a region prefix

  // No usable answer. NetworkError is both the kit's and aws-amplify's name for a failed fetch.
  NetworkError: { state: 'unavailable' },
  TimeoutError: { state: 'unavailable' },
  InternalErrorException: { state: 'unavailable' },
  MalformedResponseError: { state: 'unavailable' },
}

/** Names that mean the request got no answer at all; while the browser is offline they are `offline`. */
const unansweredNames: ReadonlySet<string> = new Set(['NetworkError', 'TimeoutError'])

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
    const row = name === undefined ? undefined : rowFor(name)
    if (name !== undefined && row !== undefined) {
      if (unansweredNames.has(name) && !isOnline(context)) return 'offline'
      return row.state
    }
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
    return name === undefined ? undefined : rowFor(name)?.fix
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
  if (typeof error !== 'object' || error === null) return undefined
  const name: unknown = (error as { name?: unknown }).name
  if (typeof name !== 'string') return undefined
  const [beforeSeparator = ''] = name.split(/[:,]/)
  const hash = beforeSeparator.lastIndexOf('#')
  const normalised = (hash >= 0 ? beforeSeparator.slice(hash + 1) : beforeSeparator).trim()
  return normalised === '' ? undefined : normalised
}

function rowFor(name: string): NameRow | undefined {
  return Object.hasOwn(rowsByName, name) ? rowsByName[name] : undefined
}

/** The HTTP status carried by the kit's CognitoError (`status`), aws-amplify (`metadata`) or the AWS SDK (`$metadata`). */
function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const candidate = error as { status?: unknown; metadata?: unknown; $metadata?: unknown }
  for (const value of [candidate.status, statusIn(candidate.metadata), statusIn(candidate.$metadata)]) {
    if (typeof value === 'number' && Number.isFinite(value)) return value
  }
  return undefined
}

function statusIn(metadata: unknown): unknown {
  return typeof metadata === 'object' && metadata !== null ? (metadata as { httpStatusCode?: unknown }).httpStatusCode : undefined
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
