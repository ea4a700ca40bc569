import type { OperationName } from './operationNames.ts'

export interface RecordedRequest {
  readonly operation: OperationName
  /** Emulated time of the call. */
  readonly at: Date
  readonly status: number
  /** The exception name for a failed call. */
  readonly errorName: string | undefined
  /** The sign-in step: InitiateAuth's `AuthFlow` or RespondToAuthChallenge's `ChallengeName`. */
  readonly step?: string
}

/** Every call that named a known operation, in order, for tests that count what a client sent. */
export class RequestLog {
  private entries: RecordedRequest[] = []

  record(entry: RecordedRequest): void {
    this.entries.push(entry)
  }

  count(operation?: OperationName): number {
    return operation === undefined ? this.entries.length : this.entries.filter((entry) => entry.operation === operation).length
  }

  all(): readonly RecordedRequest[] {
    return [...this.entries]
  }

  reset(): void {
    this.entries = []
  }
}
