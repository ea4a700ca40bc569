// react-cognito-devices/admin: the DeviceApi for support and admin consoles, over Cognito's
// SigV4-signed Admin device operations. A separate entry, so the signer never reaches the main bundle.
export { adminDeviceApi, type AdminDeviceApiOptions } from './admin/adminDeviceApi'
export type { AwsCredentials, AwsCredentialsProvider } from './admin/awsCredentials'
export { AdminCredentialsError, TargetUserNotFoundError, type AdminCredentialsProblem } from './admin/errors'
export { AdminDeviceManager, type AdminDeviceManagerProps } from './admin/AdminDeviceManager'
export { adminErrorText } from './admin/adminErrorText'
