import type { CognitoError } from '../model/errors'

export type AdminCredentialsProblem = 'provider-failed' | 'missing' | 'expired' | 'rejected'

const messages: Readonly<Record<AdminCredentialsProblem, string>> = {
  'provider-failed': 'The credentials provider failed.',
  missing: 'The credentials provider gave no AWS credentials (accessKeyId and secretAccessKey).',
  expired: 'The AWS credentials for the Admin device operations have expired.',
  rejected: 'AWS did not accept the credentials of the Admin device operations.',
}

/**
 * The Admin device operations have no usable AWS credentials: the provider threw, gave nothing or
 * credentials past their `expiration`, or AWS rejected them (`rejected`, e.g. UnrecognizedClientException).
 * It carries neither the credentials, nor what the provider threw, nor AWS's message (an
 * InvalidSignatureException quotes the signed request, session token included); `awsErrorName` and
 * `requestId` say enough for support.
 */
export class AdminCredentialsError extends Error {
  override readonly name = 'AdminCredentialsError'
  /** For `rejected`: AWS's exception name, e.g. `ExpiredTokenException`. */
  readonly awsErrorName: string | undefined
  /** For `rejected`: AWS's `x-amzn-RequestId`. */
  readonly requestId: string | undefined

  constructor(
    readonly problem: AdminCredentialsProblem,
    rejection?: CognitoError,
  ) {
    super(messages[problem])
    this.awsErrorName = rejection?.name
    this.requestId = rejection?.requestId
  }
}

/**
 * An Admin operation answered UserNotFoundException: the user looked up does not exist in the pool.
 * For the signed-in user's own calls that name means "signed out"; here it names the target, not the
 * caller, so it is its own error (and its own state, `user-not-found`).
 */
export class TargetUserNotFoundError extends Error {
  override readonly name = 'TargetUserNotFoundError'
  /** Cognito's `x-amzn-RequestId`, for support tickets. */
  readonly requestId: string | undefined

  constructor(answer: CognitoError) {
    super('No user with this name exists in the user pool.')
    this.requestId = answer.requestId
  }
}
