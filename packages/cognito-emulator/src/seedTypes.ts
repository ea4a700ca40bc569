import type { SeedWebAuthn, SeedWebAuthnCredential } from './passkeys/seedWebAuthn.ts'

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
  /** The AWS account the pool belongs to, as `dev:device_arn` names it. Default `000000000000`. */
  readonly accountId?: string
  /** Request-rate quotas (TooManyRequestsException past them). Default: Cognito's defaults; `false` turns them off. */
  readonly throttling?: SeedThrottling | false
  /** Answers nobody has captured from Cognito: the emulator's guess, and the other one for hosts that need it. */
  readonly undocumented?: SeedUndocumentedAnswers
  /** Passkeys (see SeedWebAuthn). Default off. */
  readonly webAuthn?: SeedWebAuthn | false
}

/**
 * Requests per second, counted over the last second of the emulator's clock. Defaults are Cognito's
 * default quotas (developer guide, "Quotas in Amazon Cognito"; FACTS.md#quotas), per pool:
 * UserAuthentication (InitiateAuth, GetTokensFromRefreshToken) 120, with RespondToAuthChallenge
 * allowed three times that; UserRead (GetUser) 120; UserUpdate (GlobalSignOut) 25; UserResourceRead
 * (GetDevice, ListDevices and their Admin forms) 50; UserResourceUpdate (ConfirmDevice,
 * UpdateDeviceStatus, ForgetDevice and their Admin forms) 25; UserToken (RevokeToken) 120. Per user
 * on top: 10 reads (sign-in steps, GetUser, device reads) and 10 writes (GlobalSignOut, device updates).
 */
export interface SeedThrottling {
  readonly userAuthenticationPerSecond?: number
  readonly userReadPerSecond?: number
  readonly userUpdatePerSecond?: number
  readonly userResourceReadPerSecond?: number
  readonly userResourceUpdatePerSecond?: number
  readonly userTokenPerSecond?: number
  readonly perUserReadPerSecond?: number
  readonly perUserUpdatePerSecond?: number
}

export interface SeedUndocumentedAnswers {
  /**
   * GetDevice/ForgetDevice without `AccessToken` (the model marks it optional; the real answer is not
   * documented). `'validation'` (default): InvalidParameterException with AWS's null-constraint
   * message, as every required member answers. `'not-authorized'`: NotAuthorizedException
   * "Missing Authentication Token".
   */
  readonly missingAccessToken?: 'validation' | 'not-authorized'
  /**
   * An access token whose `device_key` names a forgotten device. `'valid'` (default): it keeps
   * working until it expires, as access tokens are only revoked by GlobalSignOut and RevokeToken
   * (nothing documents ForgetDevice revoking them). `'revoked'`: NotAuthorizedException
   * "Access Token has been revoked".
   */
  readonly forgottenDeviceAccessToken?: 'valid' | 'revoked'
  /**
   * The HTTP status of an Admin call without a signature (MissingAuthenticationTokenException). No
   * capture shows cognito-idp's; `403` (default) is what AWS's Common Errors page documents, `400`
   * the status of the other awsJson client errors.
   */
  readonly unsignedAdminCallStatus?: 400 | 403
}

/** IAM credentials the Admin operations accept (SigV4, service `cognito-idp`). */
export interface SeedIamCredentials {
  /** e.g. `AKIAEMULATOREXAMPLE1`. */
  readonly accessKeyId: string
  readonly secretAccessKey: string
  /**
   * The Admin actions this principal's IAM policy allows (IAM, not Cognito: the emulator has no
   * policies, only this list). Others answer AccessDeniedException as AWS does. Default: all four.
   * `[]` is a principal whose role may not manage devices at all.
   */
  readonly allowedActions?: readonly AdminActionName[]
}

export type AdminActionName = 'AdminGetDevice' | 'AdminListDevices' | 'AdminForgetDevice' | 'AdminUpdateDeviceStatus'

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
  /** Passkeys the user already has (the pool's relying party), listed in this order. */
  readonly passkeys?: readonly SeedWebAuthnCredential[]
}

export interface EmulatorSeed {
  readonly userPool?: SeedUserPool
  /** Default: one client, `DEFAULT_CLIENT_ID`. */
  readonly clients?: readonly SeedAppClient[]
  readonly users?: readonly SeedUser[]
  /** Who may call the Admin operations. Default: none (every Admin call answers UnrecognizedClientException). */
  readonly iamCredentials?: readonly SeedIamCredentials[]
}
