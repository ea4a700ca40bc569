import type { ConformanceTarget } from './target.ts'

/** What a case saw: plain JSON, with nothing that differs between runs (no keys, tokens or dates). */
export type Observation = Record<string, unknown>

/**
 * What a case needs beyond the pool, client and user every target has:
 * - `iam`: IAM credentials allowed the Admin device operations;
 * - `deniedIam`: IAM credentials whose policy allows none of them;
 * - `optInPool`: a second pool whose device tracking is "User opt-in";
 * - `emulatorControls`: the emulator's own controls (states a real pool cannot be put in over the API);
 * - `passkeys`: the pool has passkeys on, with a relying party id (and its user no passkeys).
 */
export type CaseNeed = 'iam' | 'deniedIam' | 'optInPool' | 'emulatorControls' | 'passkeys'

export interface ConformanceCase {
  /** Stable id; the snapshot's key. */
  readonly id: string
  /** The behaviour or issue point it shows. */
  readonly covers: string
  readonly title: string
  readonly needs?: readonly CaseNeed[]
  run(target: ConformanceTarget): Promise<Observation>
}

/** The needs `target` cannot meet (then the case is not run there). */
export function unmetNeeds(conformanceCase: ConformanceCase, target: ConformanceTarget): CaseNeed[] {
  const available: Record<CaseNeed, boolean> = {
    iam: target.iam !== undefined,
    deniedIam: target.deniedIam !== undefined,
    optInPool: target.optInPool !== undefined,
    emulatorControls: target.emulatorControls !== undefined,
    passkeys: target.passkeys === true,
  }
  return (conformanceCase.needs ?? []).filter((need) => !available[need])
}
