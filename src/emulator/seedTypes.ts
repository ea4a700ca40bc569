/**
 * The seed: everything the emulator starts with, as plain JSON (dates as ISO-8601 strings; a
 * `Date` is accepted too when the seed is built in code). `validateSeed` checks it field by field.
 */

/** Device tracking as the user pool's `DeviceConfiguration` states it. */
export interface SeedDeviceTracking {
  /** Cognito's `ChallengeRequiredOnNewDevice` (stored and reported; the emulator has no MFA). */
  readonly challengeRequiredOnNewDevice?: boolean
  /**
   * Cognito's `DeviceOnlyRememberedOnUserPrompt`: when true a confirmed device stays
   * `not_remembered` (ConfirmDevice answers `UserConfirmationNecessary: true`) until
   * UpdateDeviceStatus remembers it. Default false ("always remember").
   */
  readonly deviceOnlyRememberedOnUserPrompt?: boolean
}

export interface SeedUserPool {
  /** `<region>_<id>`, e.g. `us-east-1_Example`; clients parse the region from it. */
  readonly id?: string
  readonly name?: string
  /** `false` turns device tracking off: no `NewDeviceMetadata`, no `device_key` claim. Default on. */
  readonly deviceTracking?: SeedDeviceTracking | false
  /** Access- and id-token lifetime in seconds. Default 3600. */
  readonly accessTokenValiditySeconds?: number
  /** Refresh-token lifetime in seconds. Default 30 days. */
  readonly refreshTokenValiditySeconds?: number
  /** Unknown user at sign-in: true (Cognito's default for new pools) -> "Incorrect username or password.", false -> UserNotFoundException. */
  readonly preventUserExistenceErrors?: boolean
}

export type SeedAuthFlow =
  | 'ALLOW_USER_PASSWORD_AUTH'
  | 'ALLOW_USER_SRP_AUTH'
  | 'ALLOW_REFRESH_TOKEN_AUTH'
  | 'ALLOW_CUSTOM_AUTH'
  | 'ALLOW_USER_AUTH'
  | 'ALLOW_ADMIN_USER_PASSWORD_AUTH'

export interface SeedAppClient {
  /** The app client id, e.g. 26 lowercase letters and digits. */
  readonly id: string
  readonly name?: string
  /** Default: password, SRP and refresh allowed. */
  readonly explicitAuthFlows?: readonly SeedAuthFlow[]
}

export interface SeedDeviceAttribute {
  readonly Name: string
  readonly Value: string
}

export interface SeedDevice {
  /** `<region>_<uuid>`; generated when absent. */
  readonly key?: string
  /** The `device_name` attribute; Amplify writes the browser's user agent there. */
  readonly name?: string
  /** `dev:device_remembered_status`. Default true. */
  readonly remembered?: boolean
  readonly lastIpUsed?: string
  readonly createdAt?: string | Date
  readonly lastModifiedAt?: string | Date
  readonly lastAuthenticatedAt?: string | Date
  /**
   * The exact attribute list to answer with, replacing the ones the emulator derives
   * (`device_status`, `device_name`, `last_ip_used`, `dev:*`). Use it to test missing or odd attributes.
   */
  readonly attributes?: readonly SeedDeviceAttribute[]
}

export interface SeedUser {
  readonly username: string
  readonly password: string
  /** The `sub` claim; generated when absent. */
  readonly sub?: string
  /** User attributes besides `sub`, e.g. `{ email: 'a@example.com' }`. */
  readonly attributes?: Readonly<Record<string, string>>
  /** Sign-in answers PasswordResetRequiredException. */
  readonly passwordResetRequired?: boolean
  /** Sign-in answers UserNotConfirmedException. */
  readonly unconfirmed?: boolean
  /** Sign-in and every token call answer NotAuthorizedException `User is disabled.` */
  readonly disabled?: boolean
  /** Listed in this order (ListDevices keeps it). */
  readonly devices?: readonly SeedDevice[]
}

export interface EmulatorSeed {
  readonly userPool?: SeedUserPool
  /** Default: one client, `DEFAULT_CLIENT_ID`. */
  readonly clients?: readonly SeedAppClient[]
  readonly users?: readonly SeedUser[]
}
