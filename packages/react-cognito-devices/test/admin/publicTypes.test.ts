import type { AuthSession } from 'aws-amplify/auth'
import { describe, expectTypeOf, it } from 'vitest'
import type { DeviceApi } from '../../src'
import { adminDeviceApi, type AdminDeviceApiOptions, type AwsCredentialsProvider } from '../../src/admin'

// Fails the type-check when the admin entry's public signature drifts.
describe('react-cognito-devices/admin types', () => {
  it('adminDeviceApi is a DeviceApi for the hooks and components', () => {
    expectTypeOf(adminDeviceApi).parameter(0).toEqualTypeOf<AdminDeviceApiOptions>()
    expectTypeOf(adminDeviceApi).returns.toExtend<DeviceApi>()
  })

  it("takes Amplify's fetchAuthSession() credentials as they come", () => {
    expectTypeOf<() => Promise<AuthSession['credentials']>>().toExtend<AwsCredentialsProvider>()
  })
})
