// `npx tsx bench/quick.ts [--runs 5] [--only forget]`: only the Chromium timings of `npm run bench`
// (no package build, no bundle or request measures), for iterating on render performance.
import os from 'node:os'
import { measureBrowser } from './browser.ts'

const flag = (name: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}
const runs = Number(flag('runs') ?? 7)
const only = flag('only')
const result = await measureBrowser({ runs, warmups: 2, only: only ? new RegExp(only, 'i') : undefined })
for (const row of result.timings) {
  console.log(`${row.name.padEnd(50)} ${row.kitMs.toFixed(1).padStart(8)} ms  vs ${row.baselineMs.toFixed(1).padStart(6)} ms  = ${row.ratio.toFixed(1)}x`)
}
console.log(`median of ${runs}; load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`)
process.exit(0)
