import { matchMutation, type Mutation, type MutationFilters, type MutationStatus } from '@tanstack/react-query'
import { deviceKeys } from './deviceKeys'

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

const forgets = { mutationKey: deviceKeys.forget() }
const rememberChanges = { mutationKey: deviceKeys.setRemembered() }

/**
 * The device write a mutation is, or undefined for any other mutation: the one reader of the writes'
 * variables, for every hook and part that asks the mutation cache about a device
 * (`useMutationState({ filters: deviceWriteFilters(...), select: deviceWriteOf })`).
 */
export function deviceWriteOf(mutation: Mutation<unknown, Error, unknown, unknown>): DeviceWrite | undefined {
  const { variables, status, error } = mutation.state
  if (matchMutation(forgets, mutation) && typeof variables === 'string') return { deviceKey: variables, action: 'forget', status, error }
  if (matchMutation(rememberChanges, mutation) && typeof variables === 'object' && variables !== null) {
    const { deviceKey, remembered } = variables as SetRememberedVariables
    return { deviceKey, action: remembered ? 'remember' : 'stop-remembering', status, error }
  }
  return undefined
}

/** Mutation filters for the device writes, of one device when `deviceKey` is given, of one action and status when given. */
export function deviceWriteFilters(select: { deviceKey?: string; action?: DeviceWriteAction; status?: MutationStatus } = {}): MutationFilters {
  return {
    status: select.status,
    predicate: (mutation) => {
      const write = deviceWriteOf(mutation)
      return write !== undefined && (select.deviceKey === undefined || write.deviceKey === select.deviceKey) && (select.action === undefined || write.action === select.action)
    },
  }
}
