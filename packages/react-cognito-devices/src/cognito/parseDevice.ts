import type { Device, DeviceAttribute, DevicePage } from '../model/device'
import { MalformedResponseError } from '../model/errors'
import { isDeviceKey } from './deviceKey'

/**
 * Turns Cognito's wire `DeviceType` into a `Device`. Wrong types and a missing or invalid key are
 * rejected with MalformedResponseError, which names the member, rather than passed on. Lengths are
 * not policed: a name or value longer than the model's 32/2048 characters is still plain text the
 * UI lays out. A timestamp outside the range of a JavaScript Date becomes `undefined` ("Unknown").
 */
export function parseDevice(wire: unknown): Device {
  if (!isRecord(wire)) throw malformed('Device')
  const key = wire.DeviceKey
  if (!isDeviceKey(key)) throw malformed('DeviceKey')

  const attributes = parseAttributes(wire.DeviceAttributes)
  const valueOf = (name: string) => attributes.find((attribute) => attribute.name === name)?.value
  const rememberedStatus = valueOf('dev:device_remembered_status')

  return {
    key,
    name: valueOf('device_name'),
    attributes,
    remembered: rememberedStatus === 'remembered' ? true : rememberedStatus === 'not_remembered' ? false : undefined,
    lastIpUsed: valueOf('last_ip_used'),
    createdAt: parseTimestamp(wire, 'DeviceCreateDate'),
    lastModifiedAt: parseTimestamp(wire, 'DeviceLastModifiedDate'),
    lastAuthenticatedAt: parseTimestamp(wire, 'DeviceLastAuthenticatedDate'),
  }
}

/** GetDevice's `{Device}`. */
export function parseGetDeviceResponse(body: unknown): Device {
  return parseDevice(isRecord(body) ? body.Device : undefined)
}

/** ListDevices' `{Devices, PaginationToken?}`. */
export function parseListDevicesResponse(body: unknown): DevicePage {
  const { Devices, PaginationToken } = isRecord(body) ? body : {}
  // Cognito always sends the list, empty or not: a body without it (an empty 200) is broken, and
  // reading it as "no devices" would tell the user something false.
  if (!Array.isArray(Devices)) throw malformed('Devices')
  if (PaginationToken !== undefined && (typeof PaginationToken !== 'string' || PaginationToken === '')) throw malformed('PaginationToken')
  return { devices: Devices.map(parseDevice), nextCursor: PaginationToken }
}

function parseAttributes(wire: unknown): DeviceAttribute[] {
  if (wire === undefined) return []
  if (!Array.isArray(wire)) throw malformed('DeviceAttributes')
  return wire.map((item) => {
    if (!isRecord(item) || typeof item.Name !== 'string') throw malformed('Name')
    if (item.Value !== undefined && typeof item.Value !== 'string') throw malformed('Value')
    return { name: item.Name, value: item.Value ?? '' }
  })
}

function parseTimestamp(device: Record<string, unknown>, member: string): Date | undefined {
  const wire = device[member]
  if (wire === undefined || wire === null) return undefined
  if (typeof wire !== 'number' || !Number.isFinite(wire)) throw malformed(member)
  const date = new Date(wire * 1000)
  return Number.isNaN(date.getTime()) ? undefined : date
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The error for a member Cognito's model does not allow, e.g. "Cognito answered an unexpected DeviceKey." */
function malformed(member: string): MalformedResponseError {
  return new MalformedResponseError(`Cognito answered an unexpected ${member}.`)
}
