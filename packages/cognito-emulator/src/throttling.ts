import { ServiceError } from './ServiceError.ts'
import type { SeedThrottling } from './seedTypes.ts'

/** Requests per second; see `SeedThrottling` for what each counts and where the defaults come from. */
export type ThrottlingLimits = Required<SeedThrottling>

export const COGNITO_DEFAULT_QUOTAS: ThrottlingLimits = {
  userResourceReadPerSecond: 50,
  userResourceUpdatePerSecond: 25,
  perUserReadPerSecond: 10,
  perUserUpdatePerSecond: 10,
}

export function resolveThrottling(seed: SeedThrottling | false | undefined): ThrottlingLimits | false {
  return seed === false ? false : { ...COGNITO_DEFAULT_QUOTAS, ...seed }
}

type Category = 'read' | 'update'

/** The quota category of each throttled operation (the developer guide's "API operation categories"). */
const CATEGORIES: Readonly<Record<string, Category>> = {
  GetDevice: 'read',
  ListDevices: 'read',
  AdminGetDevice: 'read',
  AdminListDevices: 'read',
  ConfirmDevice: 'update',
  UpdateDeviceStatus: 'update',
  ForgetDevice: 'update',
  AdminForgetDevice: 'update',
  AdminUpdateDeviceStatus: 'update',
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
    const category = CATEGORIES[operation]
    if (!category || limits === false) return
    const poolLimit = category === 'read' ? limits.userResourceReadPerSecond : limits.userResourceUpdatePerSecond
    const userLimit = category === 'read' ? limits.perUserReadPerSecond : limits.perUserUpdatePerSecond
    const poolKey = `pool:${category}`
    const userKey = `user:${category}:${user}`
    const poolCalls = this.recent(poolKey, nowMs)
    const userCalls = this.recent(userKey, nowMs)
    if (poolCalls.length >= poolLimit || userCalls.length >= userLimit) throw rateExceeded()
    poolCalls.push(nowMs)
    userCalls.push(nowMs)
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
