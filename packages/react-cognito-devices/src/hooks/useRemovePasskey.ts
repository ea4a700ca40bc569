import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query'
import type { PasskeyApi } from '../api/PasskeyApi'
import { passkeyKeys } from '../query/passkeyKeys'
import { passkeyMutations } from '../query/passkeyMutations'
import { useDeviceQueryContext } from './useDeviceSession'

const pendingRemovals = { mutationKey: passkeyKeys.remove(), status: 'pending' } as const

/**
 * Remove a passkey (DeleteWebAuthnCredential), optimistically: it leaves the list at once and comes
 * back if Cognito refuses. `pendingIds` lists the passkeys being removed.
 */
export function useRemovePasskey(api: PasskeyApi) {
  const { session } = useDeviceQueryContext()
  const mutation = useMutation(passkeyMutations.remove({ api, queryClient: useQueryClient(), session }))
  const pendingIds = useMutationState({ filters: pendingRemovals, select: (pending) => pending.state.variables as string })
  return { ...mutation, remove: mutation.mutate, pendingIds }
}
