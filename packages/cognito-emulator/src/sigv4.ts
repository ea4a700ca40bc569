import { Sha256 } from '@aws-crypto/sha256-js'
import { SignatureV4 } from '@smithy/signature-v4'
import { ServiceError } from './ServiceError.ts'

/**
 * SigV4 for the Admin operations, verified by re-signing the request with AWS's own signer
 * (@smithy/signature-v4, what the AWS SDK v3 signs with; @aws-crypto/sha256-js runs in Node and
 * browsers alike) and comparing signatures. Answers, each HTTP 400 as captured from cognito-idp:
 * - no signature: MissingAuthenticationTokenException "Missing Authentication Token"
 *   (aws/aws-sdk-net-extensions-cognito #95);
 * - an access key id the pool does not know: UnrecognizedClientException "The security token
 *   included in the request is invalid." (ArranJacques/laravel-aws-cognito-auth #25, pmill/aws-cognito #16);
 * - a wrong secret, or anything signed differently: InvalidSignatureException with AWS's message
 *   (ArranJacques/laravel-aws-cognito-auth #18, ellaisys/aws-cognito #24).
 * Clock skew is not checked (the emulator's clock may be moved on purpose).
 */

const SERVICE = 'cognito-idp'
const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/

export const missingAuthenticationToken = () => new ServiceError('MissingAuthenticationTokenException', 'Missing Authentication Token')

export const unrecognizedClient = () => new ServiceError('UnrecognizedClientException', 'The security token included in the request is invalid.')

export const invalidSignature = () =>
  new ServiceError(
    'InvalidSignatureException',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  )

/** `20260102T030405Z` as a Date. */
function parseAmzDate(value: string | null): Date | undefined {
  const match = value?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[]
  return new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second))
}

export interface SignedRequest {
  readonly request: Request
  readonly body: Uint8Array
}

/**
 * Throws Cognito's exception unless `request` carries a valid SigV4 signature by one of `secrets`
 * (secret access keys by access key id) for `region` and `cognito-idp`; resolves to the signer's access key id.
 */
export async function verifySigV4({ request, body }: SignedRequest, secrets: ReadonlyMap<string, string>, region: string): Promise<string> {
  const authorization = request.headers.get('authorization')
  if (!authorization) throw missingAuthenticationToken()
  const match = authorization.match(AUTHORIZATION)
  if (!match) throw new ServiceError('IncompleteSignatureException', 'Authorization header requires Credential, SignedHeaders and Signature parameters.')
  const [, accessKeyId, , scopeRegion, scopeService, signedHeaderList, signature] = match as unknown as string[]
  const secretAccessKey = secrets.get(accessKeyId!)
  if (secretAccessKey === undefined) throw unrecognizedClient()
  const signingDate = parseAmzDate(request.headers.get('x-amz-date'))
  if (!signingDate || scopeRegion !== region || scopeService !== SERVICE) throw invalidSignature()
  const url = new URL(request.url)
  const signedHeaders = signedHeaderList!.split(';')
  const headers: Record<string, string> = {}
  for (const name of signedHeaders) {
    const value = name === 'host' ? (request.headers.get('host') ?? url.host) : request.headers.get(name)
    if (value === null) throw invalidSignature()
    headers[name] = value
  }
  const signer = new SignatureV4({ service: SERVICE, region, sha256: Sha256, credentials: { accessKeyId: accessKeyId!, secretAccessKey }, applyChecksum: false })
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
    },
    { signingDate, signableHeaders: new Set(signedHeaders) },
  )
  const expected = String(signed.headers.authorization ?? '').split('Signature=')[1]
  if (expected !== signature) throw invalidSignature()
  return accessKeyId!
}
