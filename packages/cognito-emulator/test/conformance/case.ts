import type { ConformanceTarget } from './target.ts'

/** What a case saw: plain JSON, with nothing that differs between runs (no keys, tokens or dates). */
export type Observation = Record<string, unknown>

export interface ConformanceCase {
  /** Stable id; the snapshot's key. */
  readonly id: string
  /** The issue-14 row(s) it shows, or the flow it covers. */
  readonly covers: string
  readonly title: string
  /** Needs IAM credentials (the Admin operations). */
  readonly needsIam?: boolean
  run(target: ConformanceTarget): Promise<Observation>
}
