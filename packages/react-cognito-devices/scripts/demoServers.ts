/**
 * The demo's two servers: the Cognito emulator (default seed) and the demo's Vite dev server.
 * `npm start` (scripts/start.ts) and the e2e tests (test/e2e) both start them through `startDemo`.
 */
import { fileURLToPath } from 'node:url'
import { createServer, loadEnv, type LogLevel, type ViteDevServer } from 'vite'
import { resolvePoolConfig, isDefaultEmulatorEndpoint, EMULATOR_HOST, EMULATOR_PORT, type PoolConfig } from '../demo/src/poolConfig'
import { startEmulatorServer, type EmulatorServer, type EmulatorSeed } from 'cognito-emulator/node'

export const DEMO_ROOT = fileURLToPath(new URL('../demo/', import.meta.url))
const DEMO_CONFIG = fileURLToPath(new URL('../demo/vite.config.ts', import.meta.url))
const DEFAULT_DEMO_PORT = 5173

export type RememberDevices = 'always' | 'user-opt-in'

export interface StartDemoOptions {
  /** Interface both servers listen on. Default 127.0.0.1. */
  host?: string
  /** Default 9229; 0 picks a free port (the demo is then pointed at it). */
  emulatorPort?: number
  /** Default 5173, or the next free port after it; 0 picks a free port. */
  demoPort?: number
  /**
   * Run the emulator. Default: only when the demo's pool settings (VITE_* in the environment or
   * demo/.env*) lead to the local emulator's endpoint; a real pool (or another endpoint) skips it.
   */
  emulator?: boolean
  /** The emulator's seed. Default: the built-in demo seed. */
  seed?: EmulatorSeed
  /**
   * The emulator pool's device remembering: `always` (the default seed: remembered at ConfirmDevice)
   * or `user-opt-in` (DeviceOnlyRememberedOnUserPrompt: the demo asks "Remember this device?").
   */
  rememberDevices?: RememberDevices
  /** Watch files and hot-reload (default true). Tests turn it off so an edit elsewhere never reloads their page. */
  watch?: boolean
  /** Vite's log level. Default 'info'. */
  logLevel?: LogLevel
  /**
   * Vite's dependency cache. Default: demo/vite.config.ts's. The e2e tests use their own: under Vitest
   * NODE_ENV is 'test', which Vite hashes into the cache, so sharing one with a running `npm start`
   * would make each re-bundle the dependencies under the other.
   */
  cacheDir?: string
}

export interface DemoServers {
  /** The demo page, e.g. http://127.0.0.1:5173/ */
  readonly url: string
  /** Undefined when the demo talks to a real pool. */
  readonly emulator: EmulatorServer | undefined
  /** What the page is configured with. */
  readonly pool: PoolConfig
  readonly vite: ViteDevServer
  /** Stops both servers (the demo first, so no page talks to a closed emulator). */
  close(): Promise<void>
}

/** The demo's VITE_* settings as Vite will see them: the process environment over demo/.env files. */
export function demoEnv(mode = 'development'): Record<string, string> {
  return loadEnv(mode, DEMO_ROOT, 'VITE_')
}

/** Whether the demo, left to its VITE_* settings, talks to the emulator `npm start` runs (127.0.0.1:9229). */
export function needsLocalEmulator(pool: PoolConfig): boolean {
  return pool.userPoolEndpoint !== undefined && isDefaultEmulatorEndpoint(pool.userPoolEndpoint)
}

export async function startDemo(options: StartDemoOptions = {}): Promise<DemoServers> {
  const host = options.host ?? EMULATOR_HOST
  const configured = resolvePoolConfig(demoEnv())
  const runEmulator = options.emulator ?? needsLocalEmulator(configured)

  let emulator: EmulatorServer | undefined
  let pool = configured
  const define: Record<string, string> = {}
  if (runEmulator) {
    emulator = await startEmulatorServer({ host, port: options.emulatorPort ?? EMULATOR_PORT, ...(options.seed ? { seed: options.seed } : {}) })
    if (options.rememberDevices === 'user-opt-in') {
      emulator.emulator.configurePool({ deviceTracking: { challengeRequiredOnNewDevice: false, deviceOnlyRememberedOnUserPrompt: true } })
    }
    // The page talks to this emulator whatever the VITE_* settings say: it serves only its own pool.
    pool = { userPoolId: emulator.emulator.userPoolId, userPoolClientId: emulator.emulator.clientId, userPoolEndpoint: `${emulator.url}/`, usesLocalEmulator: true }
    define['import.meta.env.VITE_USER_POOL_ID'] = JSON.stringify(pool.userPoolId)
    define['import.meta.env.VITE_USER_POOL_CLIENT_ID'] = JSON.stringify(pool.userPoolClientId)
    define['import.meta.env.VITE_USER_POOL_ENDPOINT'] = JSON.stringify(pool.userPoolEndpoint)
  }

  let vite: ViteDevServer | undefined
  try {
    const watch = options.watch ?? true
    vite = await createServer({
      configFile: DEMO_CONFIG,
      mode: 'development',
      clearScreen: false,
      logLevel: options.logLevel ?? 'info',
      define,
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      server: {
        host,
        port: options.demoPort ?? DEFAULT_DEMO_PORT,
        strictPort: false,
        ...(watch ? {} : { hmr: false, watch: null }),
      },
    })
    await vite.listen()
    const url = vite.resolvedUrls?.local[0]
    if (!url) throw new Error('The demo server started but reports no local URL.')
    const servers = vite
    let closed: Promise<void> | undefined
    return {
      url,
      emulator,
      pool,
      vite: servers,
      close: () =>
        (closed ??= (async () => {
          await servers.close()
          await emulator?.close()
        })()),
    }
  } catch (error) {
    await vite?.close().catch(() => undefined)
    await emulator?.close().catch(() => undefined)
    throw error
  }
}
