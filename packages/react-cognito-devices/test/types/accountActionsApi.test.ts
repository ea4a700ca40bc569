import type { UseMutationResult } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import type { CurrentDeviceStatus, DeviceApi, DeviceKitProviderProps, ResolveLocation , useCurrentDeviceStatus, useSignOutEverywhere } from '../../src'
import { formatIpAddress, useDeviceLocation } from '../../src'

// The signatures the panel and host apps code against for this device's status, sign out
// everywhere, and IP and place. They fail to compile when one drifts.
describe('public types: this device, sign out everywhere, IP and place', () => {
  it('useCurrentDeviceStatus gives a finite status', () => {
    expectTypeOf<CurrentDeviceStatus>().toEqualTypeOf<'pending' | 'error' | 'remembered' | 'not-remembered' | 'untracked'>()
    expectTypeOf<ReturnType<typeof useCurrentDeviceStatus>['status']>().toEqualTypeOf<CurrentDeviceStatus>()
  })

  it('signOutEverywhere is optional on the port, so adapters written before it still compile', () => {
    expectTypeOf<DeviceApi['signOutEverywhere']>().toEqualTypeOf<((options?: { readonly signal?: AbortSignal | undefined }) => Promise<void>) | undefined>()
    expectTypeOf<ReturnType<typeof useSignOutEverywhere>>().toMatchTypeOf<UseMutationResult<void, Error, void, unknown>>()
  })

  it('resolveLocation maps an address to a place or nothing; the hook gives text or undefined', () => {
    expectTypeOf<ResolveLocation>().toEqualTypeOf<(ipAddress: string) => Promise<string | undefined>>()
    expectTypeOf<DeviceKitProviderProps['resolveLocation']>().toEqualTypeOf<ResolveLocation | undefined>()
    expectTypeOf(useDeviceLocation).parameters.toEqualTypeOf<[lastIpUsed: string | undefined]>()
    expectTypeOf<ReturnType<typeof useDeviceLocation>['location']>().toEqualTypeOf<string | undefined>()
    expectTypeOf(formatIpAddress).returns.toEqualTypeOf<string | undefined>()
  })
})
