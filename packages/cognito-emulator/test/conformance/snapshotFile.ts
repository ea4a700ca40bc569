import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Observation } from './case.ts'

/**
 * The committed snapshot: per case, what Cognito answers and the evidence for it. The emulator run
 * compares with it; a real-pool run rewrites `expected` (keeping the evidence) and says so in `source`.
 */
export interface SnapshotEntry {
  /** What each expectation rests on, in words: captures, AWS documentation, or the emulator's choice and its seed option. */
  readonly evidence: string
  /**
   * Where a reader can check it: https addresses, GitHub `owner/repo#N` issues and pull requests,
   * or files of this package (`FACTS.md#<heading>`). At least one.
   */
  readonly sources: readonly string[]
  /**
   * `captured evidence` (a real answer was copied somewhere), `documented` (AWS documentation or an
   * AWS SDK's code), `emulator choice (no capture)`, or after a recording `real pool <pool id> on <date>`.
   */
  readonly source: string
  readonly expected: Observation
}

export type Snapshot = Record<string, SnapshotEntry>

export const SNAPSHOT_PATH = fileURLToPath(new URL('./snapshot.json', import.meta.url))

export function readSnapshot(): Snapshot {
  return JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as Snapshot
}

export function writeSnapshot(snapshot: Snapshot): void {
  writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(snapshot, null, 2)}\n`)
}

/** An observation as the snapshot stores it (JSON: undefined members dropped). */
export const asJson = (observation: Observation): Observation => JSON.parse(JSON.stringify(observation)) as Observation
