/**
 * Every failure the kit can meet is one of these typed errors, each told apart by `name`.
 * The error layer (src/errors) classifies by that name, never by message text; an HTTP status is
 * read only for a name it does not know (5xx is "unavailable"). Its one table decides what is
 * retried: the errors carry no retry flag of their own.
 */

/** An exception Cognito answered with, e.g. `NotAuthorizedException`. */
export class CognitoError extends Error {
  /** The Cognito exception name, taken as AWS clients take it (header, `code`, then `__type`). */
  declare readonly name: string
  /** HTTP status of the response (classify by `name`: the status counts only for an unknown name). */
  declare readonly status: number
  /** `x-amzn-RequestId`, for support tickets. */
  declare readonly requestId: string | undefined

  constructor({ message, ...fields }: { name: string; message: string; status: number; requestId?: string | undefined }) {
    super(message)
    Object.assign(this, fields)
  }
}

/** The request never got an HTTP answer: offline, DNS, CORS, connection dropped mid-response. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError'
}

/** No answer within the time limit. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError'
}

/**
 * The service answered 200 with a body that is not what Cognito documents. Nothing of it is used.
 * The error table retries it: a body mangled on the way (a proxy, a cut) may come back whole.
 */
export class MalformedResponseError extends Error {
  override readonly name = 'MalformedResponseError'
}

/** A device key that Cognito would reject (empty, over 55 characters, wrong pattern). Sent nowhere. */
export class InvalidDeviceKeyError extends Error {
  override readonly name = 'InvalidDeviceKeyError'
  constructor(readonly deviceKey: unknown) {
    super('Invalid device key: expected 1–55 characters like "us-east-1_1a2b3c4d-…".')
  }
}

/** No signed-in user (no tokens), so there is nothing to ask Cognito. */
export class NoSessionError extends Error {
  override readonly name = 'NoSessionError'
  constructor(message = 'No signed-in user.') {
    super(message)
  }
}

/** The kit cannot reach Cognito because the app is not set up for it (e.g. Amplify not configured). */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
}
