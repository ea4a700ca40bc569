import { ServiceError } from './ServiceError.ts'
import type { OperationName } from './operationNames.ts'

/** A fixed delay, or one drawn uniformly from `[minMs, maxMs]`. Real time, not the emulated clock. */
export type LatencyFault = { readonly ms: number } | { readonly minMs: number; readonly maxMs: number }

/**
 * Answer with this exception. Without `afterCalls` or `probability` it happens on every call;
 * `afterCalls: n` lets the first n calls (counted from when the fault was set) through;
 * `probability: p` fails each call with probability p (0–1).
 */
export interface ErrorFault {
  readonly name: string
  readonly message?: string
  readonly afterCalls?: number
  readonly probability?: number
}

/** More than `perUserPerSecond` calls of the operation by one user within a second -> TooManyRequestsException. */
export interface ThrottleFault {
  readonly perUserPerSecond: number
}

/**
 * A 200 answer whose body is broken: not JSON at all, JSON of the wrong shape, or empty.
 * The operation still runs (its effects happen), only its answer is lost.
 */
export type MalformedBodyFault = 'invalid-json' | 'wrong-shape' | 'empty'

export interface OperationFault {
  readonly latency?: LatencyFault
  readonly error?: ErrorFault
  readonly throttle?: ThrottleFault
  readonly malformedBody?: MalformedBodyFault
}

/** `'*'` applies to every operation (an operation's own fault takes precedence, field by field). */
export type FaultTarget = OperationName | '*'

export interface FaultControl {
  set(target: FaultTarget, fault: OperationFault): void
  /** Clears one target's faults, or all of them. */
  clear(target?: FaultTarget): void
}

const DEFAULT_MESSAGES: Record<string, string> = {
  TooManyRequestsException: 'Rate exceeded',
  InternalErrorException: 'Internal server error.',
  NotAuthorizedException: 'Invalid Access Token',
  ResourceNotFoundException: 'Device does not exist.',
  PasswordResetRequiredException: 'Password reset required for the user',
  UserNotConfirmedException: 'User is not confirmed.',
  UserNotFoundException: 'User does not exist.',
  ForbiddenException: 'Request not allowed due to WAF block.',
}

export const MALFORMED_BODIES: Record<MalformedBodyFault, string> = {
  'invalid-json': '{"Device":{"DeviceKey":"us-east-1_0',
  'wrong-shape': '{"Device":"not-a-device","Devices":{"0":42},"PaginationToken":7,"AuthenticationResult":[]}',
  empty: '',
}

interface ActiveFault {
  readonly fault: OperationFault
  calls: number
  /** Call times (epoch ms) per user, for the throttle window. */
  readonly recentCalls: Map<string, number[]>
}

/** Decides, per call, what the configured faults do to it. */
export class FaultInjector implements FaultControl {
  private readonly active = new Map<FaultTarget, ActiveFault>()

  constructor(private readonly random: () => number) {}

  set(target: FaultTarget, fault: OperationFault): void {
    this.active.set(target, { fault, calls: 0, recentCalls: new Map() })
  }

  clear(target?: FaultTarget): void {
    if (target === undefined) this.active.clear()
    else this.active.delete(target)
  }

  private applicable(operation: OperationName): ActiveFault[] {
    return [this.active.get(operation), this.active.get('*')].filter((entry): entry is ActiveFault => entry !== undefined)
  }

  /** How long to hold the answer, in ms. */
  latencyFor(operation: OperationName): number {
    const latency = this.applicable(operation).find((entry) => entry.fault.latency)?.fault.latency
    if (!latency) return 0
    if ('ms' in latency) return latency.ms
    return latency.minMs + this.random() * (latency.maxMs - latency.minMs)
  }

  /** Throws the injected exception for this call, if any (throttling first, then errors). */
  check(operation: OperationName, user: string, nowMs: number): void {
    for (const entry of this.applicable(operation)) {
      entry.calls += 1
      const { throttle, error } = entry.fault
      if (throttle) {
        const recent = (entry.recentCalls.get(user) ?? []).filter((at) => at > nowMs - 1000)
        recent.push(nowMs)
        entry.recentCalls.set(user, recent)
        if (recent.length > throttle.perUserPerSecond) throw new ServiceError('TooManyRequestsException', 'Rate exceeded')
      }
      if (error && this.errorFires(error, entry.calls)) {
        throw new ServiceError(error.name, error.message ?? DEFAULT_MESSAGES[error.name] ?? `Injected ${error.name}`)
      }
    }
  }

  private errorFires(error: ErrorFault, callNumber: number): boolean {
    if (error.afterCalls !== undefined && callNumber <= error.afterCalls) return false
    if (error.probability !== undefined) return this.random() < error.probability
    return true
  }

  malformedBodyFor(operation: OperationName): MalformedBodyFault | undefined {
    return this.applicable(operation).find((entry) => entry.fault.malformedBody)?.fault.malformedBody
  }
}
