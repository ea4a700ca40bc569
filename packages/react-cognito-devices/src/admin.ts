// react-cognito-devices/admin: the DeviceApi for support and admin consoles, over Cognito's
// SigV4-signed Admin device operations. A separate entry, so the signer never reaches the main bundle.
export { adminDeviceApi, type AdminDeviceApiOptions } from './adminApi/adminDeviceApi'
export type { AwsCredentials, AwsCredentialsProvider } from './adminApi/awsCredentials'
export { AdminCredentialsError, TargetUserNotFoundError, type AdminCredentialsProblem } from './adminApi/errors'
export { AdminDeviceManager, type AdminDeviceManagerProps } from './adminPanel/AdminDeviceManager'
export { adminErrorText } from './adminPanel/adminErrorText'
// The console's German and Arabic are opt-in entries (react-cognito-devices/admin/locales/de, .../ar).
export { registerAdminTranslations, type AdminErrorWords, type AdminText, type AdminTranslation } from './adminPanel/adminTranslations'
