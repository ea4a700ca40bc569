import { Amplify } from 'aws-amplify'
import { resolvePoolConfig, type PoolConfig } from './poolConfig'

/** The pool this build talks to (VITE_* variables; the local emulator by default). */
export const poolConfig: PoolConfig = resolvePoolConfig(import.meta.env)

/** Amplify as a host app configures it: the user pool, its app client and (optionally) a custom endpoint. */
export function configureAmplify(): void {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: poolConfig.userPoolId,
        userPoolClientId: poolConfig.userPoolClientId,
        ...(poolConfig.userPoolEndpoint ? { userPoolEndpoint: poolConfig.userPoolEndpoint } : {}),
      },
    },
  })
}
