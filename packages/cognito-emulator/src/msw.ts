/**
 * react-cognito-devices/emulator/msw: MSW handlers that route an app's Cognito calls to the emulator.
 * The one emulator entry that imports msw, so `./index` and `./node` work without it installed.
 */
export { cognitoHandlers } from './handlers.ts'
export type { CognitoHandlersOptions } from './handlers.ts'
