import { describe, expect, it } from 'vitest'
import { adminDeviceApi } from '../../src/adminApi/adminDeviceApi'
import type { AwsCredentialsProvider } from '../../src/adminApi/awsCredentials'
import { classifyError, type DeviceErrorState } from '../../src/errors/classifyError'
import { errorDetails } from '../../src/errors/errorDetails'

const credentials = {
  accessKeyId: 'ASIAEXAMPLEKEYID0001',
  secretAccessKey: 'secret/EXAMPLE+do-not-leak',
  sessionToken: 'session-token-EXAMPLE-do-not-leak',
}
const secrets = [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken]
const deviceKey = 'eu-west-1_1a2b3c4d-0000-4000-8000-000000000001'

/** Cognito's error answer as awsJson1_1 sends it. */
function awsError(status: number, type: string, message: string, messageField = 'message'): Response {
  return new Response(JSON.stringify({ __type: type, [messageField]: message }), {
    status,
    headers: { 'x-amzn-errortype': `${type}:`, 'x-amzn-requestid': 'req-1', 'content-type': 'application/x-amz-json-1.1' },
  })
}

function api(answer: () => Response | Promise<Response>, provider: AwsCredentialsProvider = () => credentials) {
  return adminDeviceApi({ userPoolId: 'eu-west-1_AbC123', username: 'alice', credentials: provider, fetch: async () => answer() })
}

async function failureOf(call: Promise<unknown>): Promise<unknown> {
  try {
    await call
  } catch (error) {
    return error
  }
  throw new Error('the call did not fail')
}

/** Everything an error shows: message, name, stack, own fields, cause chain, JSON and support details. */
function everythingShown(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    if (current instanceof Error) parts.push(current.name, current.message, current.stack ?? '')
    parts.push(String(current), JSON.stringify(current), JSON.stringify(Object.entries(current as object)))
    current = (current as { cause?: unknown }).cause
  }
  parts.push(JSON.stringify(errorDetails(error)))
  return parts.join('\n')
}

// Answers captured from AWS: UnrecognizedClientException for an unknown key (aws/aws-sdk-php#2444);
// InvalidSignatureException quotes the canonical request, signed headers (the session token) included,
// as AWS does for a signature mismatch; AccessDeniedException with a capital "Message" for an
// IAM denial (aws-samples/resource-control-policy-examples#18).
const failures: [string, () => Response | Promise<Response>, DeviceErrorState][] = [
  ['wrong keys (UnrecognizedClientException)', () => awsError(400, 'UnrecognizedClientException', 'The security token included in the request is invalid.'), 'admin-credentials'],
  [
    'a wrong secret (InvalidSignatureException quoting the signed request)',
    () =>
      awsError(
        400,
        'InvalidSignatureException',
        `The request signature we calculated does not match the signature you provided. The Canonical String for this request should have been 'POST\n/\n\nhost:cognito-idp.eu-west-1.amazonaws.com\nx-amz-date:20260102T030405Z\nx-amz-security-token:${credentials.sessionToken}\n' Credential=${credentials.accessKeyId}`,
      ),
    'admin-credentials',
  ],
  ['expired session credentials (ExpiredTokenException)', () => awsError(400, 'ExpiredTokenException', 'The security token included in the request is expired'), 'admin-credentials'],
  ['no signature (MissingAuthenticationTokenException)', () => awsError(400, 'MissingAuthenticationTokenException', 'Missing Authentication Token'), 'admin-credentials'],
  [
    'a role without the Admin device actions (AccessDeniedException)',
    () => awsError(400, 'AccessDeniedException', 'User: arn:aws:sts::123456789012:assumed-role/Support/alice is not authorized to perform: cognito-idp:AdminListDevices', 'Message'),
    'admin-access-denied',
  ],
  ['an unknown target user (UserNotFoundException)', () => awsError(400, 'UserNotFoundException', 'User does not exist.'), 'user-not-found'],
  ['throttling (TooManyRequestsException)', () => awsError(400, 'TooManyRequestsException', 'Rate exceeded'), 'throttled'],
  ['throttling (ThrottlingException)', () => awsError(400, 'ThrottlingException', 'Rate exceeded'), 'throttled'],
  ['a message echoing the keys', () => awsError(400, 'InvalidParameterException', `bad request from ${credentials.accessKeyId} ${credentials.secretAccessKey}`), 'invalid-request'],
  [
    'a network failure',
    () => {
      throw new TypeError(`fetch failed`)
    },
    'unavailable',
  ],
]

describe('failures of the Admin device operations', () => {
  it.each(failures)('%s: classified, and no credential in anything the error shows', async (_what, answer, state) => {
    for (const call of [(target: ReturnType<typeof api>) => target.listDevices(), (target: ReturnType<typeof api>) => target.forgetDevice(deviceKey)]) {
      const error = await failureOf(call(api(answer)))

      expect(classifyError(error, { online: true })).toBe(state)
      const shown = everythingShown(error)
      for (const secret of secrets) expect(shown).not.toContain(secret)
    }
  })

  it.each<[string, AwsCredentialsProvider]>([
    ['throws (quoting the keys)', () => Promise.reject(new Error(`could not refresh ${credentials.accessKeyId}:${credentials.secretAccessKey}`, { cause: credentials }))],
    ['gives nothing (nobody with the admin role signed in)', () => undefined],
    ['gives credentials without a secret', () => ({ accessKeyId: credentials.accessKeyId, secretAccessKey: '' })],
    ['gives credentials that have expired', () => ({ ...credentials, expiration: new Date(Date.now() - 1000) })],
  ])('a credentials provider that %s: the credentials state, nothing sent, no credential shown', async (_what, provider) => {
    let sent = 0
    const target = api(() => {
      sent++
      return new Response('{"Devices":[]}')
    }, provider)

    const error = await failureOf(target.listDevices())

    expect(classifyError(error)).toBe('admin-credentials')
    expect(sent).toBe(0)
    const shown = everythingShown(error)
    for (const secret of secrets) expect(shown).not.toContain(secret)
  })

  it('keeps what support needs: the AWS name and request id of a rejection', async () => {
    const error = await failureOf(api(() => awsError(400, 'ExpiredTokenException', 'The security token included in the request is expired')).listDevices())

    expect(error).toMatchObject({ name: 'AdminCredentialsError', problem: 'rejected', awsErrorName: 'ExpiredTokenException', requestId: 'req-1' })
    expect(errorDetails(error)).toEqual({ name: 'AdminCredentialsError', requestId: 'req-1' })
  })

  it('asks the provider before every call, so refreshed credentials are used', async () => {
    let calls = 0
    const target = api(
      () => new Response('{"Devices":[]}'),
      () => {
        calls++
        return credentials
      },
    )

    await target.listDevices()
    await target.listDevices()

    expect(calls).toBe(2)
  })

  it('names a pool id without a region as a setup problem', async () => {
    const target = adminDeviceApi({ userPoolId: 'AbC123', username: 'alice', credentials: () => credentials, fetch: async () => new Response('{}') })

    expect(classifyError(await failureOf(target.listDevices()))).toBe('misconfigured')
  })
})
