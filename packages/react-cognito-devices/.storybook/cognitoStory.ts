import { QueryClient } from '@tanstack/react-query'
import { getResponse, http, isCommonAssetRequest, type RequestHandler } from 'msw'
import { setupWorker } from 'msw/browser'
import { tokenDeviceApi, type TokenDeviceApi } from '../src/api/tokenDeviceApi'
import {
  createCognitoEmulator,
  DEMO_USERS,
  type CognitoEmulator,
  type DirectSignInResult,
  type EmulatorSeed,
  type FaultTarget,
  type OperationFault,
  type UserFlags,
} from 'cognito-emulator'
import { cognitoHandlers } from 'cognito-emulator/msw'

/** Where the stories' kit sends its calls; MSW (the service worker) hands them to the emulator. */
const STORY_ORIGIN = 'https://cognito-idp.storybook.test'

/**
 * A docs page renders several stories at once on one MSW worker, so each story's emulator gets an
 * endpoint of its own: with a shared one, the last story's handlers would answer every story's
 * calls (and refuse the tokens the other emulators issued).
 */
let storyCount = 0
function storyEndpoint(storyId: string): string {
  storyCount += 1
  return `${STORY_ORIGIN}/${encodeURIComponent(storyId)}/${storyCount}/`
}

/** Each live story's `cognitoHandlers(emulator, { endpoint })`, by endpoint. */
const storyHandlers = new Map<string, RequestHandler[]>()

/**
 * The one handler the worker starts with: it hands a call to the handlers of the story whose
 * endpoint it names. Being an initial handler it survives the handler reset msw-storybook-addon
 * does before each story, which on a docs page (several stories rendering at once) would
 * otherwise drop the handlers of the stories rendered before.
 */
const storyRouter = http.all(`${STORY_ORIGIN}/*`, async ({ request }) => {
  const [, storyId, count] = new URL(request.url).pathname.split('/')
  const handlers = storyHandlers.get(`${STORY_ORIGIN}/${storyId}/${count}/`)
  return handlers ? getResponse(handlers, request) : undefined
})

/** The MSW worker for `mswLoader` (created once): the story router, quiet, warning on unknown requests. */
export async function setupStoryWorker() {
  const worker = setupWorker(storyRouter)
  await worker.start({
    quiet: true,
    onUnhandledRequest(request, print) {
      if (isCommonAssetRequest(request) || new URL(request.url).origin === location.origin) return
      print.warning()
    },
  })
  return worker
}

/**
 * What a story asks of the emulated user pool (`parameters.cognito`). Everything is optional: the
 * default is the demo user of the default seed, signed in on their first device, with no faults.
 */
export interface CognitoStoryParameters {
  /** Who is signed in (a username of the seed), or `null` for nobody (the kit sees no session). */
  user?: string | null
  /** Replaces the default seed. */
  seed?: EmulatorSeed
  /**
   * Which device this browser signed in with: a key of the user's, `'first'` (default: their first
   * device, or a new one when they have none) or `'new'` (a new device is created, as a sign-in
   * from a new browser would).
   */
  thisDevice?: string
  /** Faults per operation (or `'*'`), set after sign-in. */
  faults?: Partial<Record<FaultTarget, OperationFault>>
  /** User flags set after sign-in: the next call is refused as Cognito would refuse it. */
  userFlags?: UserFlags
  /** Move the emulator's clock this far after sign-in (past 3 600 000 the access token has expired). */
  advanceClockMs?: number
  /** NOT Cognito: ListDevices also lists not-remembered devices (Cognito lists only remembered ones). */
  listIncludesNotRemembered?: boolean
  /**
   * NOT Cognito: user-side answers carry `dev:device_remembered_status` and GetDevice answers
   * not-remembered devices (the emulator option `rememberedStatusInUserAnswers`), for stories that
   * show the kit's remembered badge and toggle until the kit stops reading that attribute.
   */
  rememberedStatusInUserAnswers?: boolean
  /**
   * `'frozen'`: the emulator's clock stands still (it moves only by `advanceClockMs` or
   * `emulator.clock.advance`), so a throttle's one-second window holds however slow the machine is.
   */
  clock?: 'real' | 'frozen'
}

/** What the preview puts on the story context (`context.cognito`) for decorators, stories and play functions. */
export interface CognitoStoryContext {
  /** This story's Cognito endpoint (MSW sends it to `emulator`). */
  endpoint: string
  emulator: CognitoEmulator
  api: TokenDeviceApi
  queryClient: QueryClient
  /** The signed-in user's session, or undefined when the story signs nobody in. */
  session: DirectSignInResult | undefined
  username: string | undefined
}

declare module 'storybook/internal/csf' {
  interface Parameters {
    cognito?: CognitoStoryParameters
  }
  interface StoryContext {
    cognito?: CognitoStoryContext
  }
}

/**
 * One emulator per story: seeded, signed in and faulted as the story's parameters say, and served
 * through MSW (`cognitoHandlers`, as a host's tests use it) at an endpoint of the story's own.
 * A fresh QueryClient with retries off (as test clients should be). Call `stop` when the story ends.
 */
export async function startCognitoStory(
  storyId: string,
  parameters: CognitoStoryParameters = {},
): Promise<CognitoStoryContext & { stop: () => void }> {
  const endpoint = storyEndpoint(storyId)
  const emulator = createCognitoEmulator({
    ...(parameters.seed ? { seed: parameters.seed } : {}),
    ...(parameters.clock === 'frozen' ? { now: new Date() } : {}),
    listIncludesNotRemembered: parameters.listIncludesNotRemembered ?? false,
    rememberedStatusInUserAnswers: parameters.rememberedStatusInUserAnswers ?? false,
  })
  storyHandlers.set(endpoint, cognitoHandlers(emulator, { endpoint }))

  const username = parameters.user === null ? undefined : (parameters.user ?? DEMO_USERS.demo)
  let session: DirectSignInResult | undefined
  if (username) {
    const thisDevice = parameters.thisDevice ?? 'first'
    const deviceKey = thisDevice === 'new' ? undefined : thisDevice === 'first' ? emulator.devices(username)[0]?.key : thisDevice
    session = await emulator.signIn(username, deviceKey ? { deviceKey } : {})
  }
  for (const [target, fault] of Object.entries(parameters.faults ?? {})) {
    if (fault) emulator.faults.set(target as FaultTarget, fault)
  }
  if (username && parameters.userFlags) emulator.setUserFlags(username, parameters.userFlags)
  if (parameters.advanceClockMs) emulator.clock.advance(parameters.advanceClockMs)

  const accessToken = session?.accessToken
  const api = tokenDeviceApi({ endpoint, getAccessToken: () => accessToken })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  const stop = () => {
    storyHandlers.delete(endpoint)
    queryClient.clear()
  }
  return { endpoint, emulator, api, queryClient, session, username, stop }
}
