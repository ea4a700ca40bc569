// react-cognito-devices/amplify: the DeviceApi for apps signed in with aws-amplify v6.
export { amplifyDeviceApi, type AmplifyDeviceApiOptions } from './api/amplifyDeviceApi'
export { amplifyPasskeyApi } from './api/amplifyPasskeyApi'
