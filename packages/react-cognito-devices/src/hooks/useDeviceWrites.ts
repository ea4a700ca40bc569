import { matchMutation, useMutationState, type Mutation } from '@tanstack/react-query'
import { classifyError, type DeviceErrorState } from '../errors/classifyError'
import { deviceKeys } from '../query/deviceKeys'

/** A write the kit sent, as a panel shows it: which action on which device, pending or how it failed. */
export interface DeviceWrite {
  readonly action: 'forget' | 'remember' | 'stop-remembering' | 'forget-others'
  /** The device written; undefined for `forget-others`. */
  readonly deviceKey: string | undefined
  readonly isPending: boolean
  /** How it failed, classified; undefined while pending and after a success. */
  readonly failure: DeviceErrorState | undefined
}

const forgets = { mutationKey: deviceKeys.forget() }
const rememberChanges = { mutationKey: deviceKeys.setRemembered() }
const forgetOthers = { mutationKey: deviceKeys.forgetOthers() }

function writeOf(mutation: Mutation<unknown, Error, unknown>): DeviceWrite | undefined {
  const { variables, status, error } = mutation.state
  const isPending = status === 'pending'
  const failure = status === 'error' ? classifyError(error) : undefined
  if (matchMutation(forgets, mutation) && typeof variables === 'string') return { action: 'forget', deviceKey: variables, isPending, failure }
  if (matchMutation(rememberChanges, mutation) && typeof variables === 'object' && variables !== null) {
    const { deviceKey, remembered } = variables as { deviceKey: string; remembered: boolean }
    return { action: remembered ? 'remember' : 'stop-remembering', deviceKey, isPending, failure }
  }
  if (matchMutation(forgetOthers, mutation)) return { action: 'forget-others', deviceKey: undefined, isPending, failure }
  return undefined
}

/**
 * Every forget, remember / stop-remembering and forget-others write in TanStack Query's mutation
 * cache, oldest first, read with one subscription: a panel reads them once and hands each row its
 * own. Unchanged writes keep their objects from one result to the next (TanStack's structural
 * sharing). A write stays as long as TanStack keeps the mutation (`gcTime`, 5 minutes by default).
 */
export function useDeviceWrites(): readonly DeviceWrite[] {
  return useMutationState({ filters: { predicate: (mutation) => writeOf(mutation) !== undefined }, select: (mutation) => writeOf(mutation)! })
}
