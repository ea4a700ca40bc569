/**
 * What each part reads about the panel's writes, straight from TanStack Query's mutation cache
 * (`useMutationState`): no store of our own. A row re-renders only when its own
 * device's state changes, as each hook compares what it selected.
 */
import { matchMutation, useMutationState, type Mutation } from '@tanstack/react-query'
import { useMemo } from 'react'
import { classifyError } from '../../errors/classifyError'
import { deviceKeys } from '../../query/deviceKeys'
import type { ActionFailure, DeviceManagerAction } from './types'

const forgets = { mutationKey: deviceKeys.forget() }
const rememberChanges = { mutationKey: deviceKeys.setRemembered() }
const forgetOthers = { mutationKey: deviceKeys.forgetOthers() }

/** The device a forget or remember write is about, and which action it is. */
function deviceAction(mutation: Mutation<unknown, Error, unknown>): { deviceKey: string; action: DeviceManagerAction } | undefined {
  const variables = mutation.state.variables
  if (matchMutation(forgets, mutation) && typeof variables === 'string') return { deviceKey: variables, action: 'forget' }
  if (matchMutation(rememberChanges, mutation) && typeof variables === 'object' && variables !== null) {
    const { deviceKey, remembered } = variables as { deviceKey: string; remembered: boolean }
    return { deviceKey, action: remembered ? 'remember' : 'stop-remembering' }
  }
  return undefined
}

/**
 * Whether `deviceKey` is being forgotten, and the failure of its latest forget / remember write if
 * that write failed (a new attempt, pending, clears it). One subscription per row. A failure is shown
 * as long as TanStack keeps the mutation (`gcTime`, 5 minutes by default).
 */
export function useDeviceActionState(deviceKey: string): { isForgetting: boolean; failure: ActionFailure | undefined } {
  const writes = useMutationState({
    filters: { predicate: (mutation) => deviceAction(mutation)?.deviceKey === deviceKey },
    select: (mutation) => ({
      action: deviceAction(mutation)!.action,
      isPending: mutation.state.status === 'pending',
      state: mutation.state.status === 'error' ? classifyError(mutation.state.error) : undefined,
    }),
  })
  const isForgetting = writes.some((write) => write.action === 'forget' && write.isPending)
  const { action, state } = writes.at(-1) ?? {}
  const failure = useMemo(() => (action && state ? { action, state } : undefined), [action, state])
  return { isForgetting, failure }
}

/** The failure of the latest "forget all other devices", if it failed. */
export function useForgetOthersFailure(): ActionFailure | undefined {
  const writes = useMutationState({
    filters: forgetOthers,
    select: (mutation) => (mutation.state.status === 'error' ? classifyError(mutation.state.error) : undefined),
  })
  const state = writes.at(-1)
  return state ? { action: 'forget-others', state } : undefined
}
