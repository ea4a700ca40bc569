import { describe, expect, it } from 'vitest'
import {
  ConfigurationError,
  CognitoError,
  InvalidDeviceKeyError,
  MalformedResponseError,
  NetworkError,
  NoSessionError,
  TimeoutError,
} from '../../src/model/errors'
import { classifyError, errorPolicy, misconfigurationOf, policyFor, type DeviceErrorState } from '../../src/errors/classifyError'

const online = { online: true }
const offline = { online: false }

function cognito(name: string, status = 400): CognitoError {
  return new CognitoError({ name, message: 'server text', status, requestId: 'req-1' })
}

/** An error shaped like aws-amplify's AuthError / AmplifyError (name, message, metadata). */
function amplifyError(name: string, httpStatusCode?: number): Error {
  const error = new Error('amplify text')
  return Object.assign(error, { name, ...(httpStatusCode ? { metadata: { httpStatusCode, requestId: 'r' } } : {}) })
}

describe('classifyError: Cognito exceptions of the device operations', () => {
  const cases: [string, DeviceErrorState][] = [
    ['ResourceNotFoundException', 'device-not-found'],
    ['InvalidParameterException', 'invalid-request'],
    ['InvalidUserPoolConfigurationException', 'misconfigured'],
    ['NotAuthorizedException', 'signed-out'],
    ['TooManyRequestsException', 'throttled'],
    ['PasswordResetRequiredException', 'password-reset-required'],
    ['UserNotFoundException', 'signed-out'],
    ['UserNotConfirmedException', 'account-unconfirmed'],
    ['InternalErrorException', 'unavailable'],
    ['ForbiddenException', 'blocked'],
    ['OperationNotEnabledException', 'misconfigured'],
    // ConfirmDevice adds these
    ['InvalidPasswordException', 'invalid-request'],
    ['InvalidLambdaResponseException', 'misconfigured'],
    ['UsernameExistsException', 'invalid-request'],
    ['DeviceKeyExistsException', 'invalid-request'],
    // throttling under its other AWS name
    ['LimitExceededException', 'throttled'],
  ]
  it.each(cases)('%s -> %s', (name, state) => {
    expect(classifyError(cognito(name), online)).toBe(state)
  })

  it('classifies by name, not by status: a 500 NotAuthorizedException is still signed-out', () => {
    expect(classifyError(cognito('NotAuthorizedException', 500), online)).toBe('signed-out')
  })

  it('normalises names as AWS clients do (namespace before #, extra after : or ,)', () => {
    expect(classifyError({ name: 'com.amazonaws.cognito#NotAuthorizedException' }, online)).toBe('signed-out')
    expect(classifyError({ name: 'TooManyRequestsException:' }, online)).toBe('throttled')
    expect(classifyError({ name: 'ForbiddenException,extra' }, online)).toBe('blocked')
  })
})

describe("classifyError: the kit's typed errors", () => {
  it('NoSessionError -> signed-out', () => expect(classifyError(new NoSessionError(), online)).toBe('signed-out'))
  it('ConfigurationError -> misconfigured', () =>
    expect(classifyError(new ConfigurationError('no endpoint'), online)).toBe('misconfigured'))
  it('InvalidDeviceKeyError -> invalid-request', () =>
    expect(classifyError(new InvalidDeviceKeyError(''), online)).toBe('invalid-request'))
  it('MalformedResponseError -> unavailable', () =>
    expect(classifyError(new MalformedResponseError('bad body'), online)).toBe('unavailable'))
  it('NetworkError while online -> unavailable', () => expect(classifyError(new NetworkError('x'), online)).toBe('unavailable'))
  it('NetworkError while offline -> offline', () => expect(classifyError(new NetworkError('x'), offline)).toBe('offline'))
  it('TimeoutError while online -> unavailable', () => expect(classifyError(new TimeoutError('x'), online)).toBe('unavailable'))
  it('TimeoutError while offline -> offline', () => expect(classifyError(new TimeoutError('x'), offline)).toBe('offline'))
  it('an answered error stays what it is while offline', () =>
    expect(classifyError(cognito('NotAuthorizedException'), offline)).toBe('signed-out'))
  it('an unknown error is not called offline just because the browser is offline', () =>
    expect(classifyError(new TypeError('x'), offline)).toBe('unknown'))
})

