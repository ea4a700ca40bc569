import type { JWK } from 'jose'
import { ServiceError } from './ServiceError.ts'
import { answerApi } from './answerApi.ts'
import { createClock, type EmulatorClock } from './clock.ts'
import { defaultSeed } from './defaultSeed.ts'
import { toDeviceType, type WireDeviceType } from './deviceType.ts'
import { directSignIn, type DirectSignInOptions, type DirectSignInResult } from './directSignIn.ts'
import { FaultInjector, type FaultControl } from './faults.ts'
import type { OperationContext } from './OperationContext.ts'
import type { OperationName } from './operationNames.ts'
import { DEFAULT_MAX_BODY_BYTES } from './parseApiRequest.ts'
import { PoolState, type PoolSettings } from './poolState.ts'
import { RequestLog, type RecordedRequest } from './requestLog.ts'
import type { EmulatorSeed, SeedDevice, SeedThrottling } from './seedTypes.ts'
import { createSigningKey, type SigningKey } from './signingKey.ts'
import { Throttle, resolveThrottling } from './throttling.ts'
import { TokenService } from './tokens.ts'
import { validateSeed } from './validateSeed.ts'
import { errorResponse, preflightResponse } from './wireResponse.ts'

export type { DirectSignInOptions, DirectSignInResult } from './directSignIn.ts'

export interface CognitoEmulatorOptions {
  /** Validated on load (throws SeedValidationError). Default: `defaultSeed()`. */
  readonly seed?: EmulatorSeed
  /** Freeze the clock at this time (it then moves only through `clock.advance/set`). Default: real time. */
  readonly now?: Date
  /**
   * The `iss` claim, or how to make it from the pool id (which a loaded seed may change).
   * Default `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`.
   */
  readonly issuer?: string | ((userPoolId: string) => string)
  /**
   * NOT Cognito: user-side ListDevices also lists `not_remembered` devices (Cognito lists only
   * remembered ones; AdminListDevices shows them all). Kept for hosts' tests written against it.
   * Default false.
   */
  readonly listIncludesNotRemembered?: boolean
  /**
   * Overrides the seed's `userPool.throttling` (here and on every `load`): `false` turns the quotas
   * off, an object tunes them. Default: the seed's, i.e. Cognito's default quotas.
   */
  readonly throttling?: SeedThrottling | false
  /**
   * NOT Cognito: the emulator's answers before it followed captured Cognito. User-side GetDevice and
   * ListDevices add `dev:device_remembered_status`, and GetDevice answers a `not_remembered` device
   * instead of ResourceNotFoundException. Only for tests of kit mechanics that still need a
   * `remembered` value from the user-side answers. Default false.
   */
  readonly rememberedStatusInUserAnswers?: boolean
  /** `last_ip_used` when `handle` is not told the caller's IP (MSW). Default `127.0.0.1`. */
  readonly defaultSourceIp?: string
  /** Larger request bodies are refused with 413. Default 1 MiB. */
  readonly maxBodyBytes?: number
  /** Randomness for faults (probability, random latency). Default `Math.random`. */
  readonly random?: () => number
}

export interface HandleContext {
  /** The caller's IP address, stored as the device's `last_ip_used`. */
  readonly sourceIp?: string
}

export interface UserFlags {
  readonly disabled?: boolean
  readonly unconfirmed?: boolean
  readonly passwordResetRequired?: boolean
}

/** A device as the emulator holds it (a snapshot; changing it changes nothing). */
export interface EmulatedDevice {
  readonly key: string
  readonly name: string | undefined
  readonly remembered: boolean
  /** False between the sign-in that issued NewDeviceMetadata and ConfirmDevice. */
  readonly confirmed: boolean
  readonly lastIpUsed: string | undefined
  readonly createdAt: Date
  readonly lastModifiedAt: Date
  readonly lastAuthenticatedAt: Date
  /** What GetDevice answers for it (when remembered: GetDevice of a `not_remembered` device is ResourceNotFoundException). */
  readonly wire: WireDeviceType
  /** What AdminGetDevice answers for it (with the `dev:*` attributes). */
  readonly adminWire: WireDeviceType
}

