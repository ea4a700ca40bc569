/**
 * What the sign-in page says for each way Amplify's `signIn` can fail. By error NAME (Amplify's
 * AuthError.name is Cognito's exception name); Cognito's own message is shown as a detail, since one
 * name (NotAuthorizedException) covers both a wrong password and a disabled user.
 */
export interface SignInProblem {
  /** Stable id for tests and styling (`data-problem`). */
  readonly kind: string
  readonly title: string
  readonly advice: string
  /** Cognito's (or Amplify's) own message, when it adds something. */
  readonly detail?: string | undefined
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
    ? (error as { name: string }).name
    : undefined
}

function errorMessage(error: unknown): string | undefined {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined
  return typeof message === 'string' && message.trim() !== '' ? message : undefined
}

export const passwordResetRequired: SignInProblem = {
  kind: 'password-reset-required',
  title: 'You need to reset your password',
  advice: 'Your administrator requires a new password for this account before you can sign in. Reset it, then sign in with the new one.',
}

export const accountUnconfirmed: SignInProblem = {
  kind: 'account-unconfirmed',
  title: 'Your account is not confirmed yet',
  advice: 'Confirm your account with the code we sent when you signed up, then sign in again.',
}

export function unsupportedStep(step: string): SignInProblem {
  return {
    kind: 'unsupported-step',
    title: 'This sign-in needs another step',
    advice: 'Your account needs a sign-in step this demo does not offer. Sign in through your organisation’s usual app.',
    detail: step,
  }
}

export function describeSignInError(error: unknown, { localEndpoint }: { localEndpoint: boolean }): SignInProblem {
  const name = errorName(error)
  const detail = errorMessage(error)
  switch (name) {
    case 'NotAuthorizedException':
    case 'UserNotFoundException':
      return {
        kind: 'not-authorized',
        title: 'We could not sign you in',
        advice: 'Check your email address and password and try again.',
        detail,
      }
    case 'PasswordResetRequiredException':
      return passwordResetRequired
    case 'UserNotConfirmedException':
      return accountUnconfirmed
    case 'TooManyRequestsException':
    case 'LimitExceededException':
    case 'TooManyFailedAttemptsException':
      return { kind: 'throttled', title: 'Too many attempts', advice: 'Wait a minute, then try again.', detail }
    case 'NetworkError':
      return {
        kind: 'unreachable',
        title: 'The sign-in service did not answer',
        advice: localEndpoint
          ? 'The local Cognito emulator is not reachable. Is `npm start` still running?'
          : 'Check your connection and try again.',
        detail,
      }
    case 'InvalidParameterException':
    case 'InvalidUserPoolConfigurationException':
    case 'ResourceNotFoundException':
    case 'AuthUserPoolException':
    case 'InvalidUserPoolId':
      return {
        kind: 'misconfigured',
        title: 'Sign-in is not set up correctly',
        advice: 'The user pool or its app client does not accept this sign-in. See docs/demo.md for the pool settings it needs.',
        detail: name && detail ? `${name}: ${detail}` : (detail ?? name),
      }
    default:
      return {
        kind: 'unknown',
        title: 'Something went wrong',
        advice: 'Try again in a moment.',
        detail: name && detail ? `${name}: ${detail}` : (detail ?? name),
      }
  }
}