describe('classifyError: names aws-amplify v6 throws itself', () => {
  const cases: [string, DeviceErrorState][] = [
    ['UserUnAuthenticatedException', 'signed-out'], // assertAuthTokens: nobody signed in
    ['TokenRevokedException', 'signed-out'],
    ['RefreshTokenReuseException', 'signed-out'],
    ['AuthUserPoolException', 'misconfigured'], // Amplify.configure not called / no Auth.Cognito
    ['AuthTokenConfigException', 'misconfigured'],
    ['InvalidUserPoolId', 'misconfigured'],
  ]
  it.each(cases)('%s -> %s', (name, state) => {
    expect(classifyError(amplifyError(name), online)).toBe(state)
  })

  it("aws-amplify's NetworkError (AmplifyErrorCode.NetworkError) follows the online rule", () => {
    expect(classifyError(amplifyError('NetworkError'), offline)).toBe('offline')
    expect(classifyError(amplifyError('NetworkError'), online)).toBe('unavailable')
  })

  it('reads navigator.onLine when no context is given', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator')
    try {
      Object.defineProperty(globalThis, 'navigator', { value: { onLine: false }, configurable: true })
      expect(classifyError(new NetworkError('x'))).toBe('offline')
      Object.defineProperty(globalThis, 'navigator', { value: { onLine: true }, configurable: true })
      expect(classifyError(new NetworkError('x'))).toBe('unavailable')
    } finally {
      if (original) Object.defineProperty(globalThis, 'navigator', original)
      else Reflect.deleteProperty(globalThis, 'navigator')
    }
  })
})

describe('classifyError: 5xx without a known name', () => {
  it('a CognitoError with an unknown name and status 503 -> unavailable', () =>
    expect(classifyError(cognito('UnknownError', 503), online)).toBe('unavailable'))
  it("aws-amplify's UnknownError with metadata.httpStatusCode 502 -> unavailable", () =>
    expect(classifyError(amplifyError('UnknownError', 502), online)).toBe('unavailable'))
  it("the AWS SDK's $metadata.httpStatusCode 500 -> unavailable", () =>
    expect(classifyError({ name: 'Unknown', $metadata: { httpStatusCode: 500 } }, online)).toBe('unavailable'))
  it('an object with only a 5xx status -> unavailable', () => expect(classifyError({ status: 504 }, online)).toBe('unavailable'))
  it('an unknown name with a 4xx status -> unknown', () => expect(classifyError(cognito('SomethingNew', 400), online)).toBe('unknown'))
  it('a status of 600 is not a server error', () => expect(classifyError({ status: 600 }, online)).toBe('unknown'))
})

describe('classifyError: never throws on junk', () => {
  const throwingGetter = Object.defineProperty({}, 'name', {
    get() {
      throw new Error('boom')
    },
  })
  const throwingStatus = Object.defineProperty({ name: 'Whatever' }, 'status', {
    get() {
      throw new Error('boom')
    },
  })
  const hostileProxy = new Proxy(
    {},
    {
      get() {
        throw new Error('trap')
      },
      has() {
        throw new Error('trap')
      },
    },
  )
  const junk: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'NotAuthorizedException'],
    ['a number', 500],
    ['a symbol', Symbol('NotAuthorizedException')],
    ['a bigint', 10n],
    ['a function', () => undefined],
    ['an empty object', {}],
    ['a symbol name', { name: Symbol('x') }],
    ['an object name', { name: { toString: () => 'NotAuthorizedException' } }],
    ['an empty name', { name: '' }],
    ['a prototype key as name', { name: '__proto__' }],
    ['constructor as name', { name: 'constructor' }],
    ['toString as name', { name: 'toString' }],
    ['a getter that throws', throwingGetter],
    ['a status getter that throws', throwingStatus],
    ['a proxy whose traps throw', hostileProxy],
    ['an object without prototype', Object.create(null) as unknown],
    ['a plain Error', new Error('x')],
    ['NaN status', { status: Number.NaN }],
  ]
  it.each(junk)('%s -> unknown', (_label, value) => {
    expect(() => classifyError(value)).not.toThrow()
    expect(classifyError(value, online)).toBe('unknown')
  })

  it('a navigator whose onLine getter throws counts as online', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator')
    try {
      Object.defineProperty(globalThis, 'navigator', {
        value: Object.defineProperty({}, 'onLine', {
          get() {
            throw new Error('no')
          },
        }),
        configurable: true,
      })
      expect(classifyError(new NetworkError('x'))).toBe('unavailable')
    } finally {
      if (original) Object.defineProperty(globalThis, 'navigator', original)
      else Reflect.deleteProperty(globalThis, 'navigator')
    }
  })
})

