import { mutationOptions } from '@tanstack/react-query'
import type { Device } from '../model/device'
import { assertDeviceKey } from '../cognito/deviceKey'
import type { DeviceQueryContext } from './deviceQueries'
import * as deviceKeys from './cacheKeys'
import type { SetRememberedVariables } from './deviceWrites'
import { writeThrowsToBoundary } from './errorHandling'
import { changeList, restore, settle, type DeviceListChange } from './optimisticWrites'

export type { SetRememberedVariables } from './deviceWrites'

/**
 * Mutation options for one device, optimistic (see optimisticWrites.ts): the change shows at once,
 * a failure puts back only this device, and the queries are fetched again when the last pending
 * device write settles. Use them with `useMutation`, or through `useForgetDevice` /
 * `useSetDeviceRemembered`. The callbacks work on the QueryClient the mutation runs in (`client`).
 */
export const deviceMutations = {
  /** ForgetDevice: the device leaves every cached page and its detail at once; a failure puts it back. */
  forget: ({ api, session }: DeviceQueryContext) => {
    const userId = session?.userId ?? ''
    return mutationOptions({
      mutationKey: deviceKeys.forget(),
      mutationFn: (deviceKey: string) => {
        assertDeviceKey(deviceKey)
        return api.forgetDevice(deviceKey)
      },
      // Not the host's `defaultOptions.mutations.retry`: after a network failure the forget may have
      // happened, and sending it again would report "not found" for a device that is gone.
      retry: false,
      onMutate: async (deviceKey, { client }) => {
        const snapshot = await changeList(client, userId, withoutDevice(deviceKey), deviceKey)
        client.removeQueries({ queryKey: deviceKeys.detail(userId, deviceKey), exact: true })
        return snapshot
      },
      onError: (_error, deviceKey, snapshot, { client }) => restore(client, snapshot, deviceKey, api.sessionScope),
      // A detail still on screen asks again, and learns the device is gone (device-not-found).
      onSettled: (_data, error, deviceKey, _snapshot, { client }) =>
        settle(client, userId, {
          confirmed: error ? undefined : withoutDevice(deviceKey),
          stale: error ? [deviceKeys.detail(userId, deviceKey), deviceKeys.list(userId)] : [deviceKeys.detail(userId, deviceKey)],
        }),
      throwOnError: writeThrowsToBoundary,
    })
  },

  /** UpdateDeviceStatus: the device shows its new remembered state at once; a failure puts it back. */
  setRemembered: ({ api, session }: DeviceQueryContext) => {
    const userId = session?.userId ?? ''
    return mutationOptions({
      mutationKey: deviceKeys.setRemembered(),
      mutationFn: ({ deviceKey, remembered }: SetRememberedVariables) => {
        assertDeviceKey(deviceKey)
        return api.setRemembered(deviceKey, remembered)
      },
      // Not the host's `defaultOptions.mutations.retry`: a failure is shown and rolled back, not hidden.
      retry: false,
      onMutate: async ({ deviceKey, remembered }, { client }) => {
        const update = withRemembered(deviceKey, remembered)
        const snapshot = await changeList(client, userId, (devices) => devices.map(update), deviceKey)
        client.setQueryData<Device>(deviceKeys.detail(userId, deviceKey), (device) => device && update(device))
        return snapshot
      },
      onError: (_error, { deviceKey }, snapshot, { client }) => restore(client, snapshot, deviceKey, api.sessionScope),
      onSettled: (_data, error, { deviceKey, remembered }, _snapshot, { client }) =>
        settle(client, userId, {
          confirmed: error ? undefined : (devices) => devices.map(withRemembered(deviceKey, remembered)),
          stale: error ? [deviceKeys.detail(userId, deviceKey), deviceKeys.list(userId)] : [deviceKeys.detail(userId, deviceKey)],
        }),
      throwOnError: writeThrowsToBoundary,
    })
  },
}

function withoutDevice(deviceKey: string): DeviceListChange {
  return (devices) => devices.filter((device) => device.key !== deviceKey)
}

function withRemembered(deviceKey: string, remembered: boolean) {
  const status = remembered ? 'remembered' : 'not_remembered'
  return (device: Device): Device => {
    if (device.key !== deviceKey) return device
    const others = device.attributes.filter((attribute) => attribute.name !== 'dev:device_remembered_status')
    return { ...device, remembered, attributes: [...others, { name: 'dev:device_remembered_status', value: status }] }
  }
}