export interface CognitoEmulator {
  /** Answers one request exactly as Cognito's endpoint would (CORS, errors, JWKS included). */
  handle(request: Request, context?: HandleContext): Promise<Response>
  readonly userPoolId: string
  readonly region: string
  /** The first app client's id. */
  readonly clientId: string
  /** The `iss` claim of issued tokens. */
  readonly issuer: string
  readonly clock: EmulatorClock
  readonly faults: FaultControl
  /** How many calls of `operation` (or of all operations) arrived since the last `resetCalls`. */
  calls(operation?: OperationName): number
  requests(): readonly RecordedRequest[]
  resetCalls(): void
  /** Replaces every user, device, token and setting with the seed's (validated). Keys, clock, faults and the log stay. */
  load(seed: EmulatorSeed): void
  /**
   * Back to the seed it was created or last loaded with, between test runs: users, devices, tokens
   * and settings reloaded, faults cleared, request log and quota counts emptied. Keys and clock stay.
   */
  reset(): void
  /** The user pool's settings after defaults. */
  settings(): PoolSettings
  /** Changes pool settings at run time, e.g. `{ deviceTracking: false }`. */
  configurePool(changes: Partial<Omit<PoolSettings, 'id' | 'region'>>): void
  /** NOT Cognito: user-side ListDevices also lists `not_remembered` devices (see the option). */
  listIncludesNotRemembered: boolean
  /** NOT Cognito: user-side answers show the remembered status (see the option). */
  rememberedStatusInUserAnswers: boolean
  setUserFlags(username: string, flags: UserFlags): void
  /** Adds devices to a user (e.g. `generateDevices(600)`), after the existing ones. */
  addDevices(username: string, devices: readonly SeedDevice[]): void
  /** The user's devices in list order, whatever their remembered state. */
  devices(username: string): EmulatedDevice[]
  /**
   * Tokens for a user without a password or a client, bypassing faults, flags and the request log.
   * With device tracking on it creates (and confirms) a device unless `deviceKey` names one.
   */
  signIn(username: string, options?: DirectSignInOptions): Promise<DirectSignInResult>
  /** The public keys tokens are signed with (what `/<userPoolId>/.well-known/jwks.json` serves). */
  jwks(): Promise<{ keys: JWK[] }>
}

/**
 * A local Amazon Cognito user pool: `handle(Request) -> Response` plus the controls tests and
 * stories need. Uses only Fetch API types, WebCrypto and jose, so it runs in Node and browsers.
 */
