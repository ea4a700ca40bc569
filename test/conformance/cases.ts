import { adminCases } from './adminCases'
import { authCases } from './authCases'
import type { ConformanceCase } from './case'
import { deviceCases } from './deviceCases'

/** Every conformance case, in the order they run (one at a time, against one user). */
export const CASES: readonly ConformanceCase[] = [...deviceCases, ...authCases, ...adminCases]
