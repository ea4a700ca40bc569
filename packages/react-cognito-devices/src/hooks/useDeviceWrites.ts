import { matchMutation, useMutationState, type Mutation } from '@tanstack/react-query'
import { classifyError, type DeviceErrorState } from '../errors/classifyError'
import * as deviceKeys from '../query/cacheKeys'
import { deviceWriteOf, type DeviceWriteAction } from '../query/deviceWrites'

/** A write the kit sent, as a panel shows it: which action on which device, pending or how it failed. */
export interface DeviceWriteState {
  readonly action: DeviceWriteAction | 'forget-others'
  /** The device written; undefined for `forget-others`. */
  readonly deviceKey: string | undefined
  readonly isPending: boolean
  /** How it failed, classified; undefined while pending and after a success. */
  readonly failure: DeviceErrorState | undefined
}

const forgetOthers = { mutationKey: deviceKeys.forgetOthers() }

function writeStateOf(mutation: Mutation<unknown, Error, unknown>): DeviceWriteState | undefined {
  const { status, error } = mutation.state
  const isPending = status === 'pending'
  const failure = status === 'error' ? classifyError(error) : undefined
  // one device's write is read by the kit's one reader (deviceWriteOf)
  const write = deviceWriteOf(mutation)
  if (write) return { action: write.action, deviceKey: write.deviceKey, isPending, failure }
  if (matchMutation(forgetOthers, mutation)) return { action: 'forget-others', deviceKey: undefined, isPending, failure }
  return undefined
}

/**
 * Every forget, remember / stop-remembering and forget-others write in TanStack Query's mutation
 * cache, oldest first, read with one subscription: a panel reads them once and hands each row its
 * own. Unchanged writes keep their objects from one result to the next (TanStack's structural
 * sharing). A write stays as long as TanStack keeps the mutation (`gcTime`, 5 minutes by default).
 */
export function useDeviceWrites(): readonly DeviceWriteState[] {
  return useMutationState({ filters: { predicate: (mutation) => writeStateOf(mutation) !== undefined }, select: (mutation) => writeStateOf(mutation)! })
}
