import { accountCases } from './accountCases.ts'
import { adminAccessCases } from './adminAccessCases.ts'
import { adminCases } from './adminCases.ts'
import { authCases } from './authCases.ts'
import type { ConformanceCase } from './case.ts'
import { deviceCases } from './deviceCases.ts'
import { passkeyCases } from './passkeyCases.ts'
import { quotaCases } from './quotaCases.ts'
import { sessionCases } from './sessionCases.ts'

/** Every conformance case, in the order they run (one at a time, against one user). */
export const CASES: readonly ConformanceCase[] = [
  ...deviceCases,
  ...accountCases,
  ...authCases,
  ...sessionCases,
  ...adminCases,
  ...adminAccessCases,
  ...quotaCases,
  ...passkeyCases,
]
