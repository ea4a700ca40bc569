import { AwsV4Signer } from 'aws4fetch'
import { ConfigurationError } from '../model/errors'
import type { AwsCredentials } from './awsCredentials'

/** The SigV4 signing name of Cognito user pools (the AWS SDK's `signingName`). */
const SIGNING_SERVICE = 'cognito-idp'

/** What the signer sees: the awsJson1_1 POST as it will be sent. */
export interface SignableRequest {
  readonly url: string
  readonly method: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

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

/**
 * A `fetch` that signs each call the wire client makes (a POST with a string body and a plain header
 * object) before `send` sends it. `Cache-Control` goes out unsigned, as AWS's own signer leaves it
 * (@smithy/signature-v4's ALWAYS_UNSIGNABLE_HEADERS; aws4fetch would sign it): proxies may rewrite it.
 */
export function signingFetch(send: typeof fetch, credentials: AwsCredentials, region: string): typeof fetch {
  return async (input, init) => {
    const { 'Cache-Control': cacheControl, ...headers } = (init?.headers ?? {}) as Record<string, string>
    let signed: Record<string, string>
    try {
      signed = await signCognitoRequest({ url: String(input), method: init?.method ?? 'POST', headers, body: String(init?.body ?? '') }, credentials, region)
    } catch {
      // What failed is dropped: a Headers error may quote a header's value, the session token's too.
      // The wire client reports what its fetch throws as a NetworkError; adminFailure takes this back out.
      throw new SigningError()
    }
    return send(input, { ...init, headers: cacheControl === undefined ? signed : { ...signed, 'Cache-Control': cacheControl } })
  }
}

/** SigV4 needs WebCrypto, which browsers offer only to secure pages: say so before anything is sent. */
export function assertWebCrypto(): void {
  if (typeof globalThis.crypto?.subtle?.importKey !== 'function') {
    throw new ConfigurationError('adminDeviceApi signs with WebCrypto, which browsers offer only to https:// pages and localhost.')
  }
}

/** WebCrypto failed to sign (nothing was sent): a page or runtime whose crypto does not work, not the network. */
export class SigningError extends ConfigurationError {
  constructor() {
    super('adminDeviceApi could not sign the request with WebCrypto; nothing was sent.')
  }
}
