import { describe, expect, it } from 'vitest'
import { CognitoError, NetworkError } from '../../src/model/errors'
import { errorDetails } from '../../src/errors/errorDetails'

describe('errorDetails', () => {
  it("takes the name and request id of the kit's CognitoError, never the message", () => {
    const details = errorDetails(new CognitoError({ name: 'NotAuthorizedException', message: 'Access Token has expired', status: 400, requestId: 'abc-123' }))
    expect(details).toEqual({ name: 'NotAuthorizedException', requestId: 'abc-123' })
  })
  it("reads aws-amplify's metadata.requestId", () => {
    const error = Object.assign(new Error('x'), { name: 'InternalErrorException', metadata: { requestId: 'amp-1', httpStatusCode: 500 } })
    expect(errorDetails(error)).toEqual({ name: 'InternalErrorException', requestId: 'amp-1' })
  })
  it("reads the AWS SDK's $metadata.requestId", () => {
    expect(errorDetails({ name: 'ForbiddenException', $metadata: { requestId: 'sdk-1' } })).toEqual({ name: 'ForbiddenException', requestId: 'sdk-1' })
  })
  it('has no request id for errors that never reached the service', () => {
    expect(errorDetails(new NetworkError('x'))).toEqual({ name: 'NetworkError', requestId: undefined })
  })
  it('drops absurdly long values', () => {
    expect(errorDetails({ name: 'x'.repeat(500) }).name).toBeUndefined()
  })
  it.each([null, undefined, 'text', Symbol('s'), 42, {}])('never throws on %s', (value) => {
    expect(errorDetails(value)).toEqual({ name: undefined, requestId: undefined })
  })
  it('never throws on getters that throw', () => {
    const hostile = Object.defineProperties(
      {},
      {
        name: {
          get() {
            throw new Error('boom')
          },
        },
        requestId: {
          get() {
            throw new Error('boom')
          },
        },
      },
    )
    expect(errorDetails(hostile)).toEqual({ name: undefined, requestId: undefined })
  })
})
