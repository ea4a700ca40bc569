import { describe, expect, it } from 'vitest'
import { tokenDeviceApi, type TokenDeviceApiOptions } from '../../src/api/tokenDeviceApi'
import { ConfigurationError } from '../../src/model/errors'
import { classifyError, misconfigurationOf } from '../../src/errors/classifyError'

const getAccessToken = () => 'token'

/** The error `tokenDeviceApi(options)` throws, if any. */
function constructing(options: unknown): unknown {
  try {
    tokenDeviceApi(options as TokenDeviceApiOptions)
    return undefined
  } catch (error) {
    return error
  }
}

describe('tokenDeviceApi checks its options when it is created', () => {
  it.each([
    ['an endpoint that is not a URL', { endpoint: 'not a url', getAccessToken }, /`endpoint` must be an http\(s\) URL/],
    ['an endpoint of another scheme', { endpoint: 'ftp://cognito.example.test/', getAccessToken }, /`endpoint` must be an http\(s\) URL/],
    ['a region that is not an AWS region', { region: 'Frankfurt', getAccessToken }, /`region` must be an AWS region/],
    ['neither a region nor an endpoint', { getAccessToken }, /needs a `region`/],
    ['no token getter', { region: 'eu-west-1' }, /needs `getAccessToken`/],
  ])('%s is a ConfigurationError at once, aimed at the app’s setup', (_what, options, message) => {
    const error = constructing(options)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(message)
    expect(classifyError(error)).toBe('misconfigured')
    expect(misconfigurationOf(error)).toBe('app-setup')
  })

  it('never quotes the endpoint it refuses (it may carry credentials)', () => {
    const error = constructing({ endpoint: 'https://user:secret@', getAccessToken })
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).not.toContain('secret')
  })

  it.each([
    { region: 'eu-west-1', getAccessToken },
    { region: 'us-gov-west-1', getAccessToken },
    { endpoint: 'http://127.0.0.1:9229/', getAccessToken },
    { endpoint: 'https://cognito-idp.eu-central-1.amazonaws.com/', getAccessToken },
  ])('takes %o', (options) => {
    expect(constructing(options)).toBeUndefined()
  })
})
