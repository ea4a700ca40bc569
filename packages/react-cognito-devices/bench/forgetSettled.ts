// `npx tsx bench/forgetSettled.ts`: the forget row of `npm run bench` (one of 600 devices, once the
// panel has settled: renderKit, 1.5 s pause, forget) taken apart: wall clock until the row is gone,
// and from Chromium's trace the main thread's script (which includes the forced layout) and layout time.
import { openBenchPage } from './browser.ts'

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur: number
  args?: { name?: string }
}
const { page, close } = await openBenchPage()
const cdp = await page.context().newCDPSession(page)
const walls: number[] = []
for (let run = 0; run < 6; run++) {
  await page.evaluate(() => window.bench.renderKit(600))
  await page.waitForTimeout(1500)
  const events: TraceEvent[] = []
  // CDP types the trace events as string maps; these are the fields read below.
  const onData = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]))
  cdp.on('Tracing.dataCollected', onData)
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,__metadata', transferMode: 'ReportEvents' } as never)
  const ms = await page.evaluate(() => window.bench.forgetUntilRemoved())
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()))
  await cdp.send('Tracing.end')
  await done
  cdp.off('Tracing.dataCollected', onData)
  await page.evaluate(() => window.bench.forgetCleanup())
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!main) throw new Error('no renderer main thread in the trace')
  const sum = (name: string) => events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === name).reduce((t, e) => t + e.dur / 1000, 0)
  if (run > 0) walls.push(ms)
  console.log(`run ${run}: ${ms.toFixed(1)} ms wall; JS (FunctionCall) ${sum('FunctionCall').toFixed(1)}; style ${sum('UpdateLayoutTree').toFixed(1)}; layout ${sum('Layout').toFixed(1)}`)
}
console.log('median wall', walls.sort((a, b) => a - b)[Math.floor(walls.length / 2)]!.toFixed(1))
await close()
process.exit(0)
