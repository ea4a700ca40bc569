import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Observation } from './case.ts'

/**
 * The committed snapshot: per case, what Cognito answers and the evidence for it. The emulator run
 * compares with it; a real-pool run rewrites `expected` (keeping the evidence) and says so in `source`.
 */
export interface SnapshotEntry {
  /** Where each expectation comes from: captures, AWS documentation, or "none: the emulator's choice". */
  readonly evidence: string
  /** `captured evidence`, `emulator choice (no capture)`, or `real pool <pool id> on <date>`. */
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
