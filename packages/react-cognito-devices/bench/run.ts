// `npm run bench`: builds the package, then measures bundle cost, requests and Chromium timings,
// prints one table and writes bench/results/latest.json. Everything is bounded in time.
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { resolve } from 'node:path'
import { measureBrowser, type BrowserResult, type Spread } from './browser.ts'
import { measureBundles } from './bundleCost.ts'
import { measureRequests } from './requests.tsx'

const LIMIT_MS = 10 * 60_000
const guard = setTimeout(() => {
  console.error(`bench: gave up after ${LIMIT_MS / 60_000} minutes`)
  process.exit(2)
}, LIMIT_MS)
guard.unref()

const root = resolve(import.meta.dirname, '..')
const skipBuild = process.argv.includes('--no-build')
if (!skipBuild) {
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'pipe', timeout: 180_000 })
  } catch (error) {
    const failed = error as { stdout?: Buffer; stderr?: Buffer }
    console.error(`${failed.stdout ?? ''}${failed.stderr ?? ''}\nbench: npm run build failed`)
    process.exit(1)
  }
}

// kB = 1000 bytes, as size-limit prints them, so the table and the budgets read alike.
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`
const ms = (value: number) => `${value.toFixed(1)} ms`
// A per-round ratio's median and, in brackets, the middle half of the rounds.
const ratio = ({ median, low, high }: Spread) => `${median.toFixed(2)}x [${low.toFixed(2)}-${high.toFixed(2)}]`

const bundles = await measureBundles()
const requests = await measureRequests()
const browser: BrowserResult = await measureBrowser()

const cpus = os.cpus()
const machine = {
  cpu: cpus[0]?.model.trim() ?? 'unknown',
  cores: cpus.length,
  memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GB`,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: browser.chromium,
  loadAverage: os.loadavg().map((load) => load.toFixed(1)).join(' '),
  loadDuringChromium: `${browser.loadBefore.toFixed(1)} before, ${browser.loadAfter.toFixed(1)} after`,
}

const reference = (name: string) => bundles.find((row) => row.name.startsWith(name))
const amplifyJs = reference('Amplify UI AccountSettings')
const amplifyCss = reference('Amplify UI styles.css')

type Row = [section: string, measure: string, kit: string, comparedWith: string]
const rows: Row[] = [
  ...bundles
    .filter((row) => row.limitBytes !== undefined)
    .map((row): Row => [
      'bundle (min+gzip)',
      row.name,
      `${kb(row.gzipBytes)} (budget ${kb(row.limitBytes ?? 0)})`,
      row.name.startsWith('CSS') ? `Amplify UI CSS ${kb(amplifyCss?.gzipBytes ?? 0)}` : row.name.startsWith('DeviceManager with') ? `Amplify UI AccountSettings ${kb(amplifyJs?.gzipBytes ?? 0)}` : '',
    ]),
  ...[amplifyJs, amplifyCss].filter((row) => row !== undefined).map((row): Row => ['bundle (min+gzip)', row.name, '', kb(row.gzipBytes)]),
  ...requests.map((row): Row => [
    'requests',
    row.name,
    `${row.measured} (${Object.entries(row.byOperation).map(([operation, count]) => `${operation} ${count}`).join(', ') || 'none'})`,
    `floor ${row.floor}`,
  ]),
  ...browser.timings.map((row): Row => [
    `Chromium (median of ${browser.runs} rounds [middle half])`,
    row.name,
    `${ms(row.kitMs)} [${row.kit.low.toFixed(1)}-${row.kit.high.toFixed(1)}] = ${ratio(row.ratioSpread)}`,
    `plain <ul> ${ms(row.baselineMs)}${row.references.map((reference) => `; ${reference.name} ${ms(reference.ms)} (kit = ${ratio(reference.ratioSpread)})`).join('')}`,
  ]),
  ['Chromium DOM', 'elements per device card in the default panel', browser.elementsPerCard.toFixed(1), ''],
]

const header: Row = ['', 'measure', 'react-cognito-devices', 'compared with']
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)))
const line = (row: Row) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
console.log(line(header))
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
for (const row of rows) console.log(line(row))
console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium}; load average ${machine.loadAverage} (1 minute: ${machine.loadDuringChromium} the Chromium rounds)`)

const results = resolve(root, 'bench/results')
await mkdir(results, { recursive: true })
await writeFile(resolve(results, 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, bundles, requests, browser }, null, 2)}\n`)
console.log('Written: bench/results/latest.json')
process.exit(0)
