import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EmulatorServer } from '../../src/node.ts'
import { CASES } from './cases.ts'
import { startEmulatorTarget } from './emulatorTarget.ts'
import { asJson, readSnapshot } from './snapshotFile.ts'
import type { ConformanceTarget } from './target.ts'
import { pause } from './wire.ts'

/**
 * `npm run test:conformance`, default mode: every case against the emulator over HTTP, compared
 * with the committed snapshot (what Cognito answers, each entry naming its evidence).
 */
const snapshot = readSnapshot()
let server: EmulatorServer
let target: ConformanceTarget

beforeAll(async () => {
  ;({ server, target } = await startEmulatorTarget())
})

afterAll(async () => {
  await server.close()
})

describe('the committed snapshot', () => {
  it('has one entry per case, each naming its evidence', () => {
    expect(Object.keys(snapshot).sort()).toEqual(CASES.map((entry) => entry.id).sort())
    for (const [id, entry] of Object.entries(snapshot)) {
      expect(entry.evidence.length, `${id} names no evidence`).toBeGreaterThan(20)
      expect(entry.source, id).toMatch(/^(captured evidence|emulator choice \(no capture\)|real pool .+)$/)
    }
  })
})

describe('the emulator answers as the snapshot says Cognito does', () => {
  for (const conformanceCase of CASES) {
    it(`${conformanceCase.covers}: ${conformanceCase.title}`, async () => {
      // One user runs every case: a second apart, so the per-user quota only bites in the flood case.
      await pause(1100)
      const observed = asJson(await conformanceCase.run(target))
      expect(observed).toEqual(snapshot[conformanceCase.id]?.expected)
    })
  }
})
