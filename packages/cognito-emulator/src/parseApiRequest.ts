import { ServiceError } from './ServiceError.ts'
import { isOperationName, TARGET_PREFIX, type OperationName } from './operationNames.ts'
import { AMZ_JSON_CONTENT_TYPE } from './wireResponse.ts'

export interface ApiRequest {
  readonly operation: OperationName
  readonly input: Record<string, unknown>
  /** The body as sent (SigV4 signs its hash). */
  readonly body: Uint8Array
}

/** Bodies over this many bytes are refused before parsing. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

function tooLarge(maxBytes: number): ServiceError {
  return new ServiceError('RequestEntityTooLargeException', `Request body is larger than ${maxBytes} bytes.`, 413)
}

/**
 * The awsJson1_1 envelope, checked the way AWS's front end answers: a wrong Content-Type and
 * unparsable JSON are a SerializationException with no message, a missing or foreign
 * X-Amz-Target an UnknownOperationException with no message.
 */
export async function parseApiRequest(request: Request, maxBodyBytes: number): Promise<ApiRequest> {
  const declaredLength = Number(request.headers.get('content-length') ?? '0')
  if (declaredLength > maxBodyBytes) throw tooLarge(maxBodyBytes)
  const contentType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (contentType !== AMZ_JSON_CONTENT_TYPE) throw new ServiceError('SerializationException', '')
  const target = request.headers.get('x-amz-target') ?? ''
  if (!target.startsWith(TARGET_PREFIX)) throw new ServiceError('UnknownOperationException', '')
  const operation = target.slice(TARGET_PREFIX.length)
  if (!isOperationName(operation)) throw new ServiceError('UnknownOperationException', `The emulator does not implement ${operation}.`)
  const bytes = new Uint8Array(await request.arrayBuffer())
  if (bytes.byteLength > maxBodyBytes) throw tooLarge(maxBodyBytes)
  const text = new TextDecoder().decode(bytes).trim()
  if (text === '') return { operation, input: {}, body: bytes }
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch {
    throw new ServiceError('SerializationException', '')
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ServiceError('SerializationException', 'Start of structure or map found where not expected.')
  }
  return { operation, input: input as Record<string, unknown>, body: bytes }
}
