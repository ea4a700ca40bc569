import type { StoredDevice } from './poolState'

export interface WireDeviceType {
  DeviceKey: string
  DeviceAttributes: { Name: string; Value: string }[]
  DeviceCreateDate: number
  DeviceLastModifiedDate: number
  DeviceLastAuthenticatedDate: number
}

/** Epoch seconds, fractional, as Cognito sends timestamps. */
export function epochSeconds(date: Date): number {
  return date.getTime() / 1000
}

/**
 * A stored device as the wire `DeviceType`, with the attributes Cognito sets (a seed may replace
 * them with an exact list to test missing or odd ones).
 */
export function toDeviceType(device: StoredDevice, region: string, ownerSub: string): WireDeviceType {
  const attributes = device.attributesOverride
    ? device.attributesOverride.map(({ Name, Value }) => ({ Name, Value }))
    : [
        { Name: 'device_status', Value: 'valid' },
        ...(device.name !== undefined ? [{ Name: 'device_name', Value: device.name }] : []),
        { Name: 'dev:device_arn', Value: `arn:aws:cognito-idp:${region}:000000000000:owner/${ownerSub}/device/${device.key}` },
        { Name: 'dev:device_owner', Value: ownerSub },
        ...(device.lastIpUsed !== undefined ? [{ Name: 'last_ip_used', Value: device.lastIpUsed }] : []),
        { Name: 'dev:device_remembered_status', Value: device.remembered ? 'remembered' : 'not_remembered' },
        { Name: 'dev:device_sdk', Value: 'aws-sdk' },
      ]
  return {
    DeviceKey: device.key,
    DeviceAttributes: attributes,
    DeviceCreateDate: epochSeconds(device.createdAt),
    DeviceLastModifiedDate: epochSeconds(device.lastModifiedAt),
    DeviceLastAuthenticatedDate: epochSeconds(device.lastAuthenticatedAt),
  }
}
