/**
 * One table: what went wrong (by error NAME) -> the state a user sees -> how the kit reacts.
 * Pure and table-driven; never reads message text or HTTP status (except 5xx without a known name).
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

/** Cognito exception names (and the kit's own error names) -> state. */
const stateByName: Readonly<Record<string, DeviceErrorState>> = {
  NotAuthorizedException: 'signed-out',
  UserNotFoundException: 'signed-out',
  NoSessionError: 'signed-out',
  // aws-amplify's own names for "nobody is signed in"
  UserUnAuthenticatedException: 'signed-out',
  PasswordResetRequiredException: 'password-reset-required',
  UserNotConfirmedException: 'account-unconfirmed',
  ResourceNotFoundException: 'device-not-found',
  InvalidParameterException: 'invalid-request',
  InvalidDeviceKeyError: 'invalid-request',
  TooManyRequestsException: 'throttled',
  LimitExceededException: 'throttled',
  ForbiddenException: 'blocked',
  InvalidUserPoolConfigurationException: 'misconfigured',
  OperationNotEnabledException: 'misconfigured',
  ConfigurationError: 'misconfigured',
  // aws-amplify throws these when Amplify.configure was never called or lacks Auth
  AuthUserPoolException: 'misconfigured',
  InvalidUserPoolId: 'misconfigured',
  NetworkError: 'offline',
  TimeoutError: 'unavailable',
  InternalErrorException: 'unavailable',
  MalformedResponseError: 'unavailable',
}

/** Map anything thrown by a device call to the state the UI shows. Never throws. */
export function classifyError(error: unknown): DeviceErrorState {
  if (typeof error !== 'object' || error === null) return 'unknown'
  const { name, status } = error as { name?: unknown; status?: unknown }
  const state = typeof name === 'string' && Object.hasOwn(stateByName, name) ? stateByName[name] : undefined
  if (state) return state
  if (typeof status === 'number' && status >= 500) return 'unavailable'
  return 'unknown'
}

/** The policy for anything thrown. */
export function policyFor(error: unknown): ErrorPolicy {
  return errorPolicy[classifyError(error)]
}
