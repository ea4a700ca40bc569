/**
 * Which user pool the demo talks to, from its `VITE_*` variables. Pure (no `import.meta`, no
 * `process`), so the browser app and `scripts/start.ts` make the same decision.
 *
 * - Nothing set: the local emulator (`us-east-1_Example`, its demo client, http://127.0.0.1:9229/).
 * - `VITE_USER_POOL_ID` set to another pool: that pool on Cognito's regional endpoint
 *   (`cognito-idp.<region>.amazonaws.com`, region from the id's prefix), unless
 *   `VITE_USER_POOL_ENDPOINT` says otherwise. The endpoint does NOT fall back to the emulator then:
 *   a real pool id sent to the emulator would only fail in a confusing way.
 * - `VITE_USER_POOL_ENDPOINT` set: that endpoint, whatever the pool.
 */
import { DEFAULT_CLIENT_ID, DEFAULT_USER_POOL_ID } from 'cognito-emulator'

export const EMULATOR_HOST = '127.0.0.1'
export const EMULATOR_PORT = 9229
export const EMULATOR_ENDPOINT = `http://${EMULATOR_HOST}:${EMULATOR_PORT}/`

export interface DemoEnv {
  readonly VITE_USER_POOL_ID?: string | undefined
  readonly VITE_USER_POOL_CLIENT_ID?: string | undefined
  readonly VITE_USER_POOL_ENDPOINT?: string | undefined
}

export interface PoolConfig {
  readonly userPoolId: string
  readonly userPoolClientId: string
  /** Undefined: Cognito's regional endpoint. */
  readonly userPoolEndpoint: string | undefined
  /** The endpoint is on this machine (an emulator): the sign-in page shows the demo credentials. */
  readonly usesLocalEmulator: boolean
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]']

function parseUrl(endpoint: string): URL | undefined {
  try {
    return new URL(endpoint)
  } catch {
    return undefined
  }
}

/** An http endpoint on this machine (any port). */
export function isLocalEndpoint(endpoint: string): boolean {
  const url = parseUrl(endpoint)
  return url !== undefined && url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname)
}

/** The endpoint `npm start`'s emulator serves: this machine, port 9229 (`localhost` counts; a trailing slash does not matter). */
export function isDefaultEmulatorEndpoint(endpoint: string): boolean {
  return isLocalEndpoint(endpoint) && Number(parseUrl(endpoint)?.port) === EMULATOR_PORT
}

export function resolvePoolConfig(env: DemoEnv): PoolConfig {
  const poolId = nonEmpty(env.VITE_USER_POOL_ID)
  const endpoint = nonEmpty(env.VITE_USER_POOL_ENDPOINT)
  const emulatorPool = poolId === undefined || poolId === DEFAULT_USER_POOL_ID
  const userPoolEndpoint = endpoint ?? (emulatorPool ? EMULATOR_ENDPOINT : undefined)
  return {
    userPoolId: poolId ?? DEFAULT_USER_POOL_ID,
    userPoolClientId: nonEmpty(env.VITE_USER_POOL_CLIENT_ID) ?? DEFAULT_CLIENT_ID,
    userPoolEndpoint,
    usesLocalEmulator: userPoolEndpoint !== undefined && isLocalEndpoint(userPoolEndpoint),
  }
}
