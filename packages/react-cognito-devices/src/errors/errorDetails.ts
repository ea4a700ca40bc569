/**
 * What a support ticket needs from an error, and nothing else: its name and the service's request id.
 * Never the message (server text, not user-facing copy) and never anything from the request.
 */
export interface ErrorDetails {
  /** The exception name, e.g. `NotAuthorizedException`. */
  readonly name: string | undefined
  /** `x-amzn-RequestId` as the kit's CognitoError, aws-amplify (`metadata`) or the AWS SDK (`$metadata`) carry it. */
  readonly requestId: string | undefined
}

/** Longest name or request id shown; anything longer is not a real one. */
const maxLength = 128

/** The support details of anything thrown. Never throws. */
export function errorDetails(error: unknown): ErrorDetails {
  return { name: safely(() => shortString(field(error, 'name'))), requestId: safely(() => requestIdOf(error)) }
}

function requestIdOf(error: unknown): string | undefined {
  return (
    shortString(field(error, 'requestId')) ??
    shortString(field(field(error, 'metadata'), 'requestId')) ??
    shortString(field(field(error, '$metadata'), 'requestId'))
  )
}

/** `value[key]` when `value` is an object, else undefined. May throw (getters). */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}

function shortString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength ? value : undefined
}

function safely<T>(read: () => T | undefined): T | undefined {
  try {
    return read()
  } catch {
    return undefined
  }
}
