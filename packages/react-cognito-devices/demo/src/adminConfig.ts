/**
 * The IAM credentials the demo's Admin page signs with, from its `VITE_ADMIN_*` variables. Pure (no
 * `import.meta`), like poolConfig.ts.
 *
 * - `VITE_ADMIN_ACCESS_KEY_ID` and `VITE_ADMIN_SECRET_ACCESS_KEY` (and `VITE_ADMIN_SESSION_TOKEN` for
 *   temporary credentials) set: those. For trying the page against a test pool only: anything in a
 *   `VITE_*` variable is compiled into the page for anyone to read. Never commit them.
 * - Not set, on the local emulator: the emulator's fake `DEMO_IAM_CREDENTIALS`.
 * - Not set, on a real pool: none; the page says how to get some.
 */
import type { AwsCredentials } from '../../src/admin'
import { DEMO_IAM_CREDENTIALS } from 'cognito-emulator'
import type { PoolConfig } from './poolConfig'

export interface AdminEnv {
  readonly VITE_ADMIN_ACCESS_KEY_ID?: string | undefined
  readonly VITE_ADMIN_SECRET_ACCESS_KEY?: string | undefined
  readonly VITE_ADMIN_SESSION_TOKEN?: string | undefined
}

export type AdminCredentialsSource = 'environment' | 'emulator'

export function resolveAdminCredentials(env: AdminEnv, pool: PoolConfig): { credentials: AwsCredentials; source: AdminCredentialsSource } | undefined {
  const accessKeyId = env.VITE_ADMIN_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.VITE_ADMIN_SECRET_ACCESS_KEY?.trim()
  if (accessKeyId && secretAccessKey) {
    const sessionToken = env.VITE_ADMIN_SESSION_TOKEN?.trim() || undefined
    return { credentials: { accessKeyId, secretAccessKey, sessionToken }, source: 'environment' }
  }
  return pool.usesLocalEmulator ? { credentials: DEMO_IAM_CREDENTIALS, source: 'emulator' } : undefined
}
