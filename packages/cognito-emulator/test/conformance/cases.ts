import { adminCases } from './adminCases.ts'
import { authCases } from './authCases.ts'
import type { ConformanceCase } from './case.ts'
import { deviceCases } from './deviceCases.ts'

/** Every conformance case, in the order they run (one at a time, against one user). */
export const CASES: readonly ConformanceCase[] = [...deviceCases, ...authCases, ...adminCases]
