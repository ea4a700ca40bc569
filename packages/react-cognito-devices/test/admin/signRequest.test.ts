import { describe, expect, it, vi } from 'vitest'
import { adminDeviceApi } from '../../src/adminApi/adminDeviceApi'
import { classifyError } from '../../src/errors/classifyError'
import { signCognitoRequest } from '../../src/adminApi/signRequest'
import { authorizationByAwsSigner } from './awsSignature'

// AWS's documentation example keys (never real ones).
const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN',
}
const userPoolId = 'eu-west-1_AbC123'

/** An adminDeviceApi whose requests are kept, answered with an empty device list. */
function recordingAdminApi(options: { endpoint?: string; region?: string } = {}) {
  const sent: Request[] = []
  const api = adminDeviceApi({
    ...options,
    userPoolId,
    username: 'alice@example.com',
    credentials: () => credentials,
    fetch: async (input, init) => {
      sent.push(new Request(input, init))
      return new Response('{"Devices":[]}', { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' } })
    },
  })
  return { api, sent }
}

describe('SigV4 signing of the Admin device operations', () => {
  it("signs AdminListDevices as AWS's own signer does, for the pool's region", async () => {
    const { api, sent } = recordingAdminApi()

    await api.listDevices(undefined, { limit: 10 })

    const request = sent[0]!
    expect(request.url).toBe('https://cognito-idp.eu-west-1.amazonaws.com/')
    expect(request.headers.get('x-amz-target')).toBe('AWSCognitoIdentityProviderService.AdminListDevices')
    expect(await request.clone().json()).toEqual({ Limit: 10, UserPoolId: userPoolId, Username: 'alice@example.com' })
    expect(request.headers.get('authorization')).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/cognito-idp\/aws4_request, SignedHeaders=/)
    expect(request.headers.get('authorization')).toBe(await authorizationByAwsSigner(request, credentials, 'eu-west-1'))
  })

  it('signs the target, the body and the session token, so none can be changed on the way', async () => {
    const { api, sent } = recordingAdminApi()
    await api.forgetDevice('eu-west-1_1a2b3c4d-0000-4000-8000-000000000001')
    const request = sent[0]!
    const authorization = request.headers.get('authorization')!

    expect(/SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';')).toEqual(
      expect.arrayContaining(['host', 'x-amz-date', 'x-amz-security-token', 'x-amz-target']),
    )
    expect(request.headers.get('x-amz-security-token')).toBe(credentials.sessionToken)
    const otherUser = new Request(request, { body: (await request.clone().text()).replace('alice', 'mallory') })
    expect(await authorizationByAwsSigner(otherUser, credentials, 'eu-west-1')).not.toBe(authorization)
  })

  it('signs a custom endpoint (the emulator) with its host and port, in the pool region or the one given', async () => {
    const { api, sent } = recordingAdminApi({ endpoint: 'http://localhost:9229/', region: 'us-east-2' })

    await api.getSession()
    await api.listDevices()

    const request = sent[0]!
    expect(request.url).toBe('http://localhost:9229/')
    expect(request.headers.get('authorization')).toContain('/us-east-2/cognito-idp/aws4_request')
    expect(request.headers.get('authorization')).toBe(await authorizationByAwsSigner(request, credentials, 'us-east-2'))
  })

  it('matches the AWS signer at a fixed date for long-term keys too (no session token)', async () => {
    const longTerm = { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey }
    const body = JSON.stringify({ UserPoolId: userPoolId, Username: 'alice', DeviceKey: 'eu-west-1_1a2b3c4d' })
    const headers = await signCognitoRequest(
      {
        url: 'https://cognito-idp.eu-west-1.amazonaws.com/',
        method: 'POST',
        headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.AdminGetDevice' },
        body,
      },
      longTerm,
      'eu-west-1',
      new Date('2026-01-02T03:04:05Z'),
    )
    const request = new Request('https://cognito-idp.eu-west-1.amazonaws.com/', { method: 'POST', headers, body })

    expect(headers['x-amz-date']).toBe('20260102T030405Z')
    expect(headers['x-amz-security-token']).toBeUndefined()
    expect(headers.authorization).toBe(await authorizationByAwsSigner(request, longTerm, 'eu-west-1'))
  })

  it("sends Cache-Control: no-store unsigned, as AWS's own signer leaves it out (a proxy may rewrite it)", async () => {
    const { api, sent } = recordingAdminApi()
    await api.listDevices()
    const request = sent[0]!

    expect(request.headers.get('cache-control')).toBe('no-store')
    expect(/SignedHeaders=([^,]+)/.exec(request.headers.get('authorization')!)?.[1]?.split(';')).not.toContain('cache-control')
    expect(request.headers.get('authorization')).toBe(await authorizationByAwsSigner(request, credentials, 'eu-west-1'))
  })

  it('says what is missing, and sends nothing, where the page has no WebCrypto (http:// outside localhost)', async () => {
    const { api, sent } = recordingAdminApi()
    vi.stubGlobal('crypto', {})
    try {
      await expect(api.listDevices()).rejects.toMatchObject({ name: 'ConfigurationError', message: expect.stringMatching(/WebCrypto.*https:\/\//) })
    } finally {
      vi.unstubAllGlobals()
    }
    expect(sent).toHaveLength(0)
  })

  it('reports a signature WebCrypto could not make as a ConfigurationError, not a network failure, and sends nothing', async () => {
    const { api, sent } = recordingAdminApi()
    vi.spyOn(crypto.subtle, 'sign').mockRejectedValueOnce(new TypeError(`bad key ${credentials.sessionToken}`))
    try {
      const failure = await api.listDevices().catch((error: unknown) => error)
      expect(failure).toMatchObject({ name: 'ConfigurationError', message: expect.stringContaining('could not sign') })
      expect(classifyError(failure)).toBe('misconfigured')
      expect(JSON.stringify(failure, Object.getOwnPropertyNames(failure))).not.toContain(credentials.sessionToken)
    } finally {
      vi.restoreAllMocks()
    }
    expect(sent).toHaveLength(0)
  })
})

