import type { UseMutationOptions } from '@tanstack/react-query'
import { createPasskey } from '../api/browserPasskey'
import { throwsToBoundary } from './errorHandling'
import { passkeyKeys } from './passkeyKeys'
import type { PasskeyListData, PasskeyQueryContext } from './passkeyQueries'

/** How an add ended: `cancelled` when the user closed the browser's prompt (nothing changed, nothing to say). */
export type AddPasskeyResult = 'added' | 'cancelled'

/** What a removal keeps to roll back (the context its `onMutate` returns). */
export interface RemovePasskeySnapshot {
  readonly list: PasskeyListData | undefined
}

export const passkeyMutations = {
  /**
   * StartWebAuthnRegistration, the browser's prompt with Cognito's options, then
   * CompleteWebAuthnRegistration. Pending until the list was fetched again, so the new passkey is
   * never shown before Cognito confirmed it, nor "added" before it is listed.
   */
  add: ({ api, queryClient, session }: PasskeyQueryContext): UseMutationOptions<AddPasskeyResult, Error, void> => ({
    mutationKey: passkeyKeys.add(),
    mutationFn: async () => {
      const options = await api.startPasskeyRegistration()
      const credential = await createPasskey(options)
      if (!credential) return 'cancelled'
      await api.completePasskeyRegistration(credential)
      return 'added'
    },
    // A retry would open the browser's prompt again without the user asking.
    retry: false,
    onSuccess: (result) => (result === 'added' ? queryClient.invalidateQueries({ queryKey: passkeyKeys.list(session?.userId ?? '') }) : undefined),
    throwOnError: throwsToBoundary,
  }),

  /** DeleteWebAuthnCredential: the passkey leaves the list at once; a failure puts it back (TanStack's optimistic-updates guide). */
  remove: ({ api, queryClient, session }: PasskeyQueryContext): UseMutationOptions<void, Error, string, RemovePasskeySnapshot> => {
    const listKey = passkeyKeys.list(session?.userId ?? '')
    return {
      mutationKey: passkeyKeys.remove(),
      mutationFn: (credentialId) => api.deletePasskey(credentialId),
      retry: false,
      onMutate: async (credentialId) => {
        await queryClient.cancelQueries({ queryKey: listKey })
        const list = queryClient.getQueryData<PasskeyListData>(listKey)
        queryClient.setQueryData<PasskeyListData>(
          listKey,
          (current) =>
            current && { ...current, pages: current.pages.map((page) => ({ ...page, passkeys: page.passkeys.filter((passkey) => passkey.id !== credentialId) })) },
        )
        return { list }
      },
      onError: (_error, _credentialId, snapshot) => {
        if (snapshot?.list) queryClient.setQueryData(listKey, snapshot.list)
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: listKey }),
      throwOnError: throwsToBoundary,
    }
  },
}
