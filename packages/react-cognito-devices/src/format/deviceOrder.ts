import type { Device } from '../model/device'

/**
 * The panel's order: this device first, then by last sign-in, newest first (unknown dates last);
 * ties keep Cognito's order. `currentDevice` (GetDevice's answer) puts this device first when the
 * pages loaded so far leave it out.
 */
export function orderDevices(
  listed: readonly Device[],
  currentDeviceKey: string | undefined,
  currentDevice?: Device,
): readonly Device[] {
  const thisDevice = listed.find((device) => device.key === currentDeviceKey) ?? (currentDevice?.key === currentDeviceKey ? currentDevice : undefined)
  const others = listed.filter((device) => device.key !== currentDeviceKey).sort((a, b) => lastSignIn(b) - lastSignIn(a))
  return thisDevice ? [thisDevice, ...others] : others
}

function lastSignIn(device: Device): number {
  return device.lastAuthenticatedAt?.getTime() ?? Number.MIN_SAFE_INTEGER
}
