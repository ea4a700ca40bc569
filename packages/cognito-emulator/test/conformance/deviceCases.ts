import type { ConformanceCase } from './case.ts'
import { forgetQuietly, listedKeys, signInOnNewDevice } from './flows.ts'
import { call, errorOf } from './wire.ts'

const attributeNames = (device: unknown) =>
  (((device as { DeviceAttributes?: { Name: string }[] } | undefined)?.DeviceAttributes ?? []).map((attribute) => attribute.Name)).sort()

/** Remember / not remember / forget as the user sees it, and the user-side answer's shape. */
export const deviceCases: ConformanceCase[] = [
  {
    id: 'not-remembered-device-is-invisible-to-the-user',
    covers: 'row 1; remember / not remember / forget',
    title: 'GetDevice of a not_remembered device is ResourceNotFoundException; ListDevices leaves it out; remembering brings it back',
    async run(target) {
      const device = await signInOnNewDevice(target)
      const AccessToken = device.tokens.AccessToken
      const DeviceKey = device.deviceKey
      const remembered = { getDevice: (await call(target, 'GetDevice', { AccessToken, DeviceKey })).status, listed: (await listedKeys(target, AccessToken)).includes(DeviceKey) }
      await call(target, 'UpdateDeviceStatus', { AccessToken, DeviceKey, DeviceRememberedStatus: 'not_remembered' })
      const notRemembered = { getDevice: errorOf(await call(target, 'GetDevice', { AccessToken, DeviceKey })), listed: (await listedKeys(target, AccessToken)).includes(DeviceKey) }
      await call(target, 'UpdateDeviceStatus', { AccessToken, DeviceKey, DeviceRememberedStatus: 'remembered' })
      const rememberedAgain = { getDevice: (await call(target, 'GetDevice', { AccessToken, DeviceKey })).status }
      const forget = (await call(target, 'ForgetDevice', { AccessToken, DeviceKey })).status
      const forgotten = { getDevice: errorOf(await call(target, 'GetDevice', { AccessToken, DeviceKey })), listed: (await listedKeys(target, AccessToken)).includes(DeviceKey) }
      return { remembered, notRemembered, rememberedAgain, forget, forgotten }
    },
  },
  {
    id: 'user-side-attributes',
    covers: 'rows 2 and 10',
    title: 'User-side GetDevice/ListDevices carry only device_status, device_name, last_ip_used; DeviceLastAuthenticatedDate is whole seconds',
    async run(target) {
      const device = await signInOnNewDevice(target)
      const AccessToken = device.tokens.AccessToken
      const got = await call(target, 'GetDevice', { AccessToken, DeviceKey: device.deviceKey })
      const listed = await call(target, 'ListDevices', { AccessToken, Limit: 60 })
      const fromList = ((listed.body?.Devices ?? []) as { DeviceKey: string }[]).find((entry) => entry.DeviceKey === device.deviceKey)
      const wire = got.body?.Device as Record<string, unknown> | undefined
      await forgetQuietly(target, AccessToken, [device.deviceKey])
      return {
        getDeviceAttributeNames: attributeNames(wire),
        listDevicesAttributeNames: attributeNames(fromList),
        lastAuthenticatedDateIsWholeSeconds: Number.isInteger(wire?.DeviceLastAuthenticatedDate),
        datesAreEpochSeconds: [wire?.DeviceCreateDate, wire?.DeviceLastModifiedDate].every((date) => typeof date === 'number' && date > 1e9 && date < 1e11),
      }
    },
  },
  {
    id: 'pagination-token-is-opaque',
    covers: 'row 9; pagination',
    title: 'ListDevices pages with an opaque token; an edited token is refused',
    async run(target) {
      const first = await signInOnNewDevice(target)
      const second = await signInOnNewDevice(target)
      const AccessToken = second.tokens.AccessToken
      const page1 = await call(target, 'ListDevices', { AccessToken, Limit: 1 })
      const token = page1.body?.PaginationToken as string | undefined
      const page2 = token ? await call(target, 'ListDevices', { AccessToken, Limit: 1, PaginationToken: token }) : undefined
      const keys = [page1, page2].flatMap((page) => ((page?.body?.Devices ?? []) as { DeviceKey: string }[]).map((device) => device.DeviceKey))
      const edited = token ? `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}` : 'AAAA'
      const editedAnswer = errorOf(await call(target, 'ListDevices', { AccessToken, Limit: 1, PaginationToken: edited }))
      await forgetQuietly(target, AccessToken, [first.deviceKey, second.deviceKey])
      return { firstPageHasToken: token !== undefined, pageSizes: [page1, page2].map((page) => ((page?.body?.Devices ?? []) as unknown[]).length), noRepeats: new Set(keys).size === keys.length, editedToken: editedAnswer }
    },
  },
  {
    id: 'forgotten-device-access-token',
    covers: 'undocumented: does an access token carrying a forgotten device key still work',
    title: 'After ForgetDevice, the access token that carries its key still lists devices (the emulator\'s choice)',
    async run(target) {
      const device = await signInOnNewDevice(target)
      await call(target, 'ForgetDevice', { AccessToken: device.tokens.AccessToken, DeviceKey: device.deviceKey })
      return { listDevicesStatus: (await call(target, 'ListDevices', { AccessToken: device.tokens.AccessToken })).status }
    },
  },
  {
    id: 'missing-access-token',
    covers: 'row 12',
    title: 'GetDevice and ForgetDevice without AccessToken (undocumented; the emulator\'s choice)',
    async run(target) {
      const device = await signInOnNewDevice(target)
      const getDevice = errorOf(await call(target, 'GetDevice', { DeviceKey: device.deviceKey }))
      const forgetDevice = errorOf(await call(target, 'ForgetDevice', { DeviceKey: device.deviceKey }))
      await forgetQuietly(target, device.tokens.AccessToken, [device.deviceKey])
      return { getDevice, forgetDevice }
    },
  },
]
