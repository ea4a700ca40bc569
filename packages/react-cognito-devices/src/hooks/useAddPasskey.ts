import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PasskeyApi } from '../api/PasskeyApi'
import { passkeyMutations } from '../query/passkeyMutations'
import { useDeviceQueryContext } from './useDeviceSession'

/**
 * Add a passkey: `add()` asks Cognito for the options, opens the browser's prompt and sends the new
 * passkey back. `data` is `'cancelled'` when the user closed the prompt (no error, nothing changed).
 * Stays pending until the list shows the new passkey.
 */
export function useAddPasskey(api: PasskeyApi) {
  const { session } = useDeviceQueryContext()
  const mutation = useMutation(passkeyMutations.add({ api, queryClient: useQueryClient(), session }))
  return { ...mutation, add: mutation.mutate }
}
