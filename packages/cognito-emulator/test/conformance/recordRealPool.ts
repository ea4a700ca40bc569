/**
 * The conformance project's global setup, so it runs before the emulator is compared: with the
 * COGNITO_CONFORMANCE_* variables, every case runs against that real user pool and what it answered
 * is written into snapshot.json (evidence and sources kept, `source` saying which pool and when); the
 * emulator run that follows compares with it. Without the variables nothing is sent, and it says so and why.
 */
import { unmetNeeds } from './case.ts'
import { CASES } from './cases.ts'
import { asJson, readSnapshot, writeSnapshot, type Snapshot } from './snapshotFile.ts'
import { REAL_POOL_IAM_VARIABLES, REAL_POOL_OPTIONAL_VARIABLES, REAL_POOL_VARIABLES, realPoolTarget } from './target.ts'
import { pause } from './wire.ts'

export default async function recordRealPool(): Promise<void> {
  const target = realPoolTarget(process.env)
  if ('missing' in target) {
    console.info(
      `Real-pool conformance run: not run, no real pool configured (set ${target.missing.join(', ')}; for the Admin cases also ` +
        `${REAL_POOL_IAM_VARIABLES.join(', ')}). The emulator is compared with the committed snapshot.`,
    )
    return
  }
  const snapshot: Snapshot = readSnapshot()
  const source = `real pool ${target.userPoolId} on ${new Date().toISOString().slice(0, 10)}`
  const notRecorded: string[] = []
  for (const conformanceCase of CASES) {
    const unmet = unmetNeeds(conformanceCase, target)
    if (unmet.length > 0) {
      notRecorded.push(`${conformanceCase.id} (needs ${unmet.join(', ')})`)
      continue
    }
    // A second between cases keeps the run under the pool's quotas (the flood cases pass them on purpose).
    await pause(1100)
    const expected = asJson(await conformanceCase.run(target))
    const kept = snapshot[conformanceCase.id]
    snapshot[conformanceCase.id] = { evidence: kept?.evidence ?? '', sources: kept?.sources ?? [], source, expected }
  }
  writeSnapshot(snapshot)
  if (notRecorded.length > 0) {
    console.info(`Not recorded (see ${[...REAL_POOL_IAM_VARIABLES, ...REAL_POOL_OPTIONAL_VARIABLES].join(', ')}): ${notRecorded.join('; ')}`)
  }
  console.info(`Recorded ${CASES.length - notRecorded.length} cases from ${target.userPoolId} into test/conformance/snapshot.json (variables: ${REAL_POOL_VARIABLES.join(', ')})`)
}
