/**
 * The emulator's notion of "now". Token expiry, device dates and throttling windows all read it,
 * so a test can move time instead of waiting.
 */
export interface EmulatorClock {
  /** The current emulated time. */
  now(): Date
  /** Moves time forward by `milliseconds` (negative moves it back). */
  advance(milliseconds: number): void
  /** Jumps to `date`; from there time flows as before (frozen or real). */
  set(date: Date): void
}

/**
 * `start` given: time is frozen there and moves only through `advance`/`set`.
 * No `start`: real time, shifted by whatever `advance`/`set` add.
 */
export function createClock(start?: Date): EmulatorClock {
  const frozen = start !== undefined
  let base = start?.getTime() ?? 0
  let offset = 0
  const now = () => (frozen ? base : Date.now() + offset)
  return {
    now: () => new Date(now()),
    advance(milliseconds) {
      if (frozen) base += milliseconds
      else offset += milliseconds
    },
    set(date) {
      if (frozen) base = date.getTime()
      else offset = date.getTime() - Date.now()
    },
  }
}
