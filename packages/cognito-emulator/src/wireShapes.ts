/** Constraints of the service model (cognito-idp 2016-04-18) that the emulator enforces. */

/** `DeviceKey`: 1–55 characters, region prefix, `_`, lowercase hex/uuid part. */
export const DEVICE_KEY_PATTERN = /^[\w-]+_[0-9a-f-]+$/
export const DEVICE_KEY_MAX_LENGTH = 55

/** `UserPoolId`: `<region>_<id>`. */
export const USER_POOL_ID_PATTERN = /^[\w-]+_[0-9a-zA-Z]+$/

/** `ClientIdType`: 1–128 characters of `[\w+]`. */
export const CLIENT_ID_PATTERN = /^[\w+]+$/

/** The largest `Limit` ListDevices takes. */
export const MAX_LIST_DEVICES_LIMIT = 60

export const DEVICE_REMEMBERED_STATUSES = ['remembered', 'not_remembered'] as const
export type DeviceRememberedStatus = (typeof DEVICE_REMEMBERED_STATUSES)[number]

/** The region part of a user pool id: `us-east-1_Example` -> `us-east-1`. */
export function regionOfUserPool(userPoolId: string): string {
  return userPoolId.slice(0, userPoolId.indexOf('_'))
}
