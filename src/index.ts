// react-cognito-devices: hooks, query options, components and the error layer.
// aws-amplify is imported only by `react-cognito-devices/amplify`, so apps without it can use the kit.

export type { Device, DeviceAttribute, DevicePage } from './cognito/device'
export { MAX_PAGE_SIZE } from './cognito/device'
export {
  CognitoError,
  ConfigurationError,
  InvalidDeviceKeyError,
  MalformedResponseError,
  NetworkError,
  NoSessionError,
  TimeoutError,
} from './cognito/errors'
export { isDeviceKey } from './cognito/deviceKey'
export { callCognito, regionEndpoint, type CognitoCallOptions } from './cognito/client'

export type { CallOptions, DeviceApi, DeviceApiEvent, DeviceSession } from './api/DeviceApi'
export { tokenDeviceApi, type TokenDeviceApi, type TokenDeviceApiOptions } from './api/tokenDeviceApi'

export { deviceKeys } from './query/deviceKeys'
export { deviceQueries, DEVICE_STALE_TIME_MS, type DeviceListData, type DeviceQueryContext } from './query/deviceQueries'
export { deviceMutations, type DeviceListChange, type DeviceMutationSnapshot, type SetRememberedVariables } from './query/deviceMutations'
export { forgetOtherDevicesMutation } from './query/forgetOtherDevices'
export { deviceQueryErrorOptions, deviceRetryDelay, retryDeviceQuery, throwsToBoundary } from './query/errorHandling'

export { useDeviceQueryContext, useDeviceSession } from './hooks/useDeviceSession'
export { useDevice } from './hooks/useDevice'
export { useDevices } from './hooks/useDevices'
export { useCurrentDevice, type UseCurrentDeviceOptions } from './hooks/useCurrentDevice'
export { useForgetDevice } from './hooks/useForgetDevice'
export { useForgetOtherDevices } from './hooks/useForgetOtherDevices'
export { useSetDeviceRemembered } from './hooks/useSetDeviceRemembered'
export { useCurrentDeviceStatus, type CurrentDeviceStatus, type CurrentDeviceStatusResult } from './hooks/useCurrentDeviceStatus'
export { useSignOutEverywhere } from './hooks/useSignOutEverywhere'
export { signOutEverywhereMutation, type SignOutEverywhereContext } from './query/signOutEverywhere'
export { useDeviceLocation, type DeviceLocation } from './hooks/useDeviceLocation'
export { deviceLocationQuery, type ResolveLocation } from './query/deviceLocation'
export { formatIpAddress } from './format/ipAddress'

export {
  DeviceKitProvider,
  useDeviceKit,
  type DeviceKitCallbacks,
  type DeviceKitContextValue,
  type DeviceKitProviderProps,
} from './provider/DeviceKitProvider'

export { registerTranslations, type DeviceKitTranslation } from './i18n/translations'
export * from './errors'
export * from './boundary'
export * from './components'
