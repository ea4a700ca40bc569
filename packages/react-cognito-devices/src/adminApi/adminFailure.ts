import { CognitoError, NetworkError } from '../model/errors'
import type { AwsCredentials } from './awsCredentials'
import { AdminCredentialsError, TargetUserNotFoundError } from './errors'
import { SigningError } from './signRequest'

/**
 * AWS's common errors for a signed request whose credentials are missing, wrong or expired. cognito-idp
 * answers e.g. 400 {"__type":"UnrecognizedClientException","message":"The security token included in
 * the request is invalid."} (captured for a cognito-idp call in aws/aws-sdk-php#2444).
 */
const credentialRejections: ReadonlySet<string> = new Set([
  'ExpiredTokenException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'IncompleteSignatureException',
  'MissingAuthenticationTokenException',
  'InvalidClientTokenId',
])

/**
 * What an Admin call's failure becomes: a request that could not be signed is its SigningError (a
 * ConfigurationError, not the NetworkError the wire client made of it), a credential rejection is
 * AdminCredentialsError, the target's UserNotFoundException is TargetUserNotFoundError, and any other
 * Cognito answer keeps its name with every credential value cut from its message (AWS may quote the
 * signed request back).
 */
export function adminFailure(error: unknown, credentials: AwsCredentials): unknown {
  if (error instanceof NetworkError && error.cause instanceof SigningError) return error.cause
  if (!(error instanceof CognitoError)) return error
  if (credentialRejections.has(error.name)) return new AdminCredentialsError('rejected', error)
  if (error.name === 'UserNotFoundException') return new TargetUserNotFoundError(error)
  const message = withoutCredentials(error.message, credentials)
  if (message === error.message) return error
  return new CognitoError({ name: error.name, message, status: error.status, requestId: error.requestId })
}

function withoutCredentials(text: string, credentials: AwsCredentials): string {
  let cleaned = text
  for (const secret of [credentials.secretAccessKey, credentials.sessionToken, credentials.accessKeyId]) {
    if (secret) cleaned = cleaned.split(secret).join('[redacted]')
  }
  return cleaned
}
