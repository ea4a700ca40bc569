import { http, type HttpHandler } from 'msw'
import type { CognitoEmulator } from './createCognitoEmulator.ts'

export interface CognitoHandlersOptions {
  /** The `userPoolEndpoint` / SDK `endpoint` the app talks to, e.g. `https://cognito.test/`. */
  readonly endpoint: string
  /** Reported as the caller's IP (`last_ip_used`). Default: the emulator's default. */
  readonly sourceIp?: string
}

/**
 * MSW handlers that send every call to `endpoint` (the API's POST and its CORS preflight) and the
 * JWKS under it to the emulator. Works with `setupServer` (Node) and `setupWorker` (browser).
 */
export function cognitoHandlers(emulator: CognitoEmulator, options: CognitoHandlersOptions): HttpHandler[] {
  const base = new URL(options.endpoint)
  const root = `${base.origin}${base.pathname}`
  const wellKnown = `${base.origin}${base.pathname.replace(/\/$/, '')}/:userPoolId/.well-known/:document`
  const context = options.sourceIp === undefined ? {} : { sourceIp: options.sourceIp }
  const forward = ({ request }: { request: Request }) => emulator.handle(request, context)
  return [http.post(root, forward), http.options(root, forward), http.get(wellKnown, forward)]
}
