/**
 * An exception the emulator answers with, exactly as Cognito names it on the wire
 * (`__type` in the body, `x-amzn-ErrorType: <name>:` in the headers).
 */
export class ServiceError extends Error {
  override readonly name: string
  /** 400 for client faults, 500 for InternalErrorException (the API reference's statuses). */
  readonly status: number
  /** The body's message member: `message` for Cognito's own exceptions, `Message` for AWS's IAM denial. */
  readonly messageField: 'message' | 'Message'

  constructor(name: string, message: string, status = name === 'InternalErrorException' ? 500 : 400, messageField: 'message' | 'Message' = 'message') {
    super(message)
    this.name = name
    this.status = status
    this.messageField = messageField
  }
}

/** Cognito's answer to every unusable access token; only the message differs. */
export const notAuthorized = (message: string) => new ServiceError('NotAuthorizedException', message)

export const deviceDoesNotExist = () => new ServiceError('ResourceNotFoundException', 'Device does not exist.')
