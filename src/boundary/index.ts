export { DeviceErrorBoundary, type DeviceErrorBoundaryProps, type DeviceErrorFallbackProps } from './DeviceErrorBoundary'
export { DeviceErrorView, type DeviceErrorViewProps } from './DeviceErrorView'
export {
  englishErrorText,
  errorSentence,
  resolveErrorText,
  textDirection,
  type ErrorSentence,
  type ErrorStateText,
  type ErrorText,
  type ErrorTextDetails,
  type ErrorTextOverrides,
} from './displayText'
