import { mutationOptions } from '@tanstack/react-query'
import type { Device } from '../cognito/device'
import { classifyError, policyFor } from '../errors/classifyError'
import type { DeviceListData, DeviceQueryContext } from './deviceQueries'
import { deviceKeys } from './deviceKeys'
import { deviceRetryDelay, RETRIES, throwsToBoundary } from './errorHandling'
import { changeList, restore, settle, type DeviceListChange } from './optimisticWrites'

// Its own module, so apps that never offer "forget all other devices" do not ship it.

/**
 * Forget every device but this one, on every page (not only the loaded ones): lists them all,
 * then forgets them one after another (Cognito allows a user about ten writes a second), waiting
 * and trying again when throttled. Optimistic like `forget`; the user's queries are fetched again
 * at the end (pages not loaded held devices too). Resolves to the number forgotten; a failure
 * part-way leaves the rest listed and is reported.
 */
export function forgetOtherDevicesMutation({ api, session }: DeviceQueryContext) {
  const userId = session?.userId ?? ''
  const currentDeviceKey = session?.currentDeviceKey
  const onlyThisDevice: DeviceListChange = (devices) => devices.filter((device) => device.key === currentDeviceKey)
  return mutationOptions({
    mutationKey: deviceKeys.forgetOthers(),
    mutationFn: async (): Promise<number> => {
      const others = (await listAllDevices(api)).filter((device) => device.key !== currentDeviceKey)
      for (const device of others) await withThrottleRetries(() => forgetUnlessGone(api, device.key))
      return others.length
    },
    // Retries are the throttled ones above; the host's `defaultOptions.mutations.retry` would list
    // and forget everything again after a failure part-way.
    retry: false,
    onMutate: (_variables: void, { client }) => changeList(client, userId, onlyThisDevice),
    // Only the devices this call took off the list come back; the refetch then drops those it did forget.
    onError: (_error, _variables, snapshot, { client }) => restore(client, snapshot, otherDeviceKeys(snapshot?.list, currentDeviceKey), api.sessionScope),
    onSettled: (_data, error, _variables, _snapshot, { client }) =>
      settle(client, userId, { confirmed: error ? undefined : onlyThisDevice, stale: [deviceKeys.all(userId)] }),
    throwOnError: throwsToBoundary,
  })
}

function otherDeviceKeys(list: DeviceListData | undefined, currentDeviceKey: string | undefined): string[] {
  return (list?.pages ?? []).flatMap((page) => page.devices.map((device) => device.key).filter((key) => key !== currentDeviceKey))
}

async function listAllDevices(api: DeviceQueryContext['api']): Promise<Device[]> {
  const devices: Device[] = []
  let cursor: string | undefined
  do {
    const page = await api.listDevices(cursor)
    devices.push(...page.devices)
    cursor = page.nextCursor
  } while (cursor)
  return devices
}

/**
 * "Device does not exist" is what was asked for: another tab or session forgot it since the list
 * was read. The devices after it are still forgotten.
 */
async function forgetUnlessGone(api: DeviceQueryContext['api'], deviceKey: string): Promise<void> {
  try {
    await api.forgetDevice(deviceKey)
  } catch (error) {
    if (classifyError(error) !== 'device-not-found') throw error
  }
}

/**
 * Only throttling is retried: Cognito refused the write before doing it. A network failure is not,
 * since the forget may have happened (a second try would then answer "not found").
 */
async function withThrottleRetries(call: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (policyFor(error).retry !== 'throttled' || attempt >= RETRIES.throttled) throw error
      await new Promise((resolve) => setTimeout(resolve, deviceRetryDelay(attempt, error as Error)))
    }
  }
}

