import { describe, expect, it } from 'vitest'
import { callCognito, sanitizeErrorName } from '../../src/cognito/client'
import { CognitoError, MalformedResponseError, NetworkError, TimeoutError } from '../../src/model/errors'
import { policyFor } from '../../src/errors/classifyError'

const endpoint = 'https://cognito-idp.us-east-1.amazonaws.com/'

function answering(response: () => Response | Promise<Response>): typeof fetch {
  return async () => response()
}

describe('callCognito', () => {
  it('sends the awsJson1_1 request Cognito expects', async () => {
    let seen: Request | undefined
    const fetchSpy: typeof fetch = async (input, init) => {
      seen = new Request(input, init)
      return new Response('{"Device":{}}', { status: 200 })
    }
    await callCognito('GetDevice', { DeviceKey: 'us-east-1_abc' }, { endpoint, fetch: fetchSpy })
    expect(seen?.method).toBe('POST')
    expect(seen?.url).toBe(endpoint)
    expect(seen?.headers.get('content-type')).toBe('application/x-amz-json-1.1')
    expect(seen?.headers.get('x-amz-target')).toBe('AWSCognitoIdentityProviderService.GetDevice')
    expect(await seen?.json()).toEqual({ DeviceKey: 'us-east-1_abc' })
  })

  it('resolves an empty body (ForgetDevice) to an empty object', async () => {
    const result = await callCognito('ForgetDevice', {}, { endpoint, fetch: answering(() => new Response(null, { status: 200 })) })
    expect(result).toEqual({})
  })

  it('names the error from x-amzn-ErrorType first, as AWS clients do', async () => {
    const response = new Response(JSON.stringify({ __type: 'SomethingElse', message: 'body message' }), {
      status: 400,
      headers: {
        'x-amzn-ErrorType': 'NotAuthorizedException:http://internal.amazon.com/coral/com.amazonaws/',
        'x-amzn-ErrorMessage': 'Access Token has expired',
        'x-amzn-RequestId': 'req-1',
      },
    })
    const error = await callCognito('GetDevice', {}, { endpoint, fetch: answering(() => response) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CognitoError)
    expect(error).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Access Token has expired',
      status: 400,
      requestId: 'req-1',
    })
  })

  it('falls back to the body __type with a namespace prefix', async () => {
    const body = JSON.stringify({ __type: 'com.amazonaws.cognito#TooManyRequestsException', message: 'Too many requests' })
    const error = await callCognito('ListDevices', {}, { endpoint, fetch: answering(() => new Response(body, { status: 400 })) }).catch(
      (e: unknown) => e,
    )
    expect(error).toMatchObject({ name: 'TooManyRequestsException', message: 'Too many requests' })
  })

  it('calls an unnamed 5xx an InternalErrorException, which the error table retries', async () => {
    const error = await callCognito('ListDevices', {}, { endpoint, fetch: answering(() => new Response('<html>', { status: 502 })) }).catch(
      (e: unknown) => e,
    )
    expect(error).toMatchObject({ name: 'InternalErrorException', status: 502 })
    expect(policyFor(error).retry).toBe('transient')
  })

  it('turns a failed fetch into a NetworkError', async () => {
    const error = await callCognito('ListDevices', {}, {
      endpoint,
      fetch: async () => {
        throw new TypeError('fetch failed')
      },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
  })

  it('turns a body cut off mid-response into a NetworkError', async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"Devices":['))
        controller.error(new TypeError('terminated'))
      },
    })
    const error = await callCognito('ListDevices', {}, { endpoint, fetch: answering(() => new Response(stream, { status: 200 })) }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(NetworkError)
  })

  it('rejects a 200 whose body is not JSON as malformed', async () => {
    const error = await callCognito('GetDevice', {}, { endpoint, fetch: answering(() => new Response('<html>oops', { status: 200 })) }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(MalformedResponseError)
  })

  it('gives up with a TimeoutError when Cognito does not answer in time', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
    const error = await callCognito('GetDevice', {}, { endpoint, fetch: never, timeoutMs: 20 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
  })

  it("passes the caller's abort through untouched", async () => {
    const controller = new AbortController()
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
    const pending = callCognito('GetDevice', {}, { endpoint, fetch: never, signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  describe('in a browser without AbortSignal.any (Safari before 17.4)', () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
    const withoutAny = async (run: () => Promise<void>) => {
      const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any')
      Reflect.deleteProperty(AbortSignal, 'any')
      try {
        await run()
      } finally {
        if (any) Object.defineProperty(AbortSignal, 'any', any)
      }
    }

    it("answers a call that carries the caller's signal", () =>
      withoutAny(async () => {
        const body = await callCognito('ListDevices', {}, { endpoint, signal: new AbortController().signal, fetch: answering(() => Response.json({ Devices: [] })) })
        expect(body).toEqual({ Devices: [] })
      }))

    it("still gives up in time, and still passes the caller's abort through", () =>
      withoutAny(async () => {
        const slow = callCognito('GetDevice', {}, { endpoint, fetch: never, signal: new AbortController().signal, timeoutMs: 20 })
        await expect(slow).rejects.toBeInstanceOf(TimeoutError)
        const controller = new AbortController()
        const cancelled = callCognito('GetDevice', {}, { endpoint, fetch: never, signal: controller.signal })
        controller.abort()
        await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' })
      }))
  })

  it('never puts the access token in an error message', async () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'
    const error = (await callCognito('GetDevice', { AccessToken: token }, {
      endpoint,
      fetch: async () => {
        throw new TypeError('fetch failed')
      },
    }).catch((e: unknown) => e)) as Error
    expect(`${error.message} ${String(error.cause)}`).not.toContain(token)
  })
})

describe('sanitizeErrorName', () => {
  it.each([
    ['NotAuthorizedException:', 'NotAuthorizedException'],
    ['aws.cognito#ResourceNotFoundException', 'ResourceNotFoundException'],
    ['InvalidParameterException,Other', 'InvalidParameterException'],
    ['TooManyRequestsException', 'TooManyRequestsException'],
  ])('%s -> %s', (raw, name) => {
    expect(sanitizeErrorName(raw)).toBe(name)
  })
})
