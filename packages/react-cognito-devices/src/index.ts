// react-cognito-devices: hooks, query options, components and the error layer.
// aws-amplify is imported only by `react-cognito-devices/amplify`, so apps without it can use the kit.
// Every name here is meant for host apps; test/types/publicApi.test.ts pins the list.

// What a device is, and the errors a DeviceApi throws (the kit classifies them by `name`).
export { isRemembered, type Device, type DeviceAttribute, type DevicePage } from './model/device'
export {
  CognitoError,
  ConfigurationError,
  InvalidDeviceKeyError,
  MalformedResponseError,
  NetworkError,
  NoSessionError,
  TimeoutError,
} from './model/errors'

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

export { useDeviceSession, type UseDeviceSessionResult } from './hooks/useDeviceSession'
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
// The kit's words for a locale (DeviceKitProvider's by default) with a component's overrides: for parts of your own.
export { useDeviceText } from './components/useDeviceText'

// Every word the kit shows: the text types, the English defaults and the resolver of translations.
export {
  englishDisplayText,
  englishErrorText,
  englishManagerText,
  registerTranslations,
  type DeviceKitTranslation,
  type DeviceText,
  type DeviceTextTranslation,
  type ErrorSentence,
  type ErrorStateText,
  type ErrorText,
  type ErrorTextDetails,
  type ErrorTextOverrides,
  type ManagerText,
  type ResolvedDeviceText,
  type ResolvedManagerText,
} from './i18n'

// What went wrong, as a finite state (by the error's name), and how the kit reacts to it.
export {
  classifyError,
  deviceErrorStates,
  errorDetails,
  misconfigurationOf,
  policyFor,
  type AdminErrorState,
  type ClassifyContext,
  type DeviceErrorState,
  type ErrorDetails,
  type ErrorPolicy,
  type ErrorSurface,
  type Misconfiguration,
  type RetryPolicy,
  type UserErrorState,
} from './errors'
export { DeviceErrorBoundary, DeviceErrorView, type DeviceErrorBoundaryProps, type DeviceErrorFallbackProps, type DeviceErrorViewProps } from './boundary'

// Presentational components: props in, no fetching.
export {
  ConfirmDialog,
  ConfirmForgetDialog,
  DeviceAttributes,
  DeviceCard,
  DeviceListView,
  DeviceTimestamps,
  type ConfirmDialogProps,
  type ConfirmDialogVariant,
  type ConfirmForgetDialogProps,
  type DeviceAttributesProps,
  type DeviceCardProps,
  type DeviceCardState,
  type DeviceListState,
  type DeviceListViewProps,
  type DeviceRowContext,
  type DeviceTimestampKind,
  type DeviceTimestampsProps,
  type DeviceType,
  type ForgetVariant,
  type HeadingLevel,
  type UserAgentDescription,
} from './components'

// Connected components: they call the hooks, inside DeviceKitProvider and a QueryClientProvider.
export {
  DeviceDetails,
  DeviceList,
  DeviceManager,
  type DeviceActionsProps,
  type DeviceDetailsProps,
  type DeviceListProps,
  type DeviceManagerAction,
  type DeviceManagerErrorEvent,
  type DeviceManagerEvent,
  type DeviceManagerHeaderProps,
  type DeviceManagerProps,
} from './connected'

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
