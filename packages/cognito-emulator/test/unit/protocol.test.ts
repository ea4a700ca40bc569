import { describe, expect, it } from 'vitest'
import { createCognitoEmulator, DEMO_PASSWORD, DEMO_USERS } from '../../src/index.ts'
import { callEmulator } from '../support/callEmulator.ts'

const JSON_TYPE = 'application/x-amz-json-1.1'

function post(headers: Record<string, string>, body: BodyInit) {
  return new Request('http://cognito.test/', { method: 'POST', headers, body })
}

describe('the awsJson1_1 envelope', () => {
  it('answers a CORS preflight like Cognito, echoing the requested headers', async () => {
    const emulator = createCognitoEmulator()
    const response = await emulator.handle(
      new Request('http://cognito.test/', {
        method: 'OPTIONS',
        headers: { origin: 'http://app.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-amz-target,amz-sdk-request' },
      }),
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')).toBe('POST')
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type,x-amz-target,amz-sdk-request')
    expect(response.headers.get('access-control-max-age')).toBe('172800')
    expect(response.headers.get('access-control-expose-headers')).toBe('x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date')
    expect(emulator.calls()).toBe(0)
  })

  it('puts a request id and CORS headers on successes and errors alike', async () => {
    const emulator = createCognitoEmulator()
    const ok = await callEmulator(emulator, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: emulator.clientId,
      AuthParameters: { USERNAME: DEMO_USERS.demo, PASSWORD: DEMO_PASSWORD },
    })
    const failed = await callEmulator(emulator, 'GetUser', { AccessToken: 'garbage' })
    for (const answer of [ok, failed]) {
      expect(answer.headers.get('x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/)
      expect(answer.headers.get('access-control-allow-origin')).toBe('*')
      expect(answer.headers.get('content-type')).toBe(JSON_TYPE)
    }
    expect(ok.headers.get('x-amzn-RequestId')).not.toBe(failed.headers.get('x-amzn-RequestId'))
  })

  it('sends errors as {__type, message} with x-amzn-ErrorType "<Name>:" and x-amzn-ErrorMessage', async () => {
    const answer = await callEmulator(createCognitoEmulator(), 'GetUser', { AccessToken: 'garbage' })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ __type: 'NotAuthorizedException', message: 'Invalid Access Token' })
    expect(answer.headers.get('x-amzn-ErrorType')).toBe('NotAuthorizedException:')
    expect(answer.headers.get('x-amzn-ErrorMessage')).toBe('Invalid Access Token')
  })

  it('answers a wrong Content-Type with a bare SerializationException', async () => {
    const emulator = createCognitoEmulator()
    const response = await emulator.handle(
      post({ 'content-type': 'application/json', 'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser' }, '{}'),
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ __type: 'SerializationException' })
    expect(response.headers.get('x-amzn-ErrorType')).toBe('SerializationException:')
  })

  it('accepts a charset parameter on the Content-Type', async () => {
    const response = await createCognitoEmulator().handle(
      post({ 'content-type': `${JSON_TYPE}; charset=utf-8`, 'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser' }, '{"AccessToken":"x"}'),
    )
    expect((await response.json()).__type).toBe('NotAuthorizedException')
  })

  it('answers a missing or foreign X-Amz-Target with UnknownOperationException', async () => {
    const emulator = createCognitoEmulator()
    for (const target of [undefined, 'DynamoDB_20120810.GetItem']) {
      const headers: Record<string, string> = { 'content-type': JSON_TYPE }
      if (target) headers['x-amz-target'] = target
      const response = await emulator.handle(post(headers, '{}'))
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ __type: 'UnknownOperationException' })
    }
  })

  it('names a Cognito operation it does not implement', async () => {
    const answer = await callEmulator(createCognitoEmulator(), 'SignUp', {})
    expect(answer.body).toEqual({ __type: 'UnknownOperationException', message: 'The emulator does not implement SignUp.' })
  })

  it('answers malformed JSON and a non-object body with SerializationException', async () => {
    const emulator = createCognitoEmulator()
    const headers = { 'content-type': JSON_TYPE, 'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser' }
    const broken = await emulator.handle(post(headers, '{"AccessToken":'))
    expect(await broken.json()).toEqual({ __type: 'SerializationException' })
    const list = await emulator.handle(post(headers, '[1,2]'))
    expect((await list.json()).__type).toBe('SerializationException')
  })

  it('refuses a body over the size limit with 413 before parsing it', async () => {
    const emulator = createCognitoEmulator({ maxBodyBytes: 1024 })
    const response = await emulator.handle(
      post({ 'content-type': JSON_TYPE, 'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser' }, JSON.stringify({ AccessToken: 'a'.repeat(2000) })),
    )
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ __type: 'RequestEntityTooLargeException', message: 'Request body is larger than 1024 bytes.' })
  })

  it('serves the JWKS at /<userPoolId>/.well-known/jwks.json', async () => {
    const emulator = createCognitoEmulator()
    const response = await emulator.handle(new Request(`http://cognito.test/${emulator.userPoolId}/.well-known/jwks.json`))
    expect(response.status).toBe(200)
    const jwks = await response.json()
    expect(jwks.keys).toHaveLength(1)
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' })
    expect(jwks.keys[0].d).toBeUndefined()
  })

  it('maps an unexpected failure to a 500 InternalErrorException', async () => {
    const emulator = createCognitoEmulator()
    emulator.faults.set('GetUser', { error: { name: 'InternalErrorException' } })
    const answer = await callEmulator(emulator, 'GetUser', { AccessToken: 'x' })
    expect(answer.status).toBe(500)
    expect(answer.body).toEqual({ __type: 'InternalErrorException', message: 'Internal server error.' })
  })
})
