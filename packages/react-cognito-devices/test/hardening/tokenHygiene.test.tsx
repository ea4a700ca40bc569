import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { inspect } from 'node:util'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DeviceManager } from '../../src/connected'
import { DEMO_USERS } from 'cognito-emulator'
import type { DeviceErrorState } from '../../src/errors/classifyError'
import { useDevice } from '../../src/hooks/useDevice'
import { useDevices } from '../../src/hooks/useDevices'
import { useForgetDevice } from '../../src/hooks/useForgetDevice'
import { useSetDeviceRemembered } from '../../src/hooks/useSetDeviceRemembered'
import { tokenDeviceApi } from '../../src/api/tokenDeviceApi'
import { ENDPOINT, hardenedCognito, realKit } from './harness'

const cognito = hardenedCognito()

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed', 'assert', 'count', 'timeLog'] as const
let consoleText: string[] = []
const boundaryPayloads: { state: DeviceErrorState; error: unknown }[] = []
/** Scans run and characters searched, printed only when HARDENING_REPORT is set. */
const counts = { scans: 0, surfaces: 0, charactersSearched: 0, secrets: 0, leaks: 0 }

beforeEach(() => {
  consoleText = []
  boundaryPayloads.length = 0
  for (const method of CONSOLE_METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleText.push(inspect(args, { depth: 10, showHidden: true, breakLength: Infinity }))
    })
  }
})
afterEach(() => vi.restoreAllMocks())
afterAll(() => {
  if (process.env.HARDENING_REPORT) process.stdout.write(`hardening token hygiene ${JSON.stringify(counts)}\n`)
})

/** Every token string and the parts of it that identify it: whole, JWT payload and signature, and their prefixes. */
function secretsOf(tokens: readonly { accessToken: string; idToken: string; refreshToken: string }[], extra: readonly string[] = []): string[] {
  const secrets = new Set<string>()
  for (const token of [...tokens.flatMap((session) => [session.accessToken, session.idToken, session.refreshToken]), ...extra]) {
    if (!token) continue
    secrets.add(token)
    const parts = token.split('.')
    if (parts.length === 3) {
      secrets.add(parts[1]!) // the payload segment
      secrets.add(parts[2]!)
      // A truncated log line still identifies the token by its signature. (Not by a payload prefix:
      // that is only base64 of '{"sub":"<user id>"', which e.g. the emulator's pagination cursor shares.)
      secrets.add(parts[2]!.slice(0, 32))
    } else {
      secrets.add(token.slice(0, 24))
    }
  }
  return [...secrets]
}

function describeError(error: unknown): string {
  if (error === null || error === undefined) return ''
  const parts = [inspect(error, { depth: 10, showHidden: true, breakLength: Infinity })]
  if (error instanceof Error) {
    parts.push(error.message, String(error.stack), JSON.stringify(error))
    if (error.cause !== undefined) parts.push(describeError(error.cause))
  }
  return parts.join('\n')
}

/** Everything a token could leak into, as text, by surface. */
async function surfaces(kit: Awaited<ReturnType<typeof realKit>>): Promise<Record<string, string>> {
  const requests = await cognito.requests()
  const queries = kit.queryClient.getQueryCache().getAll()
  const mutations = kit.queryClient.getMutationCache().getAll()
  return {
    console: consoleText.join('\n'),
    dom: document.documentElement.outerHTML,
    urls: [...requests.map((request) => request.url), location.href].join('\n'),
    // Tokens travel in the JSON body only (as Cognito wants): never in a header.
    headers: requests.map((request) => JSON.stringify(request.headers)).join('\n'),
    errors: [
      ...queries.flatMap((query) => [describeError(query.state.error), describeError(query.state.fetchFailureReason)]),
      ...mutations.flatMap((mutation) => [describeError(mutation.state.error), describeError(mutation.state.failureReason)]),
    ].join('\n'),
    onError: boundaryPayloads.map((payload) => `${payload.state}\n${describeError(payload.error)}`).join('\n'),
    queryCache: JSON.stringify(queries.map((query) => ({ key: query.queryKey, data: query.state.data ?? null }))),
    mutationCache: JSON.stringify(mutations.map((mutation) => ({ key: mutation.options.mutationKey, variables: mutation.state.variables ?? null, data: mutation.state.data ?? null, context: mutation.state.context ?? null }))),
  }
}

async function expectNoTokenAnywhere(kit: Awaited<ReturnType<typeof realKit>>, extraSecrets: readonly string[] = []) {
  const secrets = secretsOf(kit.issued, extraSecrets)
  const found: string[] = []
  const bySurface = await surfaces(kit)
  for (const [surface, text] of Object.entries(bySurface)) {
    counts.surfaces += 1
    counts.charactersSearched += text.length
    for (const secret of secrets) if (text.includes(secret)) found.push(`${surface}: …${secret.slice(0, 12)}…`)
  }
  counts.scans += 1
  counts.secrets += secrets.length
  counts.leaks += found.length
  expect(found).toEqual([])
  expect(secrets.length).toBeGreaterThanOrEqual(7) // access + id + refresh, their parts: the check has something to find
  return bySurface
}

const boundary = { onError: (state: DeviceErrorState, error: unknown) => boundaryPayloads.push({ state, error }) }

