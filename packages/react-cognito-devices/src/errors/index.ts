export {
  classifyError,
  deviceErrorStates,
  misconfigurationOf,
  policyFor,
  type AdminErrorState,
  type ClassifyContext,
  type DeviceErrorState,
  type ErrorPolicy,
  type ErrorSurface,
  type Misconfiguration,
  type RetryPolicy,
  type UserErrorState,
} from './classifyError'
export { errorDetails, type ErrorDetails } from './errorDetails'
