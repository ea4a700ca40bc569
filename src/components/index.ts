// The presentational components: props in, no fetching. Styles are opt-in: import
// 'react-cognito-devices/styles.css' (or styles.layer.css for `@layer rcd`).
export { DeviceAttributes, type DeviceAttributesProps } from './DeviceAttributes'
export { DeviceTimestamps, type DeviceTimestampsProps, type DeviceTimestampKind } from './DeviceTimestamps'
export { DeviceCard, deviceCardState, type DeviceCardProps, type DeviceCardState, type HeadingLevel } from './DeviceCard'
export { DeviceListView, type DeviceListViewProps, type DeviceListState } from './DeviceListView'
export { ConfirmForgetDialog, type ConfirmForgetDialogProps, type ForgetVariant } from './ConfirmForgetDialog'
export {
  englishDisplayText,
  resolveDisplayText,
  type DeviceText,
  type ResolvedDeviceText,
} from './displayText'
export type { DeviceType, UserAgentDescription } from '../format/deviceName'

// Connected components: they call the hooks, so they need DeviceKitProvider and a QueryClient.
export { DeviceDetails, type DeviceDetailsProps } from './DeviceDetails'
export { DeviceList, orderDevices, type DeviceListProps } from './DeviceList'
export {
  DeviceManager,
  type DeviceActionsProps,
  type DeviceManagerAction,
  type DeviceManagerErrorEvent,
  type DeviceManagerEvent,
  type DeviceManagerHeaderProps,
  type DeviceManagerProps,
} from './DeviceManager'
export { englishManagerText, resolveManagerText, type ManagerText, type ResolvedManagerText } from './managerText'
