import { InvalidDeviceKeyError } from '../model/errors'

// The service model's DeviceKeyType: 1–55 characters, `[\w-]+_[0-9a-f-]+`.
const DEVICE_KEY_PATTERN = /^[\w-]+_[0-9a-f-]+$/

export function isDeviceKey(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 55 && DEVICE_KEY_PATTERN.test(value)
}

/** Throws `InvalidDeviceKeyError` for a key Cognito would reject, so no request is sent for it. */
export function assertDeviceKey(value: unknown): asserts value is string {
  if (!isDeviceKey(value)) throw new InvalidDeviceKeyError(value)
}
