// The presentational components: props in, no fetching. Styles are opt-in: import
// 'react-cognito-devices/styles.css' (or styles.layer.css for `@layer rcd`).
export { DeviceAttributes, type DeviceAttributesProps } from './DeviceAttributes'
export { DeviceTimestamps, type DeviceTimestampsProps, type DeviceTimestampKind } from './DeviceTimestamps'
export { DeviceCard, type DeviceCardProps, type DeviceCardState, type HeadingLevel } from './DeviceCard'
export { DeviceListView, type DeviceListViewProps, type DeviceListState, type DeviceRowContext } from './DeviceListView'
export {
  ConfirmDialog,
  type ConfirmDialogProps,
  type ConfirmDialogVariant,
  ConfirmForgetDialog,
  type ConfirmForgetDialogProps,
  type ForgetVariant,
} from './ConfirmDialog'
export type { DeviceType, UserAgentDescription } from '../format/deviceName'
