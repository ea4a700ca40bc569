// `npm run test:peers`: does the packed kit work for hosts at both ends of its peer ranges? Builds and
// packs the kit, then for each scratch app in test/peers (floor: the oldest version of each peer the
// ranges allow; top: the newest that runs on Node 20) installs it from its lock, type-checks the app
// and the Next.js sample against the kit's .d.ts, imports the built entries in plain Node, builds the
// app with Vite and forgets a device through the panel in Chromium against the emulator, which the app
// installs from its own tarball as a host's tests would.
//
// The floor follows package.json: when a peer's lower bound moves, this rewrites
// test/peers/floor/package.json and its lock to the new floor (commit them) before testing.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { allows, floorOf } from './peers/peerRanges'
import { buildApp, importInNode, installScratchApp, peersDir, root, run, typeCheck } from './peers/scratchApp'
import { forgetADeviceInChromium } from './peers/drivePanel'

/** The peers a host installs to use the kit (msw is only for the emulator's MSW entry). */
const testedPeers = ['react', 'react-dom', '@tanstack/react-query', 'aws-amplify']

interface Manifest {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  peerDependencies: Record<string, string>
}

const readManifest = async (dir: string) => JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Manifest
const kit = await readManifest(root)
const emulatorDir = join(root, '../cognito-emulator')
const emulator = await readManifest(emulatorDir)
/** Every range the scratch apps pin a version inside: the tested peers and the kit's own dependencies. */
const ranges: Record<string, string> = {
  ...Object.fromEntries(testedPeers.map((peer) => [peer, kit.peerDependencies[peer]!])),
  ...kit.dependencies,
}
const pinned = Object.keys(ranges)
/** The emulator's dependencies: the apps' devDependencies, as a host's tests install them. */
const testRanges = emulator.dependencies
const testPinned = Object.keys(testRanges)

/** Makes test/peers/floor pin each range's lower bound; re-locks it when one moved. */
async function followFloor(): Promise<void> {
  const dir = join(peersDir, 'floor')
  const floor = await readManifest(dir)
  const moved = pinned.filter((name) => floor.dependencies[name] !== floorOf(ranges[name]!))
  const movedForTests = testPinned.filter((name) => floor.devDependencies[name] !== floorOf(testRanges[name]!))
  if (moved.length + movedForTests.length === 0) return
  for (const name of moved) floor.dependencies[name] = floorOf(ranges[name]!)
  for (const name of movedForTests) floor.devDependencies[name] = floorOf(testRanges[name]!)
  const sorted = (entries: Record<string, string>) => Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)))
  floor.dependencies = sorted(floor.dependencies)
  floor.devDependencies = sorted(floor.devDependencies)
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(floor, null, 2)}\n`)
  run('npm', ['install', '--package-lock-only', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir)
  console.log(`peers: the floor of ${[...moved, ...movedForTests].join(', ')} moved; updated test/peers/floor/package.json and package-lock.json (commit them)`)
}

/** The top app must stay inside the ranges (a range that drops it is a breaking change to test). */
async function checkTopInsideRanges(): Promise<void> {
  const top = await readManifest(join(peersDir, 'top'))
  const outside = [
    ...pinned.filter((name) => !top.dependencies[name] || !allows(ranges[name]!, top.dependencies[name])).map((name) => `${name}@${top.dependencies[name]}`),
    ...testPinned.filter((name) => !top.devDependencies[name] || !allows(testRanges[name]!, top.devDependencies[name])).map((name) => `${name}@${top.devDependencies[name]} (dev)`),
  ]
  if (outside.length > 0) throw new Error(`test/peers/top pins ${outside.join(', ')}, outside the packages' ranges`)
}

const started = performance.now()
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
const packDir = await mkdtemp(join(tmpdir(), 'rcd-peers-pack-'))
try {
  await followFloor()
  await checkTopInsideRanges()
  // In `npm test`, test:package has just built dist; run alone, this builds it.
  if (!process.argv.includes('--built')) run('npm', ['run', 'build', '--silent'], root)
  run('npm', ['run', 'build', '--silent'], emulatorDir)
  const pack = (dir: string) => join(packDir, (JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], dir)) as { filename: string }[])[0]!.filename)
  const tarballs = { 'react-cognito-devices': pack(root), 'cognito-emulator': pack(emulatorDir) }
  console.log(`peers: packed ${Object.values(tarballs).join(', ')} at ${seconds()}`)
  // `npx tsx scripts/checkPeers.ts top` runs one app.
  const apps = ['floor', 'top'].filter((name) => process.argv.includes(name))
  for (const name of apps.length > 0 ? apps : ['floor', 'top']) {
    const dir = await installScratchApp(name, tarballs)
    console.log(`${name}: installed at ${seconds()}`)
    typeCheck(dir)
    importInNode(dir)
    const outDir = await buildApp(dir)
    console.log(`${name}: type-checked, imported in Node and built at ${seconds()}`)
    await forgetADeviceInChromium(outDir, await import(pathToFileURL(join(dir, 'node_modules/cognito-emulator/dist/node.js')).href))
    console.log(`${name}: ok at ${seconds()}`)
  }
} finally {
  await rm(packDir, { recursive: true, force: true })
}
