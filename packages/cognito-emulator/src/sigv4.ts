import { Sha256 } from '@aws-crypto/sha256-js'
import { SignatureV4 } from '@smithy/signature-v4'
import { ServiceError } from './ServiceError.ts'

/**
 * SigV4 for the Admin operations, verified by re-signing the request with AWS's own signer
 * (@smithy/signature-v4, what the AWS SDK v3 signs with; @aws-crypto/sha256-js runs in Node and
 * browsers alike) and comparing signatures. Each answer and its source is in FACTS.md#signature-checks:
 * - no signature: MissingAuthenticationTokenException "Missing Authentication Token", HTTP 403 as
 *   AWS's Common Errors page documents (the status is the emulator's choice: seed
 *   `userPool.undocumented.unsignedAdminCallStatus`);
 * - no X-Amz-Date: IncompleteSignatureException;
 * - an access key id the pool does not know: UnrecognizedClientException;
 * - a credential scoped to another region or service: InvalidSignatureException naming the scope;
 * - a wrong secret, or anything signed differently: InvalidSignatureException with AWS's message.
 * Clock skew is not checked (the emulator's clock may be moved on purpose).
 */

const SERVICE = 'cognito-idp'
const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/

export const missingAuthenticationToken = (status: number) => new ServiceError('MissingAuthenticationTokenException', 'Missing Authentication Token', status)

export const unrecognizedClient = () => new ServiceError('UnrecognizedClientException', 'The security token included in the request is invalid.')

export const invalidSignature = () =>
  new ServiceError(
    'InvalidSignatureException',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  )

/** AWS's wording, trailing space included. */
const wrongRegion = (region: string) => new ServiceError('InvalidSignatureException', `Credential should be scoped to a valid region, not '${region}'. `)
const wrongService = () => new ServiceError('InvalidSignatureException', `Credential should be scoped to correct service: '${SERVICE}'. `)

const missingDate = () =>
  new ServiceError('IncompleteSignatureException', "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")

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

export interface SigningSettings {
  /** The pool's region: the only one a credential may be scoped to. */
  readonly region: string
  /** The HTTP status of an unsigned call. */
  readonly unsignedStatus: number
}

/**
 * Throws Cognito's exception unless `request` carries a valid SigV4 signature by one of `secrets`
 * (secret access keys by access key id) for the pool's region and `cognito-idp`; resolves to the
 * signer's access key id.
 */
export async function verifySigV4({ request, body }: SignedRequest, secrets: ReadonlyMap<string, string>, settings: SigningSettings): Promise<string> {
  const authorization = request.headers.get('authorization')
  if (!authorization) throw missingAuthenticationToken(settings.unsignedStatus)
  const match = authorization.match(AUTHORIZATION)
  if (!match) throw new ServiceError('IncompleteSignatureException', 'Authorization header requires Credential, SignedHeaders and Signature parameters.')
  const [, accessKeyId, , scopeRegion, scopeService, signedHeaderList, signature] = match as unknown as string[]
  if (!request.headers.has('x-amz-date') && !request.headers.has('date')) throw missingDate()
  const secretAccessKey = secrets.get(accessKeyId!)
  if (secretAccessKey === undefined) throw unrecognizedClient()
  if (scopeRegion !== settings.region) throw wrongRegion(scopeRegion!)
  if (scopeService !== SERVICE) throw wrongService()
  const signingDate = parseAmzDate(request.headers.get('x-amz-date'))
  if (!signingDate) throw invalidSignature()
  const url = new URL(request.url)
  const signedHeaders = signedHeaderList!.split(';')
  const headers: Record<string, string> = {}
  for (const name of signedHeaders) {
    const value = name === 'host' ? (request.headers.get('host') ?? url.host) : request.headers.get(name)
    if (value === null) throw invalidSignature()
    headers[name] = value
  }
  const signer = new SignatureV4({ service: SERVICE, region: settings.region, sha256: Sha256, credentials: { accessKeyId: accessKeyId!, secretAccessKey }, applyChecksum: false })
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
