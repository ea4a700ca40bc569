/** The operations the emulator implements, by their `X-Amz-Target` suffix. */
export const OPERATION_NAMES = [
  'InitiateAuth',
  'RespondToAuthChallenge',
  'GetTokensFromRefreshToken',
  'ConfirmDevice',
  'GetDevice',
  'ListDevices',
  'ForgetDevice',
  'UpdateDeviceStatus',
  'GetUser',
  'GlobalSignOut',
  'RevokeToken',
  'AdminGetDevice',
  'AdminListDevices',
  'AdminForgetDevice',
  'AdminUpdateDeviceStatus',
  'StartWebAuthnRegistration',
  'CompleteWebAuthnRegistration',
  'ListWebAuthnCredentials',
  'DeleteWebAuthnCredential',
] as const

/** The operations that take IAM credentials (SigV4) instead of a user's token. */
export const ADMIN_OPERATION_NAMES: readonly OperationName[] = ['AdminGetDevice', 'AdminListDevices', 'AdminForgetDevice', 'AdminUpdateDeviceStatus']

export type OperationName = (typeof OPERATION_NAMES)[number]

export const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.'

export function isOperationName(name: string): name is OperationName {
  return (OPERATION_NAMES as readonly string[]).includes(name)
}