export function createCognitoEmulator(options: CognitoEmulatorOptions = {}): CognitoEmulator {
  const clock = createClock(options.now)
  const newState = (seed: EmulatorSeed) => {
    const loaded = new PoolState(validateSeed(seed), clock.now())
    if (options.throttling !== undefined) loaded.settings = { ...loaded.settings, throttling: resolveThrottling(options.throttling) }
    return loaded
  }
  let seed = options.seed ?? defaultSeed(clock.now())
  let state = newState(seed)
  const throttle = new Throttle()
  const issuer = () => {
    const { id, region } = state.settings
    if (typeof options.issuer === 'function') return options.issuer(id)
    return options.issuer ?? `https://cognito-idp.${region}.amazonaws.com/${id}`
  }
  let signingKey: Promise<SigningKey> | undefined
  const getSigningKey = () => (signingKey ??= createSigningKey())
  const tokens = new TokenService(getSigningKey, issuer, () => state.settings)
  const faults = new FaultInjector(options.random ?? Math.random)
  const log = new RequestLog()
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES

  const contextFor = (sourceIp: string): OperationContext => ({
    state,
    tokens,
    now: clock.now(),
    sourceIp,
    listIncludesNotRemembered: emulator.listIncludesNotRemembered,
    rememberedStatusInUserAnswers: emulator.rememberedStatusInUserAnswers,
  })

  const jwks = async () => ({ keys: [(await getSigningKey()).publicJwk] })

  async function answerGet(request: Request, requestId: string): Promise<Response> {
    const path = new URL(request.url).pathname
    const headers = { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'x-amzn-RequestId': requestId }
    if (path.endsWith(`/${state.settings.id}/.well-known/jwks.json`)) return new Response(JSON.stringify(await jwks()), { headers })
    if (path.endsWith(`/${state.settings.id}/.well-known/openid-configuration`)) {
      const body = { issuer: issuer(), jwks_uri: `${issuer()}/.well-known/jwks.json`, id_token_signing_alg_values_supported: ['RS256'] }
      return new Response(JSON.stringify(body), { headers })
    }
    return errorResponse(new ServiceError('UnknownOperationException', ''), requestId)
  }

  const emulator: CognitoEmulator = {
    async handle(request, context = {}) {
      const requestId = crypto.randomUUID()
      if (request.method === 'OPTIONS') return preflightResponse(request, requestId)
      if (request.method === 'GET' || request.method === 'HEAD') return answerGet(request, requestId)
      if (request.method !== 'POST') return errorResponse(new ServiceError('UnknownOperationException', ''), requestId)
      const deps = { clock, faults, log, throttle, maxBodyBytes, contextFor }
      return answerApi(request, context.sourceIp ?? options.defaultSourceIp ?? '127.0.0.1', requestId, deps)
    },
    get userPoolId() {
      return state.settings.id
    },
    get region() {
      return state.settings.region
    },
    get clientId() {
      const first = state.clients.keys().next()
      return first.done ? '' : first.value
    },
    get issuer() {
      return issuer()
    },
    clock,
    faults,
    calls: (operation) => log.count(operation),
    requests: () => log.all(),
    resetCalls: () => log.reset(),
    load(next) {
      state = newState(next)
      seed = next
      throttle.reset()
    },
    reset() {
      state = newState(seed)
      throttle.reset()
      faults.clear()
      log.reset()
    },
    settings: () => state.settings,
    configurePool(changes) {
      state.settings = { ...state.settings, ...changes }
    },
    listIncludesNotRemembered: options.listIncludesNotRemembered ?? false,
    rememberedStatusInUserAnswers: options.rememberedStatusInUserAnswers ?? false,
    setUserFlags(username, flags) {
      const user = state.findUser(username)
      if (!user) throw new Error(`No user ${username} in the emulator`)
      if (flags.disabled !== undefined) user.disabled = flags.disabled
      if (flags.unconfirmed !== undefined) user.unconfirmed = flags.unconfirmed
      if (flags.passwordResetRequired !== undefined) user.passwordResetRequired = flags.passwordResetRequired
    },
    addDevices(username, devices) {
      if (!state.findUser(username)) throw new Error(`No user ${username} in the emulator`)
      validateSeed({ users: [{ username, password: 'x', devices }] })
      for (const device of devices) {
        if (device.key && state.findDevice(device.key)) throw new Error(`Device ${device.key} already exists`)
        state.addSeedDevice(username, device, clock.now())
      }
    },
    devices(username) {
      const user = state.findUser(username)
      if (!user) throw new Error(`No user ${username} in the emulator`)
      const owner = { region: state.settings.region, accountId: state.settings.accountId, userPoolId: state.settings.id, username: user.username }
      return state.devicesOf(username).map((device) => ({
        key: device.key,
        name: device.name,
        remembered: device.remembered,
        confirmed: device.confirmed,
        lastIpUsed: device.lastIpUsed,
        createdAt: device.createdAt,
        lastModifiedAt: device.lastModifiedAt,
        lastAuthenticatedAt: device.lastAuthenticatedAt,
        wire: toDeviceType(device, 'user', owner),
        adminWire: toDeviceType(device, 'admin', owner),
      }))
    },
    signIn: (username, signInOptions = {}) =>
      directSignIn(username, signInOptions, emulator.clientId, contextFor(signInOptions.sourceIp ?? options.defaultSourceIp ?? '127.0.0.1')),
    jwks,
  }
  return emulator
}
