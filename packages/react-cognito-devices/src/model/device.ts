/** One `{Name, Value}` pair of a device. Both are untrusted text: render them as text only. */
export interface DeviceAttribute {
  readonly name: string
  readonly value: string
}

/** A device Cognito remembers for the signed-in user, parsed from the wire `DeviceType`. */
export interface Device {
  /** `DeviceKey`, e.g. `us-east-1_1a2b3c4d-...`. */
  readonly key: string
  /** The `device_name` attribute, if any: what the client wrote when it confirmed the device (see formatDeviceName). */
  readonly name: string | undefined
  /** All attributes in the order Cognito sent them. */
  readonly attributes: readonly DeviceAttribute[]
  /** From `dev:device_remembered_status`; `undefined` when Cognito did not say. */
  readonly remembered: boolean | undefined
  /** The `last_ip_used` attribute, if any. */
  readonly lastIpUsed: string | undefined
  readonly createdAt: Date | undefined
  readonly lastModifiedAt: Date | undefined
  readonly lastAuthenticatedAt: Date | undefined
}

/**
 * Whether Cognito remembers the device, as far as its answer says. User-side ListDevices lists only
 * remembered devices, without the status attribute, so "not said" counts as remembered; only an
 * explicit `not_remembered` (the Admin operations' answers carry it) does not.
 */
export function isRemembered(device: Pick<Device, 'remembered'>): boolean {
  return device.remembered !== false
}

/** One page of ListDevices. `nextCursor` is absent on the last page. */
export interface DevicePage {
  readonly devices: readonly Device[]
  readonly nextCursor: string | undefined
}

/** The maximum `Limit` of ListDevices. */
export const MAX_PAGE_SIZE = 60
