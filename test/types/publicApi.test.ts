import type { UseInfiniteQueryResult, UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import type {
  deviceQueries,
  useCurrentDevice,
  useDevices,
  useForgetDevice,
  useSetDeviceRemembered} from '../../src';
import {
  deviceKeys,
  tokenDeviceApi,
  useDevice,
  type Device,
  type DeviceApi,
  type DevicePage,
  type DeviceSession,
} from '../../src'

// The types a host codes against. These fail to compile (and so fail `npm test`'s type-check)
// when a public signature drifts.
describe('public types', () => {
  it('useDevice gives a Device query', () => {
    expectTypeOf(useDevice).parameters.toEqualTypeOf<[deviceKey: string]>()
    expectTypeOf<ReturnType<typeof useDevice>>().toMatchTypeOf<UseQueryResult<Device, Error>>()
    expectTypeOf<ReturnType<typeof useDevice>['data']>().toEqualTypeOf<Device | undefined>()
  })

  it('useDevices gives every loaded device, the paging controls and this device', () => {
    type Result = ReturnType<typeof useDevices>
    expectTypeOf<Result['devices']>().toEqualTypeOf<readonly Device[]>()
    expectTypeOf<Result['currentDeviceKey']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Result>().toMatchTypeOf<Pick<UseInfiniteQueryResult<readonly Device[], Error>, 'fetchNextPage' | 'hasNextPage'>>()
  })

  it('useCurrentDevice says which device key it is about', () => {
    expectTypeOf<ReturnType<typeof useCurrentDevice>['deviceKey']>().toEqualTypeOf<string | undefined>()
  })

  it('mutations take exactly what Cognito needs', () => {
    expectTypeOf<ReturnType<typeof useForgetDevice>['forget']>().parameter(0).toEqualTypeOf<string>()
    expectTypeOf<ReturnType<typeof useForgetDevice>['pendingKeys']>().toEqualTypeOf<string[]>()
    expectTypeOf<ReturnType<typeof useSetDeviceRemembered>>().toMatchTypeOf<
      UseMutationResult<void, Error, { readonly deviceKey: string; readonly remembered: boolean }, unknown>
    >()
  })

  it('Device dates are Dates or undefined, never strings or numbers', () => {
    expectTypeOf<Device['createdAt']>().toEqualTypeOf<Date | undefined>()
    expectTypeOf<Device['lastModifiedAt']>().toEqualTypeOf<Date | undefined>()
    expectTypeOf<Device['lastAuthenticatedAt']>().toEqualTypeOf<Date | undefined>()
    expectTypeOf<Device['remembered']>().toEqualTypeOf<boolean | undefined>()
  })

  it('query options carry typed keys and data', () => {
    type Detail = ReturnType<typeof deviceQueries.detail>
    expectTypeOf<Detail['queryKey']>().toMatchTypeOf<readonly unknown[]>()
    expectTypeOf<Parameters<typeof deviceQueries.detail>[1]>().toEqualTypeOf<string>()
    expectTypeOf(deviceKeys.detail('user', 'key')).toEqualTypeOf<readonly ['cognito-devices', 'user', string, 'detail', string]>()
    type List = ReturnType<typeof deviceQueries.list>
    expectTypeOf<List['getNextPageParam']>().returns.toEqualTypeOf<string | undefined | null>()
    expectTypeOf<Parameters<List['getNextPageParam']>[0]>().toEqualTypeOf<DevicePage>()
    expectTypeOf<Parameters<typeof deviceQueries.session>[0]>().toMatchTypeOf<{ api: DeviceApi }>()
    expectTypeOf<DeviceSession>().toEqualTypeOf<{ readonly userId: string; readonly currentDeviceKey: string | undefined }>()
  })

  it('tokenDeviceApi needs a region or an endpoint, and a token getter', () => {
    expectTypeOf(tokenDeviceApi).toBeCallableWith({ region: 'eu-west-1', getAccessToken: () => 'token' })
    expectTypeOf(tokenDeviceApi).toBeCallableWith({ endpoint: 'http://127.0.0.1:9229/', getAccessToken: async () => undefined })
    // @ts-expect-error: neither a region nor an endpoint
    tokenDeviceApi({ getAccessToken: () => 'token' })
    // @ts-expect-error: no way to get the token
    tokenDeviceApi({ region: 'eu-west-1' })
  })
})
