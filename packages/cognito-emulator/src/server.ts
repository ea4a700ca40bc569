import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createCognitoEmulator, type CognitoEmulator, type CognitoEmulatorOptions } from './createCognitoEmulator.ts'
import { DEFAULT_MAX_BODY_BYTES } from './parseApiRequest.ts'
import { answerControl, CONTROL_PATHS } from './controlEndpoints.ts'

export interface EmulatorServerOptions extends CognitoEmulatorOptions {
  /** Default `127.0.0.1`. */
  readonly host?: string
  /** Default 9229; 0 picks a free port. */
  readonly port?: number
  /** Serve this emulator instead of creating one from the other options. */
  readonly emulator?: CognitoEmulator
}

export interface EmulatorServer {
  /** e.g. `http://127.0.0.1:9229` — the `endpoint` / `userPoolEndpoint` to configure clients with. */
  readonly url: string
  readonly emulator: CognitoEmulator
  /** Stops listening and drops open connections. */
  close(): Promise<void>
}

/** IPv4 clients show up as `::ffff:1.2.3.4` on a dual-stack socket; Cognito reports `1.2.3.4`. */
function clientIp(request: IncomingMessage): string {
  const address = request.socket.remoteAddress ?? '127.0.0.1'
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address
}

/** Reads at most `limit + 1` bytes: enough for the emulator to refuse an oversized body. */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    if (size > limit) continue
    chunks.push(chunk)
    size += chunk.length
  }
  return Buffer.concat(chunks).subarray(0, limit + 1)
}

async function toFetchRequest(request: IncomingMessage, limit: number): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const method = request.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD'
  return new Request(`http://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`, {
    method,
    headers,
    body: hasBody ? new Uint8Array(await readBody(request, limit)) : null,
  })
}

async function sendFetchResponse(response: Response, target: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const body = Buffer.from(await response.arrayBuffer())
  target.writeHead(response.status, { ...headers, 'content-length': String(body.length) })
  target.end(body)
}

/**
 * Serves a Cognito emulator over HTTP with node:http, passing each caller's IP as `last_ip_used`,
 * plus the emulator's own controls, `POST /_emulator/reset` and `/_emulator/faults` (controlEndpoints.ts).
 * Unless `issuer` is given, tokens name this server as their issuer, so the JWKS at
 * `<url>/<userPoolId>/.well-known/jwks.json` verifies them, also after a reset loads another pool.
 */
export async function startEmulatorServer(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  let emulator: CognitoEmulator | undefined = options.emulator
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const server = createServer((request, response) => {
    const serving = emulator
    if (!serving) {
      response.writeHead(503).end()
      return
    }
    const control = request.method === 'POST' && Object.values(CONTROL_PATHS).find((path) => path === request.url)
    toFetchRequest(request, limit)
      .then((fetchRequest) => (control ? answerControl(serving, control, fetchRequest) : serving.handle(fetchRequest, { sourceIp: clientIp(request) })))
      .then((fetchResponse) => sendFetchResponse(fetchResponse, response))
      .catch((error: unknown) => {
        console.error('emulator: failed to answer a request', error)
        if (!response.headersSent) response.writeHead(500)
        response.end()
      })
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 9229, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  // this server's URL and the pool's id, whichever seed a reset loads later
  emulator ??= createCognitoEmulator({ ...options, issuer: options.issuer ?? ((userPoolId) => `${url}/${userPoolId}`) })
  const serving = emulator
  return {
    url,
    emulator: serving,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
