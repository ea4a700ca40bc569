// `npx tsx bench/ab.ts <other checkout> [--runs 9]`: the bench page of this checkout (B) against the
// one of another checkout (A, e.g. a `git worktree` of the base commit), in two tabs, run for run
// alternately, so that load on the machine hits both alike. Prints wall-clock medians and B / A.
import { resolve } from 'node:path'
import { openBenchPage } from './browser.ts'

const other = process.argv[2]
if (!other) throw new Error('usage: tsx bench/ab.ts <other checkout> [--runs 9]')
const index = process.argv.indexOf('--runs')
const runs = index >= 0 ? Number(process.argv[index + 1]) : 9
const a = await openBenchPage({ root: resolve(other, 'bench/page') })
const b = await openBenchPage()
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!
const measures = {
  'first render, 60': (page: typeof a.page) => page.evaluate(() => window.bench.renderKit(60)),
  'first render, 600': (page: typeof a.page) => page.evaluate(() => window.bench.renderKit(600)),
  'forget one of 600': (page: typeof a.page) => page.evaluate(async () => (await window.bench.renderKit(600), window.bench.forgetKit())),
}
try {
  for (const [name, measure] of Object.entries(measures)) {
    const timesA: number[] = []
    const timesB: number[] = []
    for (let run = 0; run < runs + 2; run++) {
      const [first, second] = run % 2 ? [b, a] : [a, b]
      const firstMs = await measure(first.page)
      const secondMs = await measure(second.page)
      if (run < 2) continue
      ;(first === a ? timesA : timesB).push(firstMs)
      ;(second === a ? timesA : timesB).push(secondMs)
    }
    const [medianA, medianB] = [median(timesA), median(timesB)]
    console.log(`${name.padEnd(20)} A ${medianA.toFixed(1).padStart(7)} ms  B ${medianB.toFixed(1).padStart(7)} ms  B/A ${(medianB / medianA).toFixed(2)}`)
  }
} finally {
  await a.close()
  await b.close()
}
process.exit(0)