describe('no token in console, DOM, URLs, headers, errors, onError payloads or the caches', { timeout: 60_000 }, () => {
  it('list, get, forget and remember', async () => {
    const emulator = cognito.emulator
    const kit = await realKit(emulator, DEMO_USERS.demo, { deviceKey: emulator.devices(DEMO_USERS.demo)[0]!.key, boundary })
    const [, second, third] = emulator.devices(DEMO_USERS.demo)
    const { result } = renderHook(
      () => ({ list: useDevices(), detail: useDevice(second!.key), forget: useForgetDevice(), remember: useSetDeviceRemembered() }),
      { wrapper: kit.wrapper },
    )
    await waitFor(() => expect(result.current.list.isSuccess && result.current.detail.isSuccess).toBe(true))
    await act(() => result.current.remember.mutateAsync({ deviceKey: second!.key, remembered: false }))
    await act(() => result.current.forget.mutateAsync(third!.key))
    await waitFor(() => expect(result.current.list.isFetching).toBe(false))

    const seen = await expectNoTokenAnywhere(kit)
    expect(seen.urls).not.toContain('AccessToken')
  })

  it('the full DeviceManager panel, then an expired token (NotAuthorized at the boundary)', async () => {
    const emulator = cognito.emulator
    const kit = await realKit(emulator, DEMO_USERS.demo)
    render(<DeviceManager onErrorState={boundary.onError} />, { wrapper: kit.wrapper })
    await screen.findAllByRole('article')
    await expectNoTokenAnywhere(kit)

    emulator.clock.advance((emulator.settings().accessTokenValiditySeconds + 5) * 1000)
    await act(() => kit.queryClient.refetchQueries())
    await screen.findByRole('heading', { name: /session has ended/i })

    expect(boundaryPayloads.map((payload) => payload.state)).toContain('signed-out')
    await expectNoTokenAnywhere(kit)
  })

  it.each([
    ['revoked token', 'ListDevices', { error: { name: 'NotAuthorizedException', message: 'Access Token has been revoked' } }],
    ['password reset required', 'ListDevices', { error: { name: 'PasswordResetRequiredException' } }],
    ['malformed body', 'GetDevice', { malformedBody: 'invalid-json' }],
    ['wrong-shape body', 'ListDevices', { malformedBody: 'wrong-shape' }],
    ['throttling', 'GetDevice', { error: { name: 'TooManyRequestsException' } }],
    ['internal error', 'ForgetDevice', { error: { name: 'InternalErrorException' } }],
  ] as const)('%s', async (_name, operation, fault) => {
    vi.spyOn(Math, 'random').mockReturnValue(0) // shortest throttling backoff
    const emulator = cognito.emulator
    const kit = await realKit(emulator, DEMO_USERS.demo, { boundary })
    const target = emulator.devices(DEMO_USERS.demo)[1]!.key
    emulator.faults.set(operation, fault)
    const { result } = renderHook(() => ({ list: useDevices(), detail: useDevice(target), forget: useForgetDevice() }), { wrapper: kit.wrapper })
    // Settled: both hooks have an answer, or the boundary took the panel (the hooks are then unmounted).
    await waitFor(() => expect(boundaryPayloads.length > 0 || (!result.current.list.isPending && !result.current.detail.isPending)).toBe(true), { timeout: 10_000 })
    if (operation === 'ForgetDevice' && boundaryPayloads.length === 0) {
      await act(async () => {
        await result.current.forget.mutateAsync(target).catch(() => undefined)
      })
    }

    await expectNoTokenAnywhere(kit)
  })

  it('connection dropped mid-answer (the error carries a cause)', async () => {
    cognito.drop([{ operation: 'ListDevices', mode: 'midway' }])
    const kit = await realKit(cognito.emulator, DEMO_USERS.demo, { boundary })
    const { result } = renderHook(() => useDevices(), { wrapper: kit.wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 10_000 })
    expect((result.current.error as Error).cause).toBeDefined()

    await expectNoTokenAnywhere(kit)
  })

  it('a forged token is refused without being echoed anywhere', async () => {
    const emulator = cognito.emulator
    const kit = await realKit(emulator, DEMO_USERS.demo, { boundary })
    const [header, payload, signature] = kit.session.accessToken.split('.') as [string, string, string]
    const forged = `${header}.${payload}.${signature.slice(0, -6)}AAAAAA`
    const forgedApi = tokenDeviceApi({ endpoint: ENDPOINT, getAccessToken: () => forged })
    const error = await forgedApi.listDevices().catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'NotAuthorizedException' })
    boundaryPayloads.push({ state: 'signed-out', error })

    await expectNoTokenAnywhere(kit, [forged, forged.split('.')[2]!])
    expect(describeError(error)).not.toContain(forged.split('.')[2]!.slice(0, 32))
  })

  it('switching users keeps both users’ tokens out of everything', async () => {
    const kit = await realKit(cognito.emulator, DEMO_USERS.demo, { boundary })
    render(<DeviceManager />, { wrapper: kit.wrapper })
    await screen.findAllByRole('article')
    act(() => kit.signOut())
    await act(() => kit.switchTo(DEMO_USERS.manyDevices))
    await waitFor(() => expect(screen.getAllByRole('article').length).toBeGreaterThanOrEqual(60))

    expect(kit.issued).toHaveLength(2)
    await expectNoTokenAnywhere(kit)
  })
})
