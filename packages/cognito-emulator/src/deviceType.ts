import type { StoredDevice } from './poolState.ts'

export interface WireDeviceType {
  DeviceKey: string
  DeviceAttributes: { Name: string; Value: string }[]
  DeviceCreateDate: number
  DeviceLastModifiedDate: number
  DeviceLastAuthenticatedDate: number
}

/** Who asks: the user with an access token (GetDevice, ListDevices) or a backend with IAM credentials (Admin*). */
export type DeviceView = 'user' | 'admin' | 'user-with-remembered-status'

/** What the device's `dev:*` attributes name: the pool, its account and the owner's username. */
export interface DeviceOwnership {
  readonly region: string
  readonly accountId: string
  readonly userPoolId: string
  readonly username: string
}

/** Epoch seconds, fractional, as Cognito sends timestamps. */
export function epochSeconds(date: Date): number {
  return date.getTime() / 1000
}

/**
 * `dev:device_owner` is `<username>.<poolId>` and the ARN is
 * `arn:aws:cognito-idp:<region>:<account>:owner/<username>.<poolId>/device/<key>` (the AWS CLI's
 * admin-get-device example; FACTS.md#the-admin-view-of-a-device).
 */
function adminAttributes(device: StoredDevice, owner: DeviceOwnership) {
  const ownerId = `${owner.username}.${owner.userPoolId}`
  return [
    { Name: 'dev:device_remembered_status', Value: device.remembered ? 'remembered' : 'not_remembered' },
    { Name: 'dev:device_arn', Value: `arn:aws:cognito-idp:${owner.region}:${owner.accountId}:owner/${ownerId}/device/${device.key}` },
    { Name: 'dev:device_owner', Value: ownerId },
    { Name: 'dev:device_sdk', Value: 'aws-sdk' },
  ]
}

/**
 * A stored device as the wire `DeviceType`. The user-side answers carry only `device_status`,
 * `last_ip_used` and, once ConfirmDevice named it, `device_name` (the capture in amplify-js PR #12171,
 * from a client that named no device, shows just the first two; FACTS.md#the-attributes-of-a-user-side-answer); the `dev:*` attributes are
 * in the Admin answers only (`user-with-remembered-status` is the non-Cognito option
 * `rememberedStatusInUserAnswers`). A seed's exact attribute list replaces the derived one in both views.
 * DeviceLastAuthenticatedDate is whole seconds while the create/modify dates keep milliseconds
 * (the same capture: `lastAuthenticatedDate: 2023-10-03T20:42:09.000Z` next to `...09.693Z`).
 */
export function toDeviceType(device: StoredDevice, view: DeviceView, owner: DeviceOwnership): WireDeviceType {
  const attributes = device.attributesOverride
    ? device.attributesOverride.map(({ Name, Value }) => ({ Name, Value }))
    : [
        { Name: 'device_status', Value: 'valid' },
        ...(device.name !== undefined ? [{ Name: 'device_name', Value: device.name }] : []),
        ...(device.lastIpUsed !== undefined ? [{ Name: 'last_ip_used', Value: device.lastIpUsed }] : []),
        ...(view === 'admin' ? adminAttributes(device, owner) : []),
        ...(view === 'user-with-remembered-status' ? [adminAttributes(device, owner)[0]!] : []),
      ]
  return {
    DeviceKey: device.key,
    DeviceAttributes: attributes,
    DeviceCreateDate: epochSeconds(device.createdAt),
    DeviceLastModifiedDate: epochSeconds(device.lastModifiedAt),
    DeviceLastAuthenticatedDate: Math.floor(device.lastAuthenticatedAt.getTime() / 1000),
  }
}
