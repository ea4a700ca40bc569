/**
 * react-cognito-devices/emulator: a local Amazon Cognito user pool for tests, stories and demos.
 * Browser-safe; the Node HTTP server lives in `./node` so bundlers never pull node:http in, and the MSW
 * handlers in `./msw`, the one entry that needs msw.
 */
export { createCognitoEmulator } from './createCognitoEmulator'
export type {
  CognitoEmulator,
  CognitoEmulatorOptions,
  DirectSignInOptions,
  DirectSignInResult,
  EmulatedDevice,
  HandleContext,
  UserFlags,
} from './createCognitoEmulator'
export { DEFAULT_CLIENT_ID, DEFAULT_USER_POOL_ID, DEMO_IAM_CREDENTIALS, DEMO_PASSWORD, DEMO_USERS, defaultSeed } from './defaultSeed'
export { deviceKeyFor, generateDevices } from './generateDevices'
export type { GenerateDevicesOptions } from './generateDevices'
export { validateSeed } from './validateSeed'
export { SeedValidationError } from './SeedValidationError'
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
} from './seedTypes'
export { COGNITO_DEFAULT_QUOTAS } from './throttling'
export type { EmulatorClock } from './clock'
export type { ErrorFault, FaultControl, FaultTarget, LatencyFault, MalformedBodyFault, OperationFault, ThrottleFault } from './faults'
export type { RecordedRequest } from './requestLog'
export type { PoolSettings, DeviceTrackingSettings } from './poolState'
export { OPERATION_NAMES } from './operationNames'
export type { OperationName } from './operationNames'
