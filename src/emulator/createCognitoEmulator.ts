import type { JWK } from 'jose'
import { ServiceError } from './ServiceError'
import { createClock, type EmulatorClock } from './clock'
import { completeAuthentication } from './completeAuthentication'
import { defaultSeed } from './defaultSeed'
import { toDeviceType, type WireDeviceType } from './deviceType'
import { FaultInjector, MALFORMED_BODIES, type FaultControl } from './faults'
import type { OperationContext } from './OperationContext'
import type { OperationName } from './operationNames'
import { operations } from './operations'
import { DEFAULT_MAX_BODY_BYTES, parseApiRequest } from './parseApiRequest'
import { PoolState, type PoolSettings } from './poolState'
import { RequestLog, type RecordedRequest } from './requestLog'
import type { EmulatorSeed, SeedDevice } from './seedTypes'
import { createSigningKey, type SigningKey } from './signingKey'
import { TokenService, unverifiedUsername } from './tokens'
import { validateSeed } from './validateSeed'
import { errorResponse, preflightResponse, rawResponse, successResponse } from './wireResponse'

export interface CognitoEmulatorOptions {
  /** Validated on load (throws SeedValidationError). Default: `defaultSeed()`. */
  readonly seed?: EmulatorSeed
  /** Freeze the clock at this time (it then moves only through `clock.advance/set`). Default: real time. */
  readonly now?: Date
  /** The `iss` claim. Default `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  readonly issuer?: string
  /** User-side ListDevices also lists `not_remembered` devices. Default false (as Cognito reportedly does). */
  readonly listIncludesNotRemembered?: boolean
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
  /** Exactly what GetDevice would answer. */
  readonly wire: WireDeviceType
}

export interface DirectSignInOptions {
  /** Default: the first app client. */
  readonly clientId?: string
  /** Reuse this device (must be the user's) instead of creating one. */
  readonly deviceKey?: string
  /** For a new device: its `device_name`. Default a desktop Chrome user agent. */
  readonly deviceName?: string
  /** For a new device: remembered or not. Default: as ConfirmDevice would leave it. */
  readonly remembered?: boolean
  readonly sourceIp?: string
}

