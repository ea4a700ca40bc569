/**
 * What each part reads about the panel's writes, straight from TanStack Query's mutation cache
 * (`useMutationState`): no store of our own. A row re-renders only when its own
 * device's state changes, as each hook compares what it selected.
 */
import { useMutationState } from '@tanstack/react-query'
import { useMemo } from 'react'
import { classifyError } from '../../errors/classifyError'
import { deviceKeys } from '../../query/deviceKeys'
import { deviceWriteOf } from '../../query/deviceWrites'
import type { ActionFailure } from './types'

const forgetOthers = { mutationKey: deviceKeys.forgetOthers() }

/**
 * Whether `deviceKey` is being forgotten, and the failure of its latest forget / remember write if
 * that write failed (a new attempt, pending, clears it). One subscription per row. A failure is shown
 * as long as TanStack keeps the mutation (`gcTime`, 5 minutes by default).
 */
export function useDeviceActionState(deviceKey: string): { isForgetting: boolean; failure: ActionFailure | undefined } {
  const writes = useMutationState({
    filters: { predicate: (mutation) => deviceWriteOf(mutation)?.deviceKey === deviceKey },
    select: (mutation) => {
      const { action, status, error } = deviceWriteOf(mutation)!
      return { action, isPending: status === 'pending', state: status === 'error' ? classifyError(error) : undefined }
    },
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
