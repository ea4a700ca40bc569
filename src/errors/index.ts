export {
  classifyError,
  deviceErrorStates,
  errorPolicy,
  misconfigurationOf,
  policyFor,
  type ClassifyContext,
  type DeviceErrorState,
  type ErrorPolicy,
  type ErrorSurface,
  type Misconfiguration,
  type RetryPolicy,
} from './classifyError'
export { errorDetails, type ErrorDetails } from './errorDetails'
