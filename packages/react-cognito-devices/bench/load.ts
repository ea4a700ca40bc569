/**
 * A bounded local load test of the emulator's HTTP server (loopback only): `npx tsx bench/load.ts`.
 *
 * 2,000 requests, 50 at a time, against startEmulatorServer({ port: 0 }) on 127.0.0.1: device
 * reads and writes with a valid token, 5% injected InternalErrorException on GetDevice, bodies over
 * the size limit, garbage bodies and bad tokens. Passes (exit 0) when every answer is the one
 * expected, no 5xx appears but the injected ones, oversized bodies are refused with 413 and a clear
 * error, and the server still answers afterwards. Stops by itself; exits 1 on any failure.
 *
 * Options: --requests N (default 2000), --concurrency N (default 50).
 */
import { DEMO_USERS, startEmulatorServer } from 'cognito-emulator/node'

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`)
  return value
}

const TOTAL = argument('requests', 2000)
const CONCURRENCY = argument('concurrency', 50)
const MAX_BODY_BYTES = 64 * 1024
const DEADLINE_MS = 120_000
const TARGET = 'AWSCognitoIdentityProviderService.'

type Kind = 'list' | 'get' | 'remember' | 'oversized' | 'garbage' | 'bad-token'

interface Outcome {
  readonly kind: Kind
  readonly status: number
  readonly errorType: string | undefined
  readonly ms: number
  readonly problem?: string
}

// 2,000 requests from a handful of users is far past Cognito's per-user quotas (10 reads a second):
// this bench measures the server under load, not the quotas, so it turns them off explicitly.
const server = await startEmulatorServer({ host: '127.0.0.1', port: 0, maxBodyBytes: MAX_BODY_BYTES, throttling: false })
const deadlineAt = performance.now() + DEADLINE_MS
const { emulator, url } = server
if (!new URL(url).hostname.startsWith('127.')) throw new Error(`not loopback: ${url}`)

const username = DEMO_USERS.demo
const { accessToken } = await emulator.signIn(username, { deviceKey: emulator.devices(username)[0]!.key })
const keys = emulator.devices(username).map((device) => device.key)
emulator.faults.set('GetDevice', { error: { name: 'InternalErrorException', probability: 0.05 } })

function call(operation: string, body: string): Promise<Response> {
  return fetch(`${url}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${TARGET}${operation}` },
    body,
    // A signal of its own per request: fetch leaves a listener on the signal it is given, and 2,000
    // of them on one shared signal set off Node's MaxListenersExceededWarning.
    signal: AbortSignal.timeout(Math.max(1, Math.ceil(deadlineAt - performance.now()))),
  })
}

/** The i-th request of the run: mostly real calls, some hostile ones. */
function request(index: number): { kind: Kind; send: () => Promise<Response> } {
  const key = keys[index % keys.length]!
  switch (index % 20) {
    case 0:
      return { kind: 'oversized', send: () => call('ListDevices', JSON.stringify({ AccessToken: accessToken, Padding: 'x'.repeat(MAX_BODY_BYTES + 1024) })) }
    case 1:
      return { kind: 'garbage', send: () => call('GetDevice', '{"DeviceKey": [unterminated') }
    case 2:
      return { kind: 'bad-token', send: () => call('ListDevices', JSON.stringify({ AccessToken: `${accessToken.slice(0, -4)}AAAA` })) }
    case 3:
    case 4:
      return { kind: 'remember', send: () => call('UpdateDeviceStatus', JSON.stringify({ AccessToken: accessToken, DeviceKey: key, DeviceRememberedStatus: 'remembered' })) }
    case 5:
    case 6:
    case 7:
    case 8:
    case 9:
    case 10:
      return { kind: 'get', send: () => call('GetDevice', JSON.stringify({ AccessToken: accessToken, DeviceKey: key })) }
    default:
      return { kind: 'list', send: () => call('ListDevices', JSON.stringify({ AccessToken: accessToken, Limit: 60 })) }
  }
}

/** What each kind must answer. */
function check(kind: Kind, status: number, errorType: string | undefined, body: string): string | undefined {
  const expect = (ok: boolean, what: string) => (ok ? undefined : `${kind}: ${what} (got ${status} ${errorType ?? ''} ${body.slice(0, 120)})`)
  switch (kind) {
    case 'list':
    case 'remember':
      return expect(status === 200, 'expected 200')
    case 'get':
      return expect(status === 200 || (status === 500 && errorType === 'InternalErrorException'), 'expected 200 or the injected InternalErrorException')
    case 'oversized':
      return expect(status === 413 && errorType === 'RequestEntityTooLargeException' && body.includes(`${MAX_BODY_BYTES} bytes`), 'expected 413 RequestEntityTooLargeException naming the limit')
    case 'garbage':
      return expect(status === 400 && errorType === 'SerializationException', 'expected 400 SerializationException')
    case 'bad-token':
      return expect(status === 400 && errorType === 'NotAuthorizedException', 'expected 400 NotAuthorizedException')
  }
}

const outcomes: Outcome[] = []
let next = 0
const started = performance.now()

async function worker(): Promise<void> {
  while (next < TOTAL && performance.now() < deadlineAt) {
    const index = next++
    const { kind, send } = request(index)
    const begun = performance.now()
    try {
      const response = await send()
      const body = await response.text()
      const errorType = response.headers.get('x-amzn-errortype')?.replace(/:.*$/, '') || undefined
      const problem = check(kind, response.status, errorType, body)
      outcomes.push({ kind, status: response.status, errorType, ms: performance.now() - begun, ...(problem ? { problem } : {}) })
    } catch (error) {
      outcomes.push({ kind, status: 0, errorType: undefined, ms: performance.now() - begun, problem: `${kind}: no answer (${String(error)})` })
    }
  }
}

let failed = false
try {
  await Promise.all(Array.from({ length: CONCURRENCY }, () => worker()))
  const elapsed = performance.now() - started

  // Still standing: a plain call answers.
  const after = await call('ListDevices', JSON.stringify({ AccessToken: accessToken }))
  const stillAnswers = after.status === 200 && Array.isArray(((await after.json()) as { Devices?: unknown }).Devices)

  const problems = outcomes.filter((outcome) => outcome.problem)
  const serverErrors = outcomes.filter((outcome) => outcome.status >= 500 && outcome.errorType !== 'InternalErrorException')
  const injected = outcomes.filter((outcome) => outcome.errorType === 'InternalErrorException').length
  const latencies = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b)
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(1)
  const byKind = Object.fromEntries(
    (['list', 'get', 'remember', 'oversized', 'garbage', 'bad-token'] as const).map((kind) => [kind, outcomes.filter((outcome) => outcome.kind === kind).length]),
  )

  console.log(`emulator load: ${outcomes.length}/${TOTAL} requests, ${CONCURRENCY} concurrent, ${elapsed.toFixed(0)} ms (${((outcomes.length / elapsed) * 1000).toFixed(0)} req/s)`)
  console.log(`  by kind: ${JSON.stringify(byKind)}`)
  console.log(`  injected InternalErrorException: ${injected}; other 5xx: ${serverErrors.length}; unexpected answers: ${problems.length}`)
  console.log(`  latency ms p50 ${percentile(50)} p95 ${percentile(95)} p99 ${percentile(99)} max ${latencies.at(-1)?.toFixed(1)}`)
  console.log(`  server answers afterwards: ${stillAnswers}`)
  for (const problem of problems.slice(0, 10)) console.error(`  ${problem.problem}`)

  failed = outcomes.length !== TOTAL || problems.length > 0 || serverErrors.length > 0 || !stillAnswers || injected === 0
} catch (error) {
  console.error('emulator load: aborted', error)
  failed = true
} finally {
  await server.close()
}
if (failed) console.error('emulator load: FAILED')
process.exitCode = failed ? 1 : 0
