/**
 * A harder harness than test/support/mockCognito: a seeded emulator per test, every request MSW
 * sees recorded (URL, operation, body), optional connection drops in front of the emulator, and a
 * kit whose QueryClient keeps the kit's REAL retry policy (no `retry: false`).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { http, type HttpHandler } from 'msw'
import { setupServer } from 'msw/node'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { tokenDeviceApi } from '../../src/api/tokenDeviceApi'
import { DeviceErrorBoundary, type DeviceErrorBoundaryProps } from '../../src/boundary'
import { createCognitoEmulator, DEMO_USERS, type CognitoEmulator, type DirectSignInOptions, type OperationName } from 'cognito-emulator'
import { cognitoHandlers } from 'cognito-emulator/msw'
import { DeviceKitProvider } from '../../src/provider/DeviceKitProvider'

export const ENDPOINT = 'https://cognito-idp.hardening.test/'

/** A small seeded PRNG (mulberry32), so a failing fault run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface SeenRequest {
  readonly url: string
  readonly method: string
  readonly operation: string | undefined
  readonly headers: readonly (readonly [string, string])[]
  readonly body: string
}

/** Where a dropped connection breaks: before the emulator sees the call, or midway through its answer. */
export type DropMode = 'before' | 'midway'

export interface DropRule {
  readonly operation: OperationName
  readonly mode: DropMode
  /** Drop each call with this probability (drawn from the emulator's seeded random). Default 1. */
  readonly probability?: number
}

/** Totals across the file, for the report (nothing asserts on them). */
export const tally = { requests: 0, drops: 0 }

export function hardenedCognito() {
  const server = setupServer()
  const seen: SeenRequest[] = []
  const pendingReads: Promise<void>[] = []
  let current: CognitoEmulator | undefined
  let random = seededRandom(1)
  let drops: DropRule[] = []
  let dropped = 0

  server.events.on('request:start', ({ request }) => {
    const copy = request.clone()
    pendingReads.push(
      copy.text().then((body) => {
        const target = request.headers.get('x-amz-target') ?? undefined
        seen.push({
          url: request.url,
          method: request.method,
          operation: target?.replace('AWSCognitoIdentityProviderService.', ''),
          headers: [...request.headers.entries()],
          body,
        })
      }),
    )
  })

  const dropHandler: HttpHandler = http.post(ENDPOINT, async ({ request }) => {
    const operation = request.headers.get('x-amz-target')?.replace('AWSCognitoIdentityProviderService.', '')
    const rule = drops.find((candidate) => candidate.operation === operation)
    if (!rule || random() >= (rule.probability ?? 1)) return undefined // on to the emulator
    dropped += 1
    tally.drops += 1
    if (rule.mode === 'before') return Response.error()
    // The operation runs (its effect happens); the answer breaks off halfway.
    const answer = await emulator().handle(request)
    const text = await answer.text()
    const bytes = new TextEncoder().encode(text.slice(0, Math.ceil(text.length / 2)) || ' ')
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes)
        controller.error(new TypeError('terminated: other side closed'))
      },
    })
    return new Response(body, { status: answer.status, headers: answer.headers })
  })

  function emulator(): CognitoEmulator {
    if (!current) throw new Error('hardenedCognito: the emulator exists only inside a test')
    return current
  }

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    random = seededRandom(1)
    current = createCognitoEmulator({ random: () => random() })
    drops = []
    dropped = 0
    seen.length = 0
    server.use(dropHandler, ...cognitoHandlers(current, { endpoint: ENDPOINT }))
  })
  afterEach(async () => {
    await Promise.all(pendingReads.splice(0))
    tally.requests += seen.length
    server.resetHandlers()
  })
  afterAll(() => server.close())

  return {
    get emulator() {
      return emulator()
    },
    /** Reseed the faults' randomness (latency, probability, drops). */
    reseed(seed: number) {
      random = seededRandom(seed)
    },
    drop(rules: DropRule[]) {
      drops = rules
    },
    get dropped() {
      return dropped
    },
    /** Every request MSW saw so far, bodies read. */
    async requests(): Promise<readonly SeenRequest[]> {
      await Promise.all(pendingReads.splice(0))
      return [...seen]
    },
    /** Calls of one operation MSW saw, optionally only those for one DeviceKey. */
    async sent(operation: OperationName, deviceKey?: string): Promise<number> {
      const all = await this.requests()
      return all.filter((request) => {
        if (request.operation !== operation) return false
        if (deviceKey === undefined) return true
        try {
          return (JSON.parse(request.body) as { DeviceKey?: unknown }).DeviceKey === deviceKey
        } catch {
          return false
        }
      }).length
    },
  }
}

export interface KitOptions extends DirectSignInOptions {
  /** Wrap the children in a DeviceErrorBoundary with these props. */
  readonly boundary?: DeviceErrorBoundaryProps
}

/**
 * A signed-in host page: token-holding api, a QueryClient with the library defaults (so the kit's
 * own retry policy applies), the providers, and sign-out / switch-user controls.
 */
export async function realKit(emulator: CognitoEmulator, username: string = DEMO_USERS.demo, options: KitOptions = {}) {
  const { boundary, ...signInOptions } = options
  const session = await emulator.signIn(username, signInOptions)
  const tokens = { current: session as { accessToken: string; idToken: string; refreshToken: string } | undefined }
  const issued = [session]
  const api = tokenDeviceApi({ endpoint: ENDPOINT, getAccessToken: () => tokens.current?.accessToken })
  const queryClient = new QueryClient()
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <DeviceKitProvider api={api} locale="en">
        {boundary ? <DeviceErrorBoundary {...boundary}>{children}</DeviceErrorBoundary> : children}
      </DeviceKitProvider>
    </QueryClientProvider>
  )
  return {
    api,
    queryClient,
    wrapper,
    session,
    /** Every token string issued in this kit's life (for leak checks). */
    issued,
    async switchTo(nextUsername: string, nextOptions?: DirectSignInOptions) {
      const next = await emulator.signIn(nextUsername, nextOptions)
      issued.push(next)
      tokens.current = next
      api.notify('signed-in')
      return next
    },
    signOut() {
      tokens.current = undefined
      api.notify('signed-out')
    },
  }
}
