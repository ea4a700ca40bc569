import { callCognito } from '../cognito/client'
import { MAX_PAGE_SIZE } from '../model/device'
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

/** Sends one device operation (`GetDevice`, ...) with `input`; resolves to the JSON object answered, as `callCognito` does. */
export type DeviceOperationCall = (operation: DeviceOperation, input: object, options: CallOptions | undefined) => Promise<unknown>

export type DeviceOperation = 'GetDevice' | 'ListDevices' | 'ForgetDevice' | 'UpdateDeviceStatus'

type DeviceOperations = Pick<DeviceApi, 'getDevice' | 'listDevices' | 'forgetDevice' | 'setRemembered'>

export interface CognitoOperations extends DeviceOperations {
  /** GlobalSignOut `{AccessToken}` alone: the adapter ends the local session once it resolved. */
  globalSignOut(options?: CallOptions): Promise<void>
}

/**
 * The four user-side device operations and GlobalSignOut over the wire client; the adapters add
 * where endpoint and token come from, and what a sign-out ends locally.
 */
export function cognitoDeviceOperations(connection: CognitoConnection): CognitoOperations {
  async function call(operation: string, input: object, options: CallOptions | undefined): Promise<unknown> {
    const [endpoint, accessToken] = await Promise.all([connection.endpoint(), connection.accessToken()])
    return callCognito(
      operation,
      { ...input, AccessToken: accessToken },
      { endpoint, signal: options?.signal, fetch: connection.fetch, timeoutMs: connection.timeoutMs },
    )
  }
  return {
    ...deviceOperations(call),
    async globalSignOut(options) {
      await call('GlobalSignOut', {}, options)
    },
  }
}

/**
 * The four operations' inputs and answers, whoever sends them: the user-side calls (with an access
 * token) or the Admin ones (`AdminGetDevice`, ... signed with AWS credentials), whose answers have the
 * same shape.
 */
export function deviceOperations(call: DeviceOperationCall): DeviceOperations {
  return {
    async getDevice(deviceKey, options) {
      assertDeviceKey(deviceKey)
      return parseGetDeviceResponse(await call('GetDevice', { DeviceKey: deviceKey }, options))
    },
    async listDevices(cursor, options) {
      const limit = pageLimit(options?.limit)
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

/** Cognito takes a `Limit` of 0 to 60 (0 is valid, not "one"); anything else asks for a full page. */
function pageLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return MAX_PAGE_SIZE
  return Math.min(Math.max(Math.trunc(limit), 0), MAX_PAGE_SIZE)
}
