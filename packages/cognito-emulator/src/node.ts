/**
 * The emulator for Node: everything of `./index` plus the HTTP server starter (node:http).
 * Kept apart so browser bundles of `./index` never pull Node modules in.
 */
export * from './index.ts'
export { startEmulatorServer } from './server.ts'
export type { EmulatorServer, EmulatorServerOptions } from './server.ts'
