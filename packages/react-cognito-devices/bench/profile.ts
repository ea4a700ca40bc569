// `npx tsx bench/profile.ts [render|forget] [count]`: a CPU profile (Chromium's sampling profiler,
// unminified production build) of one kit render or one forget on the bench page, summarised as
// the functions with the most self time. Writes bench/results/<what>.cpuprofile for DevTools.
import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { openBenchPage } from './browser.ts'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const what = process.argv[2] === 'forget' ? 'forget' : 'render'
const count = Number(process.argv[3] ?? 600)
const { page, errors, close } = await openBenchPage({ minify: false })
try {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  // Warm up (JIT, Intl caches), then profile one run.
  for (let run = 0; run < 3; run++) {
    await page.evaluate(async ([kind, n]) => {
      await window.bench.renderKit(n as number)
      if (kind === 'forget') await window.bench.forgetKit()
    }, [what, count] as const)
  }
  let elapsed: number
  if (what === 'render') {
    await page.evaluate(() => window.bench.unmount())
    await cdp.send('Profiler.start')
    elapsed = await page.evaluate((n) => window.bench.renderKit(n), count)
  } else {
    await page.evaluate((n) => window.bench.renderKit(n), count)
    // --settle: let work the render deferred finish first (a user does not forget in the same frame).
    if (process.argv.includes('--settle')) await page.waitForTimeout(2000)
    await cdp.send('Profiler.start')
    elapsed = await page.evaluate(() => window.bench.forgetKit())
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  if (errors.length > 0) throw new Error(errors.join('; '))

  const self = new Map<number, number>()
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000))
  const byName = new Map<string, number>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame
    const file = url.split('/').pop() ?? ''
    const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
    byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0))
  }
  const total = [...self.values()].reduce((sum, value) => sum + value, 0)
  console.log(`${what} ${count}: ${elapsed.toFixed(1)} ms on the page clock; ${total.toFixed(1)} ms sampled`)
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`)
  const results = resolve(import.meta.dirname, 'results')
  await mkdir(results, { recursive: true })
  await writeFile(resolve(results, `${what}.cpuprofile`), JSON.stringify(profile))
} finally {
  await close()
}
process.exit(0)
