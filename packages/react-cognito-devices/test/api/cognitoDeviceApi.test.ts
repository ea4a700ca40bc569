import { describe, expect, it } from 'vitest'
import { tokenDeviceApi } from '../../src/api/tokenDeviceApi'

/** A DeviceApi whose ListDevices calls are answered with an empty page; `limits` holds the Limit each one sent. */
function recordingApi() {
  const limits: unknown[] = []
  const fetchSpy: typeof fetch = async (input, init) => {
    const body = (await new Request(input, init).json()) as { Limit?: unknown }
    limits.push(body.Limit)
    return new Response('{"Devices":[]}', { status: 200 })
  }
  const api = tokenDeviceApi({ endpoint: 'https://cognito-idp.example.test/', getAccessToken: () => 'token', fetch: fetchSpy })
  return { api, limits }
}

describe('listDevices page size', () => {
  it.each([
    ['no limit', undefined, 60],
    ['0, which Cognito allows', 0, 0],
    ['a fraction', 7.9, 7],
    ['more than Cognito allows', 200, 60],
    ['less than zero', -5, 0],
    ['not a number', Number.NaN, 60],
  ])('sends a Limit Cognito accepts for %s', async (_what, limit, sent) => {
    const { api, limits } = recordingApi()

    await api.listDevices(undefined, { limit })

    expect(limits).toEqual([sent])
  })
})
