import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CASES } from './cases.ts'
import { startEmulatorTarget } from './emulatorTarget.ts'
import { whyNotOpenable } from './openableSource.ts'
import { asJson, readSnapshot } from './snapshotFile.ts'
import type { ConformanceTarget } from './target.ts'
import { pause } from './wire.ts'

/**
 * `npm run test:conformance`, default mode: every case against the emulator over HTTP, compared
 * with the committed snapshot (what Cognito answers, each entry naming sources a reader can open).
 */
const snapshot = readSnapshot()
let target: ConformanceTarget
let close: () => Promise<void>

beforeAll(async () => {
  ;({ target, close } = await startEmulatorTarget())
})

afterAll(async () => {
  await close()
})

describe('the committed snapshot', () => {
  it('has one entry per case, each naming sources a reader can open', () => {
    expect(Object.keys(snapshot).sort()).toEqual(CASES.map((entry) => entry.id).sort())
    for (const [id, entry] of Object.entries(snapshot)) {
      expect(entry.sources.length, `${id} names no source`).toBeGreaterThan(0)
      for (const source of entry.sources) expect(whyNotOpenable(source), `${id}: ${source}`).toBeUndefined()
      expect(entry.source, id).toMatch(/^(captured evidence|documented|emulator choice \(no capture\)|real pool .+)$/)
    }
  })

  it('refuses a source nobody can open', () => {
    expect(whyNotOpenable('API reference sample responses')).toMatch(/neither an address/)
    // A path outside this package (notes beside the repository) or one it does not hold cannot be opened.
    expect(whyNotOpenable('../notes/cognito-device-api.md')).toMatch(/neither an address/)
    expect(whyNotOpenable('reference/cognito-device-api.md')).toMatch(/does not exist/)
    expect(whyNotOpenable('FACTS.md#no-such-fact')).toMatch(/no heading/)
    expect(whyNotOpenable('aws-amplify/amplify-js#12188')).toBeUndefined()
  })
})

describe('the emulator answers as the snapshot says Cognito does', () => {
  for (const conformanceCase of CASES) {
    it(`${conformanceCase.covers}: ${conformanceCase.title}`, async () => {
      // One user runs every case: a second apart, so the per-user quotas only bite in the flood cases.
      await pause(1100)
      const observed = asJson(await conformanceCase.run(target))
      expect(observed).toEqual(snapshot[conformanceCase.id]?.expected)
    })
  }
})
