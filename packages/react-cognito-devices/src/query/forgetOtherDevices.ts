import { queryOptions, skipToken, type QueryClient, type UseMutationOptions } from '@tanstack/react-query'
import type { Device } from '../model/device'
import { classifyError, policyFor } from '../errors/classifyError'
import type { DeviceQueryContext } from './deviceQueries'
import * as deviceKeys from './cacheKeys'
import { deviceRetryDelay, RETRIES, throwsToBoundary } from './errorHandling'
import { applyConfirmed, settle } from './optimisticWrites'
import { paceToQuota } from './paceToQuota'

// Its own module, so apps that never offer "sign out all other devices" do not ship it.

/** A device Cognito did not forget, and why. */
export interface ForgetFailure {
  readonly device: Device
  readonly error: Error
}

/** Where signing out the other devices stands. */
export interface ForgetOthersProgress {
  /** Devices Cognito confirmed forgotten (each is signed out once its current session ends). */
  readonly done: number
  /** Devices this run signs out; undefined while they are being listed. */
  readonly total: number | undefined
  /** Devices Cognito did not forget: they stay listed, and `mutate({ devices })` tries them again. */
  readonly failed: readonly ForgetFailure[]
  /** True until every device has been answered (or the run stopped). */
  readonly running: boolean
}

export interface ForgetOthersVariables {
  /** Only these devices (say, the failed ones of the last run); default: every device but this one, listed anew. */
  readonly devices?: readonly Device[] | undefined
}

/**
 * The progress of the user's latest run, read from the cache, so that any component (a panel mounted
 * again after leaving mid-way) sees the run that is under way. Never fetched: the run writes it.
 */
export function forgetOthersProgressQuery(userId: string) {
  return queryOptions<ForgetOthersProgress>({ queryKey: deviceKeys.forgetOthersProgress(userId), queryFn: skipToken, staleTime: Infinity })
}

/**
 * Sign out every other device the user's list holds, on every page: lists them all, then forgets them
 * side by side at Cognito's per-user write quota (ten a second), so none is refused as throttled.
 * A device leaves the cached list only once Cognito confirmed its forget: leaving the page mid-way
 * loses nothing, the ones not yet done are listed again. A device Cognito refuses is reported in
 * `failed` and the run goes on; only a state that ends the panel (signed out, misconfigured) stops
 * it, and is the mutation's error. Resolves to the final progress.
 */
// Writes its progress while it runs: it needs the QueryClient up front, not only in its callbacks.
export function forgetOtherDevicesMutation({ api, queryClient, session }: DeviceQueryContext & { readonly queryClient: QueryClient }): UseMutationOptions<
  ForgetOthersProgress,
  Error,
  ForgetOthersVariables | void
> {
  const userId = session?.userId ?? ''
  const currentDeviceKey = session?.currentDeviceKey
  const progressKey = deviceKeys.forgetOthersProgress(userId)
  const report = (change: (progress: ForgetOthersProgress) => ForgetOthersProgress) =>
    queryClient.setQueryData<ForgetOthersProgress>(progressKey, (progress) => change(progress ?? { done: 0, total: undefined, failed: [], running: true }))

  return {
    mutationKey: deviceKeys.forgetOthers(),
    mutationFn: async (variables) => {
      queryClient.setQueryData<ForgetOthersProgress>(progressKey, { done: 0, total: undefined, failed: [], running: true })
      try {
        const devices = variables?.devices ?? (await listAllDevices(api)).filter((device) => device.key !== currentDeviceKey)
        report((progress) => ({ ...progress, total: devices.length }))
        await paceToQuota(devices, async (device) => {
          try {
            await withThrottleRetries(() => forgetUnlessGone(api, device.key))
          } catch (error) {
            // signed out, misconfigured...: every device after it would fail the same way
            if (throwsToBoundary(error as Error)) throw error
            report((progress) => ({ ...progress, failed: [...progress.failed, { device, error: error as Error }] }))
            return
          }
          report((progress) => ({ ...progress, done: progress.done + 1 }))
          queryClient.removeQueries({ queryKey: deviceKeys.detail(userId, device.key), exact: true })
          void applyConfirmed(queryClient, userId, (listed) => listed.filter((candidate) => candidate.key !== device.key))
        })
      } finally {
        report((progress) => ({ ...progress, running: false }))
      }
      return queryClient.getQueryData<ForgetOthersProgress>(progressKey)!
    },
    // Not the host's `defaultOptions.mutations.retry`: the run tried every device once; `failed` lists the rest.
    retry: false,
    // The list is asked again once: pages not loaded held devices too, and Cognito has the last word.
    onSettled: () => settle(queryClient, userId, { confirmed: undefined, stale: [deviceKeys.list(userId)] }),
    throwOnError: throwsToBoundary,
  }
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

/** "Device does not exist" is what was asked for: another tab or session forgot it since the list was read. */
async function forgetUnlessGone(api: DeviceQueryContext['api'], deviceKey: string): Promise<void> {
  try {
    await api.forgetDevice(deviceKey)
  } catch (error) {
    if (classifyError(error) !== 'device-not-found') throw error
  }
}

/**
 * Paced, the run is not throttled by its own writes; another tab's writes count against the same
 * quota, so a throttled forget still waits and goes again. Only throttling: Cognito refused that
 * write before doing it. A network failure is not sent again (the forget may have happened).
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
