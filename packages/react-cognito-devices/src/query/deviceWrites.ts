import type { Mutation, MutationStatus } from '@tanstack/react-query'
import * as deviceKeys from './cacheKeys'

/** The variables of `deviceMutations.setRemembered`. */
export interface SetRememberedVariables {
  readonly deviceKey: string
  readonly remembered: boolean
}

/** What a write does to its device. */
export type DeviceWriteAction = 'forget' | 'remember' | 'stop-remembering'

/** A write to one device (`deviceMutations.forget` / `setRemembered`) as TanStack's mutation cache holds it. */
export interface DeviceWrite {
  readonly deviceKey: string
  readonly action: DeviceWriteAction
  readonly status: MutationStatus
  readonly error: Error | null
}

/** Mutation filter: the forgets (pending ones when `status` says so). */
export const forgetWrites = (status?: MutationStatus) => ({ mutationKey: deviceKeys.forget(), status })
/** Mutation filter: the remember / stop-remembering writes (pending ones when `status` says so). */
export const rememberWrites = (status?: MutationStatus) => ({ mutationKey: deviceKeys.setRemembered(), status })

/**
 * The device write a mutation is, or undefined for any other mutation: the one reader of the writes'
 * variables, for every hook and part that asks the mutation cache about a device
 * (`useMutationState({ filters: forgetWrites('pending'), select: deviceWriteOf })`).
 */
export function deviceWriteOf(mutation: Mutation<unknown, Error, unknown, unknown>): DeviceWrite | undefined {
  const { variables, status, error } = mutation.state
  const kind = mutation.options.mutationKey?.[1]
  if (kind === deviceKeys.forget()[1] && typeof variables === 'string') return { deviceKey: variables, action: 'forget', status, error }
  if (kind === deviceKeys.setRemembered()[1] && typeof variables === 'object' && variables !== null) {
    const { deviceKey, remembered } = variables as SetRememberedVariables
    return { deviceKey, action: remembered ? 'remember' : 'stop-remembering', status, error }
  }
  return undefined
}
