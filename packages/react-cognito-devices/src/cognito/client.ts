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
  let response: Response
  let text: string
  try {
    response = await (options.fetch ?? fetch)(options.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
        'Cache-Control': 'no-store',
      },
      body: JSON.stringify(input),
      signal: options.signal ? eitherSignal(options.signal, timeout) : timeout,
      credentials: 'omit',
    })
    text = await response.text()
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason
    if (timeout.aborted) throw new TimeoutError(`Cognito did not answer ${operation} in time.`)
    throw new NetworkError(`Could not reach Cognito for ${operation}.`, { cause: error })
  }

  let body: unknown
  try {
    body = text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    // not JSON: an error keeps its status; a 200 is malformed
  }
  const header = (name: string) => response.headers.get(`x-amzn-${name}`) ?? undefined
  if (!response.ok) {
    const fields = (typeof body === 'object' && body) || {}
    const name = header('errortype') ?? nonEmpty(fields, 'code') ?? nonEmpty(fields, '__type')
    throw new CognitoError({
      name: name ? sanitizeErrorName(name) : response.status >= 500 ? 'InternalErrorException' : 'UnknownError',
      message: header('errormessage') ?? nonEmpty(fields, 'message') ?? nonEmpty(fields, 'Message') ?? `Cognito answered HTTP ${response.status}.`,
      status: response.status,
      requestId: header('requestid'),
    })
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new MalformedResponseError(`Cognito answered ${operation} with a body that is not a JSON object.`)
  }
  return body
}

/**
 * Aborts when either signal does. Written out rather than `AbortSignal.any`, which Safari before 17.4
 * (iOS 16 and 17.0–17.3) and Firefox before 124 lack: one path for every browser.
 */
function eitherSignal(first: AbortSignal, second: AbortSignal): AbortSignal {
  const either = new AbortController()
  for (const signal of [first, second]) {
    if (signal.aborted) either.abort(signal.reason)
    else signal.addEventListener('abort', () => either.abort(signal.reason), { once: true, signal: either.signal })
  }
  return either.signal
}

/** As the AWS SDKs do: `aws.protocol#Name:http://...` -> `Name`. */
export function sanitizeErrorName(raw: string): string {
  const [name = '', namespaced] = (raw.split(/[,:]/)[0] ?? '').split('#')
  return (namespaced ?? name).trim()
}

/** `fields[key]` when it is text with something in it. */
function nonEmpty(fields: object, key: string): string | undefined {
  const value = (fields as Record<string, unknown>)[key]
  return typeof value === 'string' && value !== '' ? value : undefined
}
