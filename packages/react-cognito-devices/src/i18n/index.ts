// Every word the kit shows: the text types, the English defaults and the resolver that lays a
// translation and a host's overrides over them.
export { type DeviceText, type DeviceTextTranslation, type ResolvedDeviceText } from './deviceText'
export { englishManagerText, type ManagerText, type ResolvedManagerText } from './managerText'
export {
  englishErrorText,
  type ErrorSentence,
  type ErrorStateText,
  type ErrorText,
  type ErrorTextDetails,
  type ErrorTextOverrides,
} from './errorText'
export { englishDisplayText, registerTranslations, type DeviceKitTranslation } from './translations'
