import { useMutationState } from '@tanstack/react-query'
import type { Device } from '../cognito/device'
import { classifyError } from '../errors/classifyError'
import { deviceKeys } from '../query/deviceKeys'
import type { SetRememberedVariables } from '../query/deviceMutations'
import { useCurrentDevice } from './useCurrentDevice'
import { useDeviceQueryContext } from './useDeviceSession'

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

const pendingChanges = { mutationKey: deviceKeys.setRemembered(), status: 'pending' } as const

/**
 * Whether this device is remembered, as far as the browser can know: from the current device's
 * detail query (`deviceQueries.detail`, shared with useCurrentDevice and useDevice), and, while
 * `useSetDeviceRemembered` changes this device, from that change (TanStack's "optimistic update
 * through the UI": the pending mutation's variables). After "stop remembering" the status reads
 * `not-remembered` at once, and stays so when the refetch answers ResourceNotFoundException.
 */
export function useCurrentDeviceStatus(): CurrentDeviceStatusResult {
  const sessionKnown = useDeviceQueryContext().session !== undefined
  const { deviceKey, ...query } = useCurrentDevice()
  const changes = useMutationState({ filters: pendingChanges, select: (mutation) => mutation.state.variables as SetRememberedVariables })
  const change = deviceKey === undefined ? undefined : changes.findLast((variables) => variables.deviceKey === deviceKey)
  const notFound = query.error !== null && classifyError(query.error) === 'device-not-found'
  const status = statusOf({ sessionKnown, deviceKey, change, notFound, query })
  return {
    status,
    deviceKey,
    device: status === 'remembered' ? query.data : undefined,
    error: status === 'error' ? query.error : null,
    isChanging: change !== undefined,
    isFetching: query.isFetching,
    refetch: query.refetch,
  }
}

interface StatusInputs {
  readonly sessionKnown: boolean
  readonly deviceKey: string | undefined
  readonly change: SetRememberedVariables | undefined
  readonly notFound: boolean
  readonly query: { readonly data: Device | undefined; readonly error: Error | null }
}

function statusOf({ sessionKnown, deviceKey, change, notFound, query }: StatusInputs): CurrentDeviceStatus {
  if (!sessionKnown) return 'pending'
  if (deviceKey === undefined) return 'untracked'
  if (change) return change.remembered ? 'remembered' : 'not-remembered'
  // The newest answer wins: a refetch that found nothing outranks a copy cached before it.
  if (notFound) return 'not-remembered'
  // An answer that says so (admin answers carry `dev:device_remembered_status`).
  if (query.data) return query.data.remembered === false ? 'not-remembered' : 'remembered'
  return query.error ? 'error' : 'pending'
}
