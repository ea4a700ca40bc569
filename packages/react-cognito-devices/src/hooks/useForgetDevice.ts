import { useMutation, useMutationState } from '@tanstack/react-query'
import { useCallback } from 'react'
import { deviceKeys } from '../query/deviceKeys'
import { deviceMutations } from '../query/deviceMutations'
import { useDeviceQueryContext } from './useDeviceSession'

const pendingForgets = { mutationKey: deviceKeys.forget(), status: 'pending' } as const

/**
 * Forget a device (Cognito ForgetDevice), optimistically. `forget(deviceKey)` does nothing while the
 * same device is already being forgotten, so a second click sends nothing. `pendingKeys` lists the
 * devices being forgotten, for disabling their buttons.
 */
export function useForgetDevice() {
  const context = useDeviceQueryContext()
  const { queryClient } = context
  const mutation = useMutation(deviceMutations.forget(context))
  const pendingKeys = useMutationState({ filters: pendingForgets, select: (pending) => pending.state.variables as string })

  const { mutate } = mutation
  const forget = useCallback(
    (deviceKey: string, options?: Parameters<typeof mutate>[1]) => {
      const alreadyPending = queryClient
        .getMutationCache()
        .findAll(pendingForgets)
        .some((pending) => pending.state.variables === deviceKey)
      if (!alreadyPending) mutate(deviceKey, options)
    },
    [mutate, queryClient],
  )
  return { ...mutation, forget, pendingKeys }
}
