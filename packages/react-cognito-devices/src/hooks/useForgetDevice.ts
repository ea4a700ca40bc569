import { useMutation, useMutationState, useQueryClient, type MutateOptions, type UseMutationResult } from '@tanstack/react-query'
import { useCallback } from 'react'
import { deviceMutations } from '../query/deviceMutations'
import { forgetWrites } from '../query/deviceWrites'
import type { DeviceMutationSnapshot } from '../query/optimisticWrites'
import { useDeviceQueryContext } from './useDeviceSession'
import { withFields } from './withFields'

/** What `useForgetDevice()` gives: TanStack's mutation result, plus `forget` and `pendingKeys`. */
export type UseForgetDeviceResult = UseMutationResult<void, Error, string, DeviceMutationSnapshot> & {
  /** `mutate(deviceKey, options)`, but nothing is sent while the same device is already being forgotten. */
  readonly forget: (deviceKey: string, options?: MutateOptions<void, Error, string, DeviceMutationSnapshot>) => void
  /** The devices being forgotten (by any component), for disabling their buttons. */
  readonly pendingKeys: string[]
}

// Forgets only, whose variables are their device key (deviceMutations.forget): read as they are.
const pendingForgets = forgetWrites('pending')

/**
 * Forget a device (Cognito ForgetDevice), optimistically. `forget(deviceKey)` does nothing while the
 * same device is already being forgotten, so a second click sends nothing. `pendingKeys` lists the
 * devices being forgotten, for disabling their buttons.
 */
export function useForgetDevice(): UseForgetDeviceResult {
  const queryClient = useQueryClient()
  const mutation = useMutation(deviceMutations.forget(useDeviceQueryContext()))
  const pendingKeys = useMutationState({ filters: pendingForgets, select: (pending) => pending.state.variables as string })
  const { mutate } = mutation
  const forget = useCallback(
    (deviceKey: string, options?: MutateOptions<void, Error, string, DeviceMutationSnapshot>) => {
      const alreadyPending = queryClient
        .getMutationCache()
        .findAll(pendingForgets)
        .some((pending) => pending.state.variables === deviceKey)
      if (!alreadyPending) mutate(deviceKey, options)
    },
    [mutate, queryClient],
  )
  return withFields(mutation, { forget, pendingKeys })
}
