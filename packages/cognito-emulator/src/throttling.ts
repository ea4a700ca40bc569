import { ServiceError } from './ServiceError.ts'
import type { SeedThrottling } from './seedTypes.ts'

/** Requests per second; see `SeedThrottling` for what each counts and where the defaults come from. */
export type ThrottlingLimits = Required<SeedThrottling>

export const COGNITO_DEFAULT_QUOTAS: ThrottlingLimits = {
  userAuthenticationPerSecond: 120,
  userReadPerSecond: 120,
  userUpdatePerSecond: 25,
  userResourceReadPerSecond: 50,
  userResourceUpdatePerSecond: 25,
  userTokenPerSecond: 120,
  perUserReadPerSecond: 10,
  perUserUpdatePerSecond: 10,
}

export function resolveThrottling(seed: SeedThrottling | false | undefined): ThrottlingLimits | false {
  return seed === false ? false : { ...COGNITO_DEFAULT_QUOTAS, ...seed }
}

/** One quota of the developer guide's table, and the per-user allowance its calls also count against. */
interface Category {
  readonly name: string
  readonly perSecond: (limits: ThrottlingLimits) => number
  readonly perUser: 'read' | 'update' | undefined
}

const category = (name: string, perSecond: Category['perSecond'], perUser: Category['perUser']): Category => ({ name, perSecond, perUser })

const USER_AUTHENTICATION = category('UserAuthentication', (limits) => limits.userAuthenticationPerSecond, 'read')
/** "Special handling": RespondToAuthChallenge has its own allowance, three times UserAuthentication. */
const AUTH_CHALLENGES = category('RespondToAuthChallenge', (limits) => limits.userAuthenticationPerSecond * 3, 'read')
const USER_READ = category('UserRead', (limits) => limits.userReadPerSecond, 'read')
const USER_UPDATE = category('UserUpdate', (limits) => limits.userUpdatePerSecond, 'update')
const USER_RESOURCE_READ = category('UserResourceRead', (limits) => limits.userResourceReadPerSecond, 'read')
const USER_RESOURCE_UPDATE = category('UserResourceUpdate', (limits) => limits.userResourceUpdatePerSecond, 'update')
const USER_TOKEN = category('UserToken', (limits) => limits.userTokenPerSecond, undefined)

/**
 * The quota category of each throttled operation (developer guide, "Quotas in Amazon Cognito", user
 * pool API operation categories; FACTS.md#quotas). Per user, sign-in steps and reads count as
 * "read" requests, updates as "write"; RevokeToken has no per-user count. GetTokensFromRefreshToken
 * in UserAuthentication, like REFRESH_TOKEN_AUTH, is the emulator's reading.
 */
const CATEGORIES: Readonly<Record<string, Category>> = {
  InitiateAuth: USER_AUTHENTICATION,
  GetTokensFromRefreshToken: USER_AUTHENTICATION,
  RespondToAuthChallenge: AUTH_CHALLENGES,
  GetUser: USER_READ,
  GlobalSignOut: USER_UPDATE,
  GetDevice: USER_RESOURCE_READ,
  ListDevices: USER_RESOURCE_READ,
  AdminGetDevice: USER_RESOURCE_READ,
  AdminListDevices: USER_RESOURCE_READ,
  ConfirmDevice: USER_RESOURCE_UPDATE,
  UpdateDeviceStatus: USER_RESOURCE_UPDATE,
  ForgetDevice: USER_RESOURCE_UPDATE,
  AdminForgetDevice: USER_RESOURCE_UPDATE,
  AdminUpdateDeviceStatus: USER_RESOURCE_UPDATE,
  RevokeToken: USER_TOKEN,
}

const WINDOW_MS = 1000

/**
 * Cognito's answer past a quota: HTTP 400, `TooManyRequestsException`, "Rate exceeded" (captured in
 * amplify-js #3554 and #6767, mifi/cognito-backup #12).
 */
export const rateExceeded = () => new ServiceError('TooManyRequestsException', 'Rate exceeded')

/**
 * Counts accepted requests per category, for the pool and per user, over the last second of the
 * emulator's clock. A refused request is not counted, so a caller that waits a second gets through.
 */
export class Throttle {
  private readonly accepted = new Map<string, number[]>()

  /** Throws `rateExceeded()` when `operation` by `user` would pass a quota; otherwise counts it. */
  admit(operation: string, user: string, limits: ThrottlingLimits | false, nowMs: number): void {
    const quota = CATEGORIES[operation]
    if (!quota || limits === false) return
    const buckets = [{ calls: this.recent(`pool:${quota.name}`, nowMs), limit: quota.perSecond(limits) }]
    if (quota.perUser === 'read') buckets.push({ calls: this.recent(`user:read:${user}`, nowMs), limit: limits.perUserReadPerSecond })
    if (quota.perUser === 'update') buckets.push({ calls: this.recent(`user:update:${user}`, nowMs), limit: limits.perUserUpdatePerSecond })
    if (buckets.some((bucket) => bucket.calls.length >= bucket.limit)) throw rateExceeded()
    for (const bucket of buckets) bucket.calls.push(nowMs)
  }

  reset(): void {
    this.accepted.clear()
  }

  private recent(key: string, nowMs: number): number[] {
    const calls = (this.accepted.get(key) ?? []).filter((at) => at > nowMs - WINDOW_MS && at <= nowMs)
    this.accepted.set(key, calls)
    return calls
  }
}
