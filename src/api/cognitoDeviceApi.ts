import { callCognito } from '../cognito/client'
import { MAX_PAGE_SIZE } from '../cognito/device'
import { assertDeviceKey } from '../cognito/deviceKey'
import { parseGetDeviceResponse, parseListDevicesResponse } from '../cognito/parseDevice'
import type { CallOptions, DeviceApi } from './DeviceApi'

export interface CognitoConnection {
  /** The endpoint to call; may throw ConfigurationError when the app is not set up. */
  endpoint(): string | Promise<string>
  /** A current access token; throws NoSessionError when nobody is signed in. */
  accessToken(): Promise<string>
  fetch?: typeof fetch | undefined
  timeoutMs?: number | undefined
}

/** The four device operations over the wire client; the adapters add where endpoint and token come from. */
export function cognitoDeviceOperations(connection: CognitoConnection): Omit<DeviceApi, 'getSession' | 'subscribe'> {
  async function call(operation: string, input: object, options: CallOptions | undefined): Promise<unknown> {
    const [endpoint, accessToken] = await Promise.all([connection.endpoint(), connection.accessToken()])
    return callCognito(
      operation,
      { ...input, AccessToken: accessToken },
      { endpoint, signal: options?.signal, fetch: connection.fetch, timeoutMs: connection.timeoutMs },
    )
  }

  return {
    async getDevice(deviceKey, options) {
      assertDeviceKey(deviceKey)
      return parseGetDeviceResponse(await call('GetDevice', { DeviceKey: deviceKey }, options))
    },
    async listDevices(cursor, options) {
      const limit = Math.min(Math.max(Math.trunc(options?.limit ?? MAX_PAGE_SIZE), 1), MAX_PAGE_SIZE)
      const input = cursor === undefined ? { Limit: limit } : { Limit: limit, PaginationToken: cursor }
      return parseListDevicesResponse(await call('ListDevices', input, options))
    },
    async forgetDevice(deviceKey, options) {
      assertDeviceKey(deviceKey)
      await call('ForgetDevice', { DeviceKey: deviceKey }, options)
    },
    async setRemembered(deviceKey, remembered, options) {
      assertDeviceKey(deviceKey)
      const status = remembered ? 'remembered' : 'not_remembered'
      await call('UpdateDeviceStatus', { DeviceKey: deviceKey, DeviceRememberedStatus: status }, options)
    },
  }
}
