import { describe, it } from 'vitest'
import { CASES } from './cases'
import { asJson, readSnapshot, writeSnapshot, type Snapshot } from './snapshotFile'
import { REAL_POOL_IAM_VARIABLES, REAL_POOL_VARIABLES, realPoolTarget } from './target'
import { pause } from './wire'

/**
 * `npm run test:conformance` with the COGNITO_CONFORMANCE_* variables: the same cases against a
 * real user pool, and what it answered written into snapshot.json (evidence kept, `source` saying
 * which pool and when). Without the variables it is skipped, and says why.
 */
const configured = realPoolTarget(process.env)

describe('real user pool (re-records the snapshot)', () => {
  it('runs every case against the pool named by COGNITO_CONFORMANCE_* and writes snapshot.json', async ({ skip }) => {
    if ('missing' in configured) {
      const why = `Real-pool conformance run skipped: no real pool configured (set ${configured.missing.join(', ')}; for the Admin cases also ${REAL_POOL_IAM_VARIABLES.join(', ')}). The emulator run above compared with the committed snapshot.`
      console.info(why)
      return skip(why)
    }
    const target = configured
    const snapshot: Snapshot = readSnapshot()
    const source = `real pool ${target.userPoolId} on ${new Date().toISOString().slice(0, 10)}`
    const skipped: string[] = []
    for (const conformanceCase of CASES) {
      if (conformanceCase.needsIam && !target.iam) {
        skipped.push(conformanceCase.id)
        continue
      }
      await pause(1100)
      const expected = asJson(await conformanceCase.run(target))
      snapshot[conformanceCase.id] = { evidence: snapshot[conformanceCase.id]?.evidence ?? '', source, expected }
    }
    writeSnapshot(snapshot)
    if (skipped.length > 0) console.info(`Admin cases not recorded (no ${REAL_POOL_IAM_VARIABLES.join('/')}): ${skipped.join(', ')}`)
    console.info(`Recorded ${CASES.length - skipped.length} cases from ${target.userPoolId} into test/conformance/snapshot.json (variables: ${REAL_POOL_VARIABLES.join(', ')})`)
  }, 600_000)
})
