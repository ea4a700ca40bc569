import type { ServiceError } from './ServiceError.ts'

/** The content type awsJson1_1 services send and expect. */
export const AMZ_JSON_CONTENT_TYPE = 'application/x-amz-json-1.1'

/** Headers Cognito lets a page on another origin read. */
const EXPOSED_HEADERS = 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date'

/** The CORS headers Cognito puts on every answer (not only on preflights). */
export function corsHeaders(): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': EXPOSED_HEADERS,
  }
}

/** The answer to an `OPTIONS` preflight, as captured from the real endpoint. */
export function preflightResponse(request: Request, requestId: string): Response {
  const headers = new Headers(corsHeaders())
  headers.set('access-control-allow-methods', 'POST')
  headers.set('access-control-allow-headers', request.headers.get('access-control-request-headers') ?? '')
  headers.set('access-control-max-age', '172800')
  headers.set('x-amzn-RequestId', requestId)
  headers.set('date', new Date().toUTCString())
  return new Response(null, { status: 200, headers })
}

function baseHeaders(requestId: string): Headers {
  const headers = new Headers(corsHeaders())
  headers.set('content-type', AMZ_JSON_CONTENT_TYPE)
  headers.set('x-amzn-RequestId', requestId)
  headers.set('date', new Date().toUTCString())
  return headers
}

/** A 200 answer. `undefined` gives an empty body (ForgetDevice); anything else is JSON. */
export function successResponse(body: unknown, requestId: string): Response {
  const text = body === undefined ? '' : JSON.stringify(body)
  return new Response(text, { status: 200, headers: baseHeaders(requestId) })
}

/** A 200 answer whose body is given verbatim (the malformed-body fault). */
export function rawResponse(text: string, requestId: string): Response {
  return new Response(text, { status: 200, headers: baseHeaders(requestId) })
}

/** Header values must be single-line Latin-1; keep the message readable anyway. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?')
}

/**
 * An error as Cognito sends it: `{"__type", "message"}` plus `x-amzn-ErrorType: <Name>:` and
 * `x-amzn-ErrorMessage`. A few protocol errors (SerializationException, UnknownOperationException)
 * come with no message at all, as AWS sends them.
 */
export function errorResponse(error: ServiceError, requestId: string): Response {
  const headers = baseHeaders(requestId)
  headers.set('x-amzn-ErrorType', `${error.name}:`)
  const body: Record<string, string> = { __type: error.name }
  if (error.message) {
    body[error.messageField] = error.message
    headers.set('x-amzn-ErrorMessage', headerSafe(error.message))
  }
  return new Response(JSON.stringify(body), { status: error.status, headers })
}
