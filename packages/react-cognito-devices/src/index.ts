// react-cognito-devices: hooks, query options, components and the error layer.
// aws-amplify is imported only by `react-cognito-devices/amplify`, so apps without it can use the kit.
// Every name here is meant for host apps; test/types/publicApi.test.ts pins the list.

// What a device is, and the errors a DeviceApi throws (the kit classifies them by `name`).
export { isRemembered, type Device, type DeviceAttribute, type DevicePage } from './cognito/device'
export {
  CognitoError,
  ConfigurationError,
  InvalidDeviceKeyError,
  MalformedResponseError,
  NetworkError,
  NoSessionError,
  TimeoutError,
} from './cognito/errors'

// Where devices come from: the port, and the adapter for apps that hold Cognito tokens themselves.
export type { CallOptions, DeviceApi, DeviceApiEvent, DeviceSession } from './api/DeviceApi'
export { tokenDeviceApi, type TokenDeviceApi, type TokenDeviceApiOptions } from './api/tokenDeviceApi'

// TanStack Query options and keys, for use without the hooks (loaders, prefetching, invalidation).
export { deviceKeys } from './query/deviceKeys'
export { deviceQueries, type DeviceQueryContext } from './query/deviceQueries'
export { deviceMutations, type SetRememberedVariables } from './query/deviceMutations'
export {
  forgetOtherDevicesMutation,
  forgetOthersProgressQuery,
  type ForgetFailure,
  type ForgetOthersProgress,
  type ForgetOthersVariables,
} from './query/forgetOtherDevices'

export { useDeviceQueryContext, useDeviceSession, type UseDeviceSessionResult } from './hooks/useDeviceSession'
export { useDevice, type UseDeviceResult } from './hooks/useDevice'
export { useDevices, type UseDevicesResult } from './hooks/useDevices'
export { useCurrentDevice, type UseCurrentDeviceOptions, type UseCurrentDeviceResult } from './hooks/useCurrentDevice'
export { useForgetDevice, type UseForgetDeviceResult } from './hooks/useForgetDevice'
export { useForgetOtherDevices } from './hooks/useForgetOtherDevices'
export { useSetDeviceRemembered, type UseSetDeviceRememberedResult } from './hooks/useSetDeviceRemembered'
export { useRefreshDevices } from './hooks/useRefreshDevices'
export {
  useCurrentDeviceStatus,
  type CurrentDeviceStatus,
  type CurrentDeviceStatusResult,
  type UseCurrentDeviceStatusResult,
} from './hooks/useCurrentDeviceStatus'
export { useSignOutEverywhere, type UseSignOutEverywhereResult } from './hooks/useSignOutEverywhere'
export { signOutEverywhereMutation, type SignOutEverywhereContext } from './query/signOutEverywhere'
export { useDeviceLocation, type DeviceLocation } from './hooks/useDeviceLocation'
export { deviceLocationQuery, type ResolveLocation } from './query/deviceLocation'
export { formatIpAddress } from './format/ipAddress'
// The names and the order the panel shows, for a host's own UI on the hooks.
export { describeDeviceName, formatDeviceName, type DeviceNameDescription, type DeviceNameText } from './format/deviceName'
export { orderDevices } from './format/deviceOrder'

export { DeviceKitProvider, useDeviceKit, type DeviceKitProviderProps } from './provider/DeviceKitProvider'

// Passkeys beside devices: their own port, adapter, query options and hooks (a host that shows only
// devices imports none of it, and its bundle has none of it).
export type { Passkey, PasskeyAttachment, PasskeyCreationOptionsJson, PasskeyPage, PasskeyRegistrationJson } from './cognito/passkey'
export type { PasskeyApi } from './api/PasskeyApi'
export { tokenPasskeyApi } from './api/tokenPasskeyApi'
export { PasskeysUnsupportedError } from './api/browserPasskey'
export { classifyPasskeyError, type PasskeyErrorState, type PasskeyOnlyErrorState } from './errors/classifyPasskeyError'
export { passkeyKeys } from './query/passkeyKeys'
export { passkeyQueries, type PasskeyQueryContext } from './query/passkeyQueries'
export { passkeyMutations, type AddPasskeyResult, type RemovePasskeySnapshot } from './query/passkeyMutations'
export { usePasskeys } from './hooks/usePasskeys'
export { useAddPasskey } from './hooks/useAddPasskey'
export { useRemovePasskey } from './hooks/useRemovePasskey'
export {
  englishPasskeyText,
  registerPasskeyTranslations,
  type PasskeyText,
  type PasskeyTranslation,
  type ResolvedPasskeyText,
} from './i18n/passkeyText'
export { PasskeyCard, type PasskeyCardProps } from './components/PasskeyCard'
export { ConfirmRemovePasskeyDialog, type ConfirmRemovePasskeyDialogProps } from './components/ConfirmRemovePasskeyDialog'
export { PasskeyManager, type PasskeyManagerProps } from './connected/PasskeyManager'
export { sessionStatesShownElsewhere } from './connected/sessionStatesShownElsewhere'

export * from './i18n'
export * from './errors'
export * from './boundary'
export * from './components'
export * from './connected'