export interface DirectSignInResult {
  readonly accessToken: string
  readonly idToken: string
  readonly refreshToken: string
  readonly expiresIn: number
  /** The session's device (the `device_key` claim); undefined when device tracking is off. */
  readonly deviceKey: string | undefined
  readonly deviceGroupKey: string
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
  /** The user pool's settings after defaults. */
  settings(): PoolSettings
  /** Changes pool settings at run time, e.g. `{ deviceTracking: false }`. */
  configurePool(changes: Partial<Omit<PoolSettings, 'id' | 'region'>>): void
  /** User-side ListDevices also lists `not_remembered` devices. */
  listIncludesNotRemembered: boolean
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

const DEFAULT_DEVICE_NAME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'

function delay(milliseconds: number): Promise<void> {
  return milliseconds > 0 ? new Promise((resolve) => setTimeout(resolve, milliseconds)) : Promise.resolve()
}

/** Whose request it is, for per-user throttling: the token's user, the USERNAME, else the IP. */
function throttleKey(input: Record<string, unknown>, sourceIp: string): string {
  const parameters = input.AuthParameters as Record<string, unknown> | undefined
  return unverifiedUsername(input.AccessToken) ?? (typeof parameters?.USERNAME === 'string' ? parameters.USERNAME : undefined) ?? sourceIp
}

/** What the request log records as a sign-in call's step (AuthFlow or ChallengeName). */
function signInStep(input: Record<string, unknown>): string | undefined {
  const step = input.AuthFlow ?? input.ChallengeName
  return typeof step === 'string' ? step : undefined
}

/**
 * A local Amazon Cognito user pool: `handle(Request) -> Response` plus the controls tests and
 * stories need. Uses only Fetch API types, WebCrypto and jose, so it runs in Node and browsers.
 */
export function createCognitoEmulator(options: CognitoEmulatorOptions = {}): CognitoEmulator {
  const clock = createClock(options.now)
  let state = new PoolState(validateSeed(options.seed ?? defaultSeed(clock.now())), clock.now())
  const issuer = () => options.issuer ?? `https://cognito-idp.${state.settings.region}.amazonaws.com/${state.settings.id}`
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

  async function answerApi(request: Request, sourceIp: string, requestId: string): Promise<Response> {
    let operation: OperationName | undefined
    let step: string | undefined
    try {
      const parsed = await parseApiRequest(request, maxBodyBytes)
      operation = parsed.operation
      step = signInStep(parsed.input)
      const context = contextFor(sourceIp)
      await delay(faults.latencyFor(operation))
      faults.check(operation, throttleKey(parsed.input, sourceIp), context.now.getTime())
      const body = await operations[operation](parsed.input, context)
      log.record({ operation, at: context.now, status: 200, errorName: undefined, step })
      const malformed = faults.malformedBodyFor(operation)
      return malformed ? rawResponse(MALFORMED_BODIES[malformed], requestId) : successResponse(body, requestId)
    } catch (caught) {
      const error = caught instanceof ServiceError ? caught : new ServiceError('InternalErrorException', 'Internal server error.')
      if (operation) log.record({ operation, at: clock.now(), status: error.status, errorName: error.name, step })
      return errorResponse(error, requestId)
    }
  }

  const emulator: CognitoEmulator = {
    async handle(request, context = {}) {
      const requestId = crypto.randomUUID()
      if (request.method === 'OPTIONS') return preflightResponse(request, requestId)
      if (request.method === 'GET' || request.method === 'HEAD') return answerGet(request, requestId)
      if (request.method !== 'POST') return errorResponse(new ServiceError('UnknownOperationException', ''), requestId)
      return answerApi(request, context.sourceIp ?? options.defaultSourceIp ?? '127.0.0.1', requestId)
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
    load(seed) {
      state = new PoolState(validateSeed(seed), clock.now())
    },
    settings: () => state.settings,
    configurePool(changes) {
      state.settings = { ...state.settings, ...changes }
    },
    listIncludesNotRemembered: options.listIncludesNotRemembered ?? false,
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
      return state.devicesOf(username).map((device) => ({
        key: device.key,
        name: device.name,
        remembered: device.remembered,
        confirmed: device.confirmed,
        lastIpUsed: device.lastIpUsed,
        createdAt: device.createdAt,
        lastModifiedAt: device.lastModifiedAt,
        lastAuthenticatedAt: device.lastAuthenticatedAt,
        wire: toDeviceType(device, state.settings.region, user.sub),
      }))
    },
    async signIn(username, signInOptions = {}) {
      const user = state.findUser(username)
      if (!user) throw new Error(`No user ${username} in the emulator`)
      const clientId = signInOptions.clientId ?? emulator.clientId
      const client = state.clients.get(clientId)
      if (!client) throw new Error(`No app client ${clientId} in the emulator`)
      const context = contextFor(signInOptions.sourceIp ?? options.defaultSourceIp ?? '127.0.0.1')
      const { AuthenticationResult: result } = await completeAuthentication(user, client, signInOptions.deviceKey, context)
      const deviceKey = result.NewDeviceMetadata?.DeviceKey ?? signInOptions.deviceKey
      const newDevice = result.NewDeviceMetadata ? state.findDevice(result.NewDeviceMetadata.DeviceKey) : undefined
      if (newDevice) {
        const tracking = state.settings.deviceTracking
        newDevice.confirmed = true
        newDevice.name = signInOptions.deviceName ?? DEFAULT_DEVICE_NAME
        newDevice.remembered = signInOptions.remembered ?? (tracking !== false && !tracking.deviceOnlyRememberedOnUserPrompt)
      }
      return {
        accessToken: result.AccessToken,
        idToken: result.IdToken,
        refreshToken: result.RefreshToken ?? '',
        expiresIn: result.ExpiresIn,
        deviceKey: state.settings.deviceTracking === false ? undefined : deviceKey,
        deviceGroupKey: user.deviceGroupKey,
      }
    },
    jwks,
  }
  return emulator
}
