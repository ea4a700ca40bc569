import { QueryClient } from '@tanstack/react-query'
import type { SetupWorker } from 'msw/browser'
import { tokenDeviceApi, type TokenDeviceApi } from '../src/api/tokenDeviceApi'
import {
  cognitoHandlers,
  createCognitoEmulator,
  DEMO_USERS,
  type CognitoEmulator,
  type DirectSignInResult,
  type EmulatorSeed,
  type FaultTarget,
  type OperationFault,
  type UserFlags,
} from '../src/emulator'

/** Where the stories' kit sends its calls; MSW (the service worker) hands them to the emulator. */
export const STORY_ENDPOINT = 'https://cognito-idp.storybook.test/'

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
  /** ListDevices also lists not-remembered devices (Cognito lists only remembered ones). */
  listIncludesNotRemembered?: boolean
  /**
   * `'frozen'`: the emulator's clock stands still (it moves only by `advanceClockMs` or
   * `emulator.clock.advance`), so a throttle's one-second window holds however slow the machine is.
   */
  clock?: 'real' | 'frozen'
}

/** What the preview puts on the story context (`context.cognito`) for decorators, stories and play functions. */
export interface CognitoStoryContext {
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
 * through the story's MSW worker. A fresh QueryClient with retries off (as test clients should be).
 */
export async function startCognitoStory(msw: SetupWorker, parameters: CognitoStoryParameters = {}): Promise<CognitoStoryContext> {
  const emulator = createCognitoEmulator({
    ...(parameters.seed ? { seed: parameters.seed } : {}),
    ...(parameters.clock === 'frozen' ? { now: new Date() } : {}),
    listIncludesNotRemembered: parameters.listIncludesNotRemembered ?? false,
  })
  msw.use(...cognitoHandlers(emulator, { endpoint: STORY_ENDPOINT }))

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
  const api = tokenDeviceApi({ endpoint: STORY_ENDPOINT, getAccessToken: () => accessToken })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  return { emulator, api, queryClient, session, username }
}
