/**
 * react-cognito-devices/emulator: a local Amazon Cognito user pool for tests, stories and demos.
 * Browser-safe; the Node HTTP server lives in `./node` so bundlers never pull node:http in, and the MSW
 * handlers in `./msw`, the one entry that needs msw.
 */
export { createCognitoEmulator } from './createCognitoEmulator.ts'
export type {
  CognitoEmulator,
  CognitoEmulatorOptions,
  DirectSignInOptions,
  DirectSignInResult,
  EmulatedDevice,
  HandleContext,
  UserFlags,
} from './createCognitoEmulator.ts'
export { DEFAULT_CLIENT_ID, DEFAULT_USER_POOL_ID, DEMO_IAM_CREDENTIALS, DEMO_PASSWORD, DEMO_USERS, defaultSeed } from './defaultSeed.ts'
export { deviceKeyFor, generateDevices } from './generateDevices.ts'
export type { GenerateDevicesOptions } from './generateDevices.ts'
export { validateSeed } from './validateSeed.ts'
export { SeedValidationError } from './SeedValidationError.ts'
export type {
  EmulatorSeed,
  SeedAppClient,
  SeedAuthFlow,
  SeedDevice,
  SeedDeviceAttribute,
  SeedDeviceTracking,
  SeedIamCredentials,
  AdminActionName,
  SeedThrottling,
  SeedUndocumentedAnswers,
  SeedUser,
  SeedUserPool,
} from './seedTypes.ts'
export type { SeedWebAuthn, SeedWebAuthnCredential } from './passkeys/seedWebAuthn.ts'
export { createSoftwareAuthenticator } from './passkeys/softwareAuthenticator.ts'
export type { CreationOptionsJson, RegisterOptions, SoftwareAuthenticator, SoftwareRegistration } from './passkeys/softwareAuthenticator.ts'
export { COGNITO_DEFAULT_QUOTAS } from './throttling.ts'
export type { EmulatorClock } from './clock.ts'
export type { ErrorFault, FaultControl, FaultTarget, LatencyFault, MalformedBodyFault, OperationFault, ThrottleFault } from './faults.ts'
export type { RecordedRequest } from './requestLog.ts'
export type { PoolSettings, DeviceTrackingSettings } from './poolState.ts'
export { OPERATION_NAMES } from './operationNames.ts'
export type { OperationName } from './operationNames.ts'
