// Connected components: they call the hooks, so they need DeviceKitProvider and a QueryClient.
export { DeviceDetails, type DeviceDetailsProps } from './DeviceDetails'
export { DeviceList, type DeviceListProps } from './DeviceList'
export {
  DeviceManager,
  type DeviceActionsProps,
  type DeviceManagerAction,
  type DeviceManagerErrorEvent,
  type DeviceManagerEvent,
  type DeviceManagerHeaderProps,
  type DeviceManagerProps,
} from './DeviceManager'
