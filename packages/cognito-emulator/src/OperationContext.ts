import type { PoolState } from './poolState.ts'
import type { TokenService } from './tokens.ts'

/** What an operation handler may use; one is made per request. */
export interface OperationContext {
  readonly state: PoolState
  readonly tokens: TokenService
  /** The emulated time this request happens at. */
  readonly now: Date
  /** The caller's IP, recorded as `last_ip_used`. */
  readonly sourceIp: string
  /** NOT Cognito: user-side ListDevices also lists `not_remembered` devices. */
  readonly listIncludesNotRemembered: boolean
  /** NOT Cognito: user-side answers carry `dev:device_remembered_status`; GetDevice answers not_remembered devices. */
  readonly rememberedStatusInUserAnswers: boolean
}

/** One Cognito operation: validated JSON in, JSON out (`undefined` = empty body). */
export type Operation = (input: Record<string, unknown>, context: OperationContext) => Promise<unknown>
