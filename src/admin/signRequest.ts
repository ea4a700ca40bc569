import { AwsV4Signer } from 'aws4fetch'
import type { SignableRequest } from '../cognito/client'
import { ConfigurationError } from '../cognito/errors'
import type { AwsCredentials } from './awsCredentials'

/** The SigV4 signing name of Cognito user pools (the AWS SDK's `signingName`). */
const SIGNING_SERVICE = 'cognito-idp'

/**
 * Signs a Cognito call with AWS Signature Version 4 (aws4fetch, WebCrypto): resolves to the headers
 * to send, `Authorization`, `X-Amz-Date` and, for temporary credentials, `X-Amz-Security-Token`
 * added. `signingDate` is for tests; calls sign with the current time.
 */
export async function signCognitoRequest(
  request: SignableRequest,
  credentials: AwsCredentials,
  region: string,
  signingDate: Date = new Date(),
): Promise<Record<string, string>> {
  if (typeof globalThis.crypto?.subtle?.importKey !== 'function') {
    throw new ConfigurationError('adminDeviceApi signs with WebCrypto, which browsers offer only to https:// pages and localhost.')
  }
  const signer = new AwsV4Signer({
    url: request.url,
    method: request.method,
    headers: request.headers,
    body: request.body,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    sessionToken: credentials.sessionToken,
    service: SIGNING_SERVICE,
    region,
    datetime: signingDate.toISOString().replace(/[:-]|\.\d{3}/g, ''),
  })
  const signed = await signer.sign()
  return Object.fromEntries(signed.headers)
}
