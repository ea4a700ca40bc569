export { DeviceErrorBoundary, type DeviceErrorBoundaryProps, type DeviceErrorFallbackProps } from './DeviceErrorBoundary'
export { DeviceErrorView, type DeviceErrorViewProps } from './DeviceErrorView'
