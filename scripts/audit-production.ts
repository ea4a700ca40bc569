// `npm audit` of what a host installs with either package (production dependencies only): fails on any
// high or critical advisory. Where the registry does not serve the audit endpoint (some mirrors and
// sandboxes answer 405), it says so and does not pretend the audit passed.
import { spawnSync } from 'node:child_process'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 })
let report: { statusCode?: number; message?: string; metadata?: { vulnerabilities?: Record<string, number> } }
try {
  report = JSON.parse(run.stdout || '{}')
} catch {
  console.error(`audit: npm audit gave no JSON report (exit ${run.status}).`)
  process.exit(1)
}

const counts = report.metadata?.vulnerabilities
if (!counts) {
  console.warn(`audit: NOT RUN. The registry did not answer the audit request: ${report.message ?? `exit ${run.status}`}`)
  process.exit(0)
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0)
console.log(`audit: production dependencies: ${JSON.stringify(counts)}`)
if (serious > 0) {
  console.error(`audit: ${serious} high or critical advisories; run \`npm audit --omit=dev\` for details.`)
  process.exit(1)
}
