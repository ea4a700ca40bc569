import { Sha256 } from '@aws-crypto/sha256-js'
import { SignatureV4 } from '@smithy/signature-v4'
import type { ConformanceTarget, IamCredentials } from './target.ts'

/** One awsJson1_1 answer, reduced to what the cases compare. */
export interface WireAnswer {
  readonly status: number
  readonly body: Record<string, unknown> | undefined
}

/** An error answer as the snapshot records it. */
export interface ErrorObservation {
  readonly status: number
  readonly type: unknown
  readonly message: unknown
}

export function errorOf(answer: WireAnswer): ErrorObservation {
  const type = typeof answer.body?.__type === 'string' ? answer.body.__type.split('#').at(-1) : answer.body?.__type
  return { status: answer.status, type, message: answer.body?.message ?? answer.body?.Message }
}

/** How to get a signature wrong on purpose: scope it to another region or service, or leave the date out. */
export interface SigningVariant {
  readonly region?: string
  readonly service?: string
  readonly dropDate?: boolean
}

async function signedHeaders(target: ConformanceTarget, headers: Record<string, string>, body: string, credentials: IamCredentials, variant: SigningVariant) {
  const url = new URL(target.endpoint)
  const signer = new SignatureV4({ service: variant.service ?? 'cognito-idp', region: variant.region ?? target.region, sha256: Sha256, credentials })
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: url.pathname,
    query: {},
    headers: { ...headers, host: url.host },
    body,
  })
  const { host: _host, ...rest } = signed.headers as Record<string, string>
  if (variant.dropDate) delete rest['x-amz-date']
  return rest
}

async function send(target: ConformanceTarget, operation: string, input: unknown, signWith: IamCredentials | undefined, variant: SigningVariant): Promise<WireAnswer> {
  const body = JSON.stringify(input)
  let headers: Record<string, string> = {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
  }
  if (signWith) headers = await signedHeaders(target, headers, body, signWith, variant)
  const response = await fetch(target.endpoint, { method: 'POST', headers, body })
  const text = await response.text()
  let parsed: Record<string, unknown> | undefined
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : undefined
  } catch {
    parsed = undefined
  }
  return { status: response.status, body: parsed }
}

/** Sends one call as any client would; `signWith` signs it with SigV4 (the Admin operations). */
export const call = (target: ConformanceTarget, operation: string, input: unknown, signWith?: IamCredentials) => send(target, operation, input, signWith, {})

/** An Admin call signed the wrong way on purpose (`variant`). */
export const callSigned = (target: ConformanceTarget, operation: string, input: unknown, signWith: IamCredentials, variant: SigningVariant) =>
  send(target, operation, input, signWith, variant)

/** A browser's CORS preflight of a call to the endpoint. */
export async function preflight(target: ConformanceTarget, request: { origin: string; method: string; headers: string }) {
  const response = await fetch(target.endpoint, {
    method: 'OPTIONS',
    headers: { origin: request.origin, 'access-control-request-method': request.method, 'access-control-request-headers': request.headers },
  })
  await response.arrayBuffer()
  return { status: response.status, headers: response.headers }
}

export const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))