describe('classifyError: the Admin device operations (react-cognito-devices/admin)', () => {
  const cases: [string, DeviceErrorState][] = [
    ['AdminCredentialsError', 'admin-credentials'], // kit: missing, expired or rejected AWS credentials
    ['AccessDeniedException', 'admin-access-denied'], // IAM: the role may not call the Admin actions
    ['TargetUserNotFoundError', 'user-not-found'], // kit: the looked-up user does not exist
    ['ThrottlingException', 'throttled'], // AWS common error of signed calls
  ]
  it.each(cases)('%s -> %s', (name, state) => {
    expect(classifyError(cognito(name), online)).toBe(state)
  })
  it('sends them to the boundary and never retries them, except throttling', () => {
    for (const name of ['AdminCredentialsError', 'AccessDeniedException', 'TargetUserNotFoundError']) {
      expect(policyFor(cognito(name), online)).toEqual({ retry: 'never', surface: 'boundary' })
    }
    expect(policyFor(cognito('ThrottlingException'), online)).toEqual({ retry: 'throttled', surface: 'inline' })
  })
})

describe('policyFor', () => {
  it('sends states that make the panel useless to the boundary, never retried', () => {
    for (const name of ['NotAuthorizedException', 'PasswordResetRequiredException', 'UserNotConfirmedException', 'AuthUserPoolException']) {
      expect(policyFor(cognito(name), online)).toEqual({ retry: 'never', surface: 'boundary' })
    }
  })
  it('keeps transient states inline and retries them', () => {
    expect(policyFor(cognito('TooManyRequestsException'), online)).toEqual({ retry: 'throttled', surface: 'inline' })
    expect(policyFor(new NetworkError('x'), offline)).toEqual({ retry: 'transient', surface: 'inline' })
    expect(policyFor(new NetworkError('x'), online)).toEqual({ retry: 'transient', surface: 'inline' })
    expect(policyFor(cognito('InternalErrorException', 500), online)).toEqual({ retry: 'transient', surface: 'inline' })
  })
  it('gives every state a policy', () => {
    expect(Object.keys(errorPolicy).sort()).toEqual(
      [
        'account-unconfirmed',
        'admin-access-denied',
        'admin-credentials',
        'blocked',
        'device-not-found',
        'invalid-request',
        'misconfigured',
        'offline',
        'password-reset-required',
        'signed-out',
        'throttled',
        'unavailable',
        'unknown',
        'user-not-found',
      ].sort(),
    )
  })
})

describe('misconfigurationOf', () => {
  it('points app-setup errors at the app', () => {
    expect(misconfigurationOf(amplifyError('AuthUserPoolException'))).toBe('app-setup')
    expect(misconfigurationOf(new ConfigurationError('x'))).toBe('app-setup')
  })
  it('points user-pool errors at the pool', () => {
    expect(misconfigurationOf(cognito('OperationNotEnabledException'))).toBe('user-pool-setup')
    expect(misconfigurationOf(cognito('InvalidUserPoolConfigurationException'))).toBe('user-pool-setup')
  })
  it('is undefined for other errors and junk', () => {
    expect(misconfigurationOf(cognito('NotAuthorizedException'))).toBeUndefined()
    expect(misconfigurationOf(Symbol('x'))).toBeUndefined()
    expect(
      misconfigurationOf(
        Object.defineProperty({}, 'name', {
          get() {
            throw new Error('boom')
          },
        }),
      ),
    ).toBeUndefined()
  })
})
