// `npx tsx bench/quick.ts [--runs 5] [--only forget]`: only the Chromium timings of `npm run bench`
// (no package build, no bundle or request measures), for iterating on render performance.
import os from 'node:os'
import { measureBrowser } from './browser.ts'

const flag = (name: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}
const runs = Number(flag('runs') ?? 15)
const only = flag('only')
const result = await measureBrowser({ runs, warmups: 2, only: only ? new RegExp(only, 'i') : undefined })
for (const row of result.timings) {
  const spread = ({ median, low, high }: { median: number; low: number; high: number }) => `${median.toFixed(2)}x [${low.toFixed(2)}-${high.toFixed(2)}]`
  const vsReferences = row.references.map((reference) => `; vs ${reference.name.replace(/^same markup /, '')} ${spread(reference.ratioSpread)}`).join('')
  console.log(`${row.name.slice(0, 50).padEnd(50)} ${row.kitMs.toFixed(1).padStart(7)} ms  vs <ul> ${row.baselineMs.toFixed(1).padStart(6)} ms = ${spread(row.ratioSpread)}${vsReferences}`)
}
console.log(`median of ${runs} rounds [middle half]; 1-minute load ${result.loadBefore.toFixed(1)} before, ${result.loadAfter.toFixed(1)} after; now ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`)
process.exit(0)
