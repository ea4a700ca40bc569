// `npm run test:peers`: does the packed kit work for hosts at both ends of its peer ranges? Builds and
// packs the kit, then for each scratch app in test/peers (floor: the oldest version of each peer the
// ranges allow; top: the newest that runs on Node 20) installs it from its lock, type-checks the app
// and the Next.js sample against the kit's .d.ts, imports the built entries in plain Node, builds the
// app with Vite and forgets a device through the panel in Chromium against the emulator.
//
// The floor follows package.json: when a peer's lower bound moves, this rewrites
// test/peers/floor/package.json and its lock to the new floor (commit them) before testing.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { allows, floorOf } from './peers/peerRanges'
import { buildApp, importInNode, installScratchApp, peersDir, root, run, typeCheck } from './peers/scratchApp'
import { forgetADeviceInChromium } from './peers/drivePanel'

/** The peers a host installs to use the kit (msw is only for the emulator's MSW entry). */
const testedPeers = ['react', 'react-dom', '@tanstack/react-query', 'aws-amplify']

interface Manifest {
  dependencies: Record<string, string>
  peerDependencies: Record<string, string>
}

const readManifest = async (dir: string) => JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Manifest
const kit = await readManifest(root)
/** Every range the scratch apps pin a version inside: the tested peers and the kit's own dependencies. */
const ranges: Record<string, string> = {
  ...Object.fromEntries(testedPeers.map((peer) => [peer, kit.peerDependencies[peer]!])),
  ...kit.dependencies,
}
const pinned = Object.keys(ranges)

/** Makes test/peers/floor pin each range's lower bound; re-locks it when one moved. */
async function followFloor(): Promise<void> {
  const dir = join(peersDir, 'floor')
  const floor = await readManifest(dir)
  const moved = pinned.filter((name) => floor.dependencies[name] !== floorOf(ranges[name]!))
  if (moved.length === 0) return
  for (const name of moved) floor.dependencies[name] = floorOf(ranges[name]!)
  floor.dependencies = Object.fromEntries(Object.entries(floor.dependencies).sort(([a], [b]) => a.localeCompare(b)))
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(floor, null, 2)}\n`)
  run('npm', ['install', '--package-lock-only', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir)
  console.log(`peers: the floor of ${moved.join(', ')} moved; updated test/peers/floor/package.json and package-lock.json (commit them)`)
}

/** The top app must stay inside the ranges (a range that drops it is a breaking change to test). */
async function checkTopInsideRanges(): Promise<void> {
  const top = await readManifest(join(peersDir, 'top'))
  const outside = pinned.filter((name) => !top.dependencies[name] || !allows(ranges[name]!, top.dependencies[name]))
  if (outside.length > 0) throw new Error(`test/peers/top pins ${outside.map((name) => `${name}@${top.dependencies[name]}`).join(', ')}, outside package.json's ranges`)
}

const started = performance.now()
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
const packDir = await mkdtemp(join(tmpdir(), 'rcd-peers-pack-'))
try {
  await followFloor()
  await checkTopInsideRanges()
  // In `npm test`, test:package has just built dist; run alone, this builds it.
  if (!process.argv.includes('--built')) run('npm', ['run', 'build', '--silent'], root)
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], root)) as { filename: string }[]
  const tarball = join(packDir, packed[0]!.filename)
  console.log(`peers: packed ${packed[0]!.filename} at ${seconds()}`)
  // `npx tsx scripts/checkPeers.ts top` runs one app.
  const apps = ['floor', 'top'].filter((name) => process.argv.includes(name))
  for (const name of apps.length > 0 ? apps : ['floor', 'top']) {
    const dir = await installScratchApp(name, tarball)
    console.log(`${name}: installed at ${seconds()}`)
    typeCheck(dir)
    importInNode(dir)
    const outDir = await buildApp(dir)
    console.log(`${name}: type-checked, imported in Node and built at ${seconds()}`)
    await forgetADeviceInChromium(outDir)
    console.log(`${name}: ok at ${seconds()}`)
  }
} finally {
  await rm(packDir, { recursive: true, force: true })
}
