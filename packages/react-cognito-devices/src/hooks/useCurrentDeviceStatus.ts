import { useMutationState } from '@tanstack/react-query'
import { isRemembered, type Device } from '../model/device'
import { classifyError } from '../errors/classifyError'
import { deviceWriteOf, rememberWrites } from '../query/deviceWrites'
import { useCurrentDevice } from './useCurrentDevice'

/**
 * This device as Cognito reports it to the browser:
 * - `remembered`: GetDevice of the token's `device_key` found it;
 * - `not-remembered`: GetDevice answered ResourceNotFoundException while the token carries the key
 *   (user-side GetDevice does not find a not-remembered device: aws-sdk-ios
 *   `AWSMobileClientDeviceTests`; see packages/cognito-emulator/FACTS.md, "User-side answers list
 *   only remembered devices"). Not an error. A device forgotten since the token was
 *   issued answers the same, and the browser cannot tell the two apart;
 * - `untracked`: the token has no `device_key` (the pool does not track devices, or not this one);
 * - `pending` / `error` as TanStack Query gives them (no answer yet / any other failure).
 */
export type CurrentDeviceStatus = 'pending' | 'error' | 'remembered' | 'not-remembered' | 'untracked'

/** What `useCurrentDeviceStatus()` gives. Each field is read when a component reads it, so it re-renders only for those. */
export interface CurrentDeviceStatusResult {
  readonly status: CurrentDeviceStatus
  /** The session's `device_key`; undefined while the session loads and when `untracked`. */
  readonly deviceKey: string | undefined
  /** The device, when Cognito answered with it (`remembered`). */
  readonly device: Device | undefined
  /** The failure, when `status` is `error`. ResourceNotFoundException is `not-remembered`, never here. */
  readonly error: Error | null
  /** A change of this device's remembered state (useSetDeviceRemembered) is on its way; `status` already shows it. */
  readonly isChanging: boolean
  /** A request for this device is in flight (first load or refetch). */
  readonly isFetching: boolean
  readonly refetch: () => Promise<unknown>
}

/** The same, under the name of the other hooks' results. */
export type UseCurrentDeviceStatusResult = CurrentDeviceStatusResult

/**
 * Whether this device is remembered, as far as the browser can know: from the current device's
 * detail query (`deviceQueries.current`, shared with useCurrentDevice and useDevice), and, while
 * `useSetDeviceRemembered` changes this device, from that change (TanStack's "optimistic update
 * through the UI": the pending mutation's variables). After "stop remembering" the status reads
 * `not-remembered` at once, and stays so when the refetch answers ResourceNotFoundException.
 */
export function useCurrentDeviceStatus(): CurrentDeviceStatusResult {
  const current = useCurrentDevice()
  const { deviceKey } = current
  const changes = useMutationState({ filters: rememberWrites('pending'), select: deviceWriteOf })
  const change = deviceKey === undefined ? undefined : changes.findLast((write) => write?.deviceKey === deviceKey)
  const status = (): CurrentDeviceStatus => {
    // `null`: the session is read and carries no device_key; undefined: it is not read yet.
    if (deviceKey === undefined) return current.data === null ? 'untracked' : 'pending'
    if (change) return change.action === 'remember' ? 'remembered' : 'not-remembered'
    // The newest answer wins: a refetch that found nothing outranks a copy cached before it.
    if (current.error !== null && classifyError(current.error) === 'device-not-found') return 'not-remembered'
    // An answer that says so (admin answers carry `dev:device_remembered_status`).
    if (current.data) return isRemembered(current.data) ? 'remembered' : 'not-remembered'
    return current.error ? 'error' : 'pending'
  }
  return {
    get status() {
      return status()
    },
    deviceKey,
    get device() {
      return status() === 'remembered' ? (current.data ?? undefined) : undefined
    },
    get error() {
      return status() === 'error' ? current.error : null
    },
    isChanging: change !== undefined,
    get isFetching() {
      return current.isFetching
    },
    get refetch() {
      return current.refetch
    },
  }
}
