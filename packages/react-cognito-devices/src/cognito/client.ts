import { CognitoError, MalformedResponseError, NetworkError, TimeoutError } from '../model/errors'

export interface CognitoCallOptions {
  /** `https://cognito-idp.<region>.amazonaws.com/` or a custom endpoint (the emulator). */
  readonly endpoint: string
  readonly signal?: AbortSignal | undefined
  /** Give up after this many milliseconds (default 15 000). */
  readonly timeoutMs?: number | undefined
  /** Defaults to the global `fetch`; it is given the headers as a plain object. */
  readonly fetch?: typeof fetch | undefined
}

const DEFAULT_TIMEOUT_MS = 15_000

/** The Cognito endpoint of a region, as the AWS SDK builds it. */
export function regionEndpoint(region: string): string {
  return `https://cognito-idp.${region}.amazonaws.com/`
}

/**
 * One awsJson1_1 call to Cognito user pools. Resolves to the parsed JSON body (`{}` for an empty
 * body); rejects with CognitoError, NetworkError, TimeoutError or MalformedResponseError. A caller's
 * abort rejects with the signal's own reason, untouched, so TanStack Query sees a cancellation.
 */
export async function callCognito(operation: string, input: object, options: CognitoCallOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  const signal = options.signal ? eitherSignal(options.signal, timeout) : timeout
  const send = options.fetch ?? fetch

  let response: Response
  let text: string
  try {
    response = await send(options.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
        'Cache-Control': 'no-store',
      },
      body: JSON.stringify(input),
      signal,
      credentials: 'omit',
    })
    text = await response.text()
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason
    if (timeout.aborted) throw new TimeoutError(`Cognito did not answer ${operation} in time.`)
    throw new NetworkError(`Could not reach Cognito for ${operation}.`, { cause: error })
  }

  const requestId = response.headers.get('x-amzn-requestid') ?? undefined
  const body = parseJson(text)
  if (!response.ok) throw toCognitoError(response, body, requestId)
  if (body === undefined || typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new MalformedResponseError(`Cognito answered ${operation} with a body that is not a JSON object.`)
  }
  return body
}

/**
 * Aborts when either signal does. `AbortSignal.any` where the browser has it; Safari before 17.4
 * (iOS 16 and 17.0–17.3) and Firefox before 124 do not, and every call would fail there without this.
 */
function eitherSignal(first: AbortSignal, second: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([first, second])
  const either = new AbortController()
  for (const signal of [first, second]) {
    if (signal.aborted) either.abort(signal.reason)
    else signal.addEventListener('abort', () => either.abort(signal.reason), { once: true, signal: either.signal })
  }
  return either.signal
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function toCognitoError(response: Response, body: unknown, requestId: string | undefined): CognitoError {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const rawName = response.headers.get('x-amzn-errortype') ?? stringOrUndefined(fields.code) ?? stringOrUndefined(fields.__type)
  const name = rawName ? sanitizeErrorName(rawName) : response.status >= 500 ? 'InternalErrorException' : 'UnknownError'
  const message =
    response.headers.get('x-amzn-errormessage') ??
    stringOrUndefined(fields.message) ??
    stringOrUndefined(fields.Message) ??
    `Cognito answered HTTP ${response.status}.`
  return new CognitoError({ name, message, status: response.status, requestId })
}

/** As the AWS SDKs do: `aws.protocol#Name:http://...` -> `Name`. */
export function sanitizeErrorName(raw: string): string {
  let name = raw.split(',')[0] ?? raw
  name = name.split(':')[0] ?? name
  if (name.includes('#')) name = name.split('#')[1] ?? name
  return name.trim()
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}
