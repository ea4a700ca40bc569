import type { StoredUser } from './poolState.ts'
import { createPasswordVerifier, srpPoolName, type PasswordVerifier } from './srp.ts'

/** One verifier per user, remembered with what it was computed from (a changed password recomputes). */
const cache = new WeakMap<StoredUser, { readonly source: string; readonly verifier: Promise<PasswordVerifier> }>()

/**
 * The SRP salt and verifier Cognito would hold for the user's password: computed on the user's
 * first USER_SRP_AUTH sign-in (a few ms of big-number work), never at seed load, then cached.
 * The SRP user id is the canonical username, which the challenge sends as USER_ID_FOR_SRP.
 */
export function userSrpVerifier(user: StoredUser, userPoolId: string): Promise<PasswordVerifier> {
  const poolName = srpPoolName(userPoolId)
  const source = JSON.stringify([poolName, user.username, user.password])
  const cached = cache.get(user)
  if (cached?.source === source) return cached.verifier
  const verifier = createPasswordVerifier({ poolName, userId: user.username, password: user.password })
  cache.set(user, { source, verifier })
  return verifier
}
