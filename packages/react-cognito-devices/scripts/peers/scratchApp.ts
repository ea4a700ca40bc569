/**
 * One peer scratch app (test/peers/<name>): its own package.json and lock (the peers and the kit's
 * own dependencies; as devDependencies, the emulator's), installed with `npm ci` into a temp dir (reused
 * while the lock is unchanged: no network needed), then the packed kit and emulator unpacked into its
 * node_modules, the app's sources copied in, type-checked against the kit's .d.ts and built with Vite.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'

export const root = resolve(import.meta.dirname, '..', '..')
/** The workspace root: npm installs every package's dependencies in its node_modules. */
const workspace = resolve(root, '../..')
export const peersDir = join(root, 'test', 'peers')

export function run(command: string, args: string[], cwd: string): string {
  console.log(`$ ${command} ${args.join(' ')}   (in ${cwd})`)
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 300_000 })
}

// --include=dev: the type packages are devDependencies, and NODE_ENV=production or an npm_config_omit
// inherited from the calling npm would leave them out.
const npmQuiet = ['--prefer-offline', '--include=dev', '--no-audit', '--no-fund', '--loglevel=error']

/** Installs test/peers/<name> into a temp dir (npm ci, skipped while its lock is unchanged); returns the dir. */
export async function installScratchApp(name: string, tarballs: Record<'react-cognito-devices' | 'cognito-emulator', string>): Promise<string> {
  const source = join(peersDir, name)
  const dir = join(tmpdir(), 'rcd-peers', name)
  const lock = await readFile(join(source, 'package-lock.json'), 'utf8')
  const stamp = join(dir, 'node_modules', '.rcd-installed-lock')
  const wanted = createHash('sha256').update(lock).digest('hex')
  const installed = await readFile(stamp, 'utf8').catch(() => '')
  if (installed !== wanted) {
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    await cp(join(source, 'package.json'), join(dir, 'package.json'))
    await cp(join(source, 'package-lock.json'), join(dir, 'package-lock.json'))
    run('npm', ['ci', ...npmQuiet], dir)
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
    const missing = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => !existsSync(join(dir, 'node_modules', name)))
    if (missing.length > 0) throw new Error(`${name}: npm ci left out ${missing.join(', ')}`)
    await writeFile(stamp, wanted)
  } else {
    console.log(`${name}: peers already installed from this lock in ${dir}`)
  }
  // Each package's files as `npm install <tarball>` would place them; their dependencies are in the lock.
  for (const [name, tarball] of Object.entries(tarballs)) {
    const installed = join(dir, 'node_modules', name)
    await rm(installed, { recursive: true, force: true })
    await mkdir(installed, { recursive: true })
    run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], dir)
  }
  // The app's sources, fresh each run.
  const app = join(dir, 'app')
  await rm(app, { recursive: true, force: true })
  await cp(join(peersDir, 'app'), app, { recursive: true })
  return dir
}

/** tsc over the app (and the Next.js sample) against the installed peers' types and the kit's .d.ts. */
export function typeCheck(dir: string): void {
  run(join(workspace, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'app', 'tsconfig.json')], dir)
}

/**
 * Plain Node imports the kit's built entries: any `window` / `document` touched at import time throws
 * here. The amplify entry only where aws-amplify itself loads in plain Node (6.0.0's ESM build names
 * its files without extensions, which only bundlers resolve).
 */
export function importInNode(dir: string): void {
  const script = `await import('react-cognito-devices')
let amplifyLoads = true
try { await import('aws-amplify') } catch { amplifyLoads = false }
if (amplifyLoads) await import('react-cognito-devices/amplify')
await import('cognito-emulator/node')
console.log('imported in plain Node: react-cognito-devices, cognito-emulator/node' + (amplifyLoads ? ', react-cognito-devices/amplify' : ' (this aws-amplify does not load in plain Node itself: amplify entry not imported)'))`
  console.log(run(process.execPath, ['--input-type=module', '-e', script], dir).trim())
}

/** Vite builds the app; its modules resolve from the scratch dir's node_modules (the tested peers). */
export async function buildApp(dir: string): Promise<string> {
  const outDir = join(dir, 'dist')
  await build({
    root: join(dir, 'app'),
    configFile: false,
    // Not 'warn': every react-query module's 'use client' directive would be reported.
    logLevel: 'error',
    publicDir: false,
    cacheDir: join(dir, 'node_modules', '.vite'),
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  })
  return outDir
}
