import type { PasswordVerifier } from './srp.ts'
import type { SeedDeviceAttribute } from './seedTypes.ts'

// A device as the emulator keeps it, in a file of its own: the pool state and the pagination both
// read it, and neither imports the other.

/**
 * The SRP verifier and salt ConfirmDevice received (DeviceSecretVerifierConfig, decoded by
 * `parseDeviceVerifierConfig` into canonical hex); the device challenges check the device against it.
 */
export type DeviceSecretVerifier = PasswordVerifier

export interface StoredDevice {
  readonly key: string
  readonly owner: string
  /** Creation order; ListDevices pages by it, so its order survives forgetting and new sign-ins. */
  readonly sequence: number
  name: string | undefined
  remembered: boolean
  /** False between the sign-in that issued `NewDeviceMetadata` and ConfirmDevice. */
  confirmed: boolean
  lastIpUsed: string | undefined
  readonly createdAt: Date
  lastModifiedAt: Date
  lastAuthenticatedAt: Date
  /** Seeded exact attribute list, replacing the derived one. */
  readonly attributesOverride: readonly SeedDeviceAttribute[] | undefined
  verifier: DeviceSecretVerifier | undefined
}
