// `npm run test:package`: is the published package right? Builds it, checks that the main entries reach
// no admin code and that the device panel's bundle holds no passkey code, lints it (publint, attw for an
// ESM-only package), packs the tarball and checks it holds nothing of the emulator, installs it (and the
// emulator's tarball, as a host's tests would) into a scratch Vite app in a temp dir (dependencies linked
// from the workspace's node_modules: no network), type-checks the app against the packed .d.ts and
// builds it with Vite. Exits non-zero on the first failure.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { build } from 'vite'
import { devicePanelHoldsNoPasskeyCode } from './devicePanelBundle'

const root = resolve(import.meta.dirname, '..')
/** The workspace root: npm installs every package's dependencies in its node_modules. */
const workspace = resolve(root, '../..')
/** Names a host should never install for the kit: the emulator's own dependencies. */
const EMULATOR_ONLY = /^(jose|cognito-emulator|@smithy\/|@aws-crypto\/)/
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
  name: string
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

function run(command: string, args: string[], cwd = root): string {
  console.log(`$ ${command} ${args.join(' ')}`)
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 240_000 })
}

const scratch = await mkdtemp(join(tmpdir(), 'rcd-package-'))
try {
  run('npm', ['run', 'build', '--silent'])
  await mainEntriesHoldNoAdminCode()
  await devicePanelHoldsNoPasskeyCode()
  console.log(run('npx', ['publint', '--strict']))
  console.log(run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css', 'styles.layer.css', 'themes/amplify-ui.css']))

  // The tarballs, unpacked where `npm install` would put them.
  const install = async (packageDir: string) => {
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], packageDir)) as PackResult[]
    const installed = join(scratch, 'node_modules', packed!.name)
    await mkdir(installed, { recursive: true })
    run('tar', ['-xzf', join(scratch, packed!.filename), '-C', installed, '--strip-components=1'])
    return packed!
  }
  const kit = await install(root)
  await holdsNoEmulator(kit)
  const emulatorDir = join(root, '../cognito-emulator')
  run('npm', ['run', 'build', '--silent'], emulatorDir)
  const emulator = await install(emulatorDir)

  // What a host has: the peers, our dependencies, and the tools; linked, not downloaded. msw, an
  // optional peer, comes last: the app and the Node emulator must work without it.
  const link = async (name: string) => {
    const target = join(scratch, 'node_modules', name)
    await mkdir(dirname(target), { recursive: true })
    await symlink(join(workspace, 'node_modules', name), target, 'dir')
  }
  const optionalPeers = new Set(['msw'])
  const emulatorManifest = JSON.parse(await readFile(join(scratch, 'node_modules', emulator.name, 'package.json'), 'utf8')) as typeof manifest
  for (const name of [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {}), ...Object.keys(emulatorManifest.dependencies ?? {}), '@types/react', '@types/react-dom']) {
    if (!optionalPeers.has(name)) await link(name)
  }

  await writeFile(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch-host', private: true, type: 'module' }, null, 2))
  await writeFile(join(scratch, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>\n')
  await writeFile(
    join(scratch, 'main.tsx'),
    `import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { DeviceKitProvider, DeviceManager, tokenDeviceApi, useDevices, type Device } from 'react-cognito-devices'
import { amplifyDeviceApi } from 'react-cognito-devices/amplify'
import { adminDeviceApi } from 'react-cognito-devices/admin'
import { createCognitoEmulator } from 'cognito-emulator'
import 'react-cognito-devices/styles.css'
import 'react-cognito-devices/themes/amplify-ui.css'

const emulator = createCognitoEmulator()
const api = import.meta.env.MODE === 'amplify' ? amplifyDeviceApi() : tokenDeviceApi({
  endpoint: 'http://localhost/',
  getAccessToken: () => undefined,
  fetch: (input, init) => emulator.handle(new Request(input, init)),
})
export const adminApi = () => adminDeviceApi({ userPoolId: 'eu-west-1_AbC123', username: 'someone', credentials: () => undefined })
const names = (devices: readonly Device[]): string[] => devices.map((device) => device.key)
export function Count() {
  return <p>{names(useDevices().devices).length}</p>
}
createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}>
    <DeviceKitProvider api={api}>
      <DeviceManager />
    </DeviceKitProvider>
  </QueryClientProvider>,
)
`,
  )
  await writeFile(
    join(scratch, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['vite/client'],
        },
        include: ['main.tsx'],
      },
      null,
      2,
    ),
  )
  await symlink(join(workspace, 'node_modules', 'vite'), join(scratch, 'node_modules', 'vite'), 'dir')
  run(join(workspace, 'node_modules', '.bin', 'tsc'), ['-p', scratch])

  const outDir = join(scratch, 'dist')
  await build({ root: scratch, configFile: false, logLevel: 'error', publicDir: false, build: { outDir, emptyOutDir: true } })
  const assets = await readdir(join(outDir, 'assets'))
  const js = await Promise.all(assets.filter((file) => file.endsWith('.js')).map((file) => readFile(join(outDir, 'assets', file), 'utf8')))
  const css = await Promise.all(assets.filter((file) => file.endsWith('.css')).map((file) => readFile(join(outDir, 'assets', file), 'utf8')))
  if (!js.some((code) => code.includes('rcd-device-manager') || code.includes('rcd-device-card'))) throw new Error('the app bundle holds no kit component')
  if (!css.some((code) => code.includes('.rcd-device-card'))) throw new Error('the app bundle holds no kit styles')
  if (!css.some((code) => code.includes('--amplify-colors-font-primary'))) throw new Error('the app bundle holds no Amplify UI theme bridge')
  if (js.some((code) => code.includes('node:http'))) throw new Error('a browser bundle pulled in node:http')

  console.log(`check-package: ok (${assets.join(', ')})`)
} finally {
  await rm(scratch, { recursive: true, force: true })
}

interface PackResult {
  name: string
  filename: string
  files: { path: string }[]
}

/**
 * The kit's tarball holds no emulator file, and nothing it installs (its dependencies, and theirs) is
 * one of the emulator's dependencies: a host that never tests against the emulator downloads none of it.
 */
async function holdsNoEmulator(packed: PackResult) {
  const emulatorFiles = packed.files.filter((file) => /emulator/i.test(file.path))
  if (emulatorFiles.length > 0) throw new Error(`the kit's tarball holds emulator files: ${emulatorFiles.map((file) => file.path).join(', ')}`)
  const installs = new Set<string>()
  const pending = Object.keys(manifest.dependencies ?? {})
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (installs.has(name)) continue
    installs.add(name)
    const dependency = JSON.parse(await readFile(join(workspace, 'node_modules', name, 'package.json'), 'utf8')) as typeof manifest
    pending.push(...Object.keys(dependency.dependencies ?? {}))
  }
  const unwanted = [...installs].filter((name) => EMULATOR_ONLY.test(name))
  if (unwanted.length > 0) throw new Error(`installing the kit installs the emulator's dependencies: ${unwanted.join(', ')}`)
  console.log(`check-package: the kit's tarball has ${packed.files.length} files, none of the emulator's; it installs ${[...installs].sort().join(', ')}`)
}

/**
 * The admin entry keeps to itself: no module the main, Amplify or locale entries import (the build
 * keeps one file per module) is an admin one or the SigV4 signer, so a host without a support
 * console downloads none of it.
 */
async function mainEntriesHoldNoAdminCode() {
  const dist = join(root, 'dist')
  const locales = (await readdir(join(dist, 'locales'))).filter((file) => file.endsWith('.js')).map((file) => join(dist, 'locales', file))
  const seen = new Set<string>()
  const pending = [join(dist, 'index.js'), join(dist, 'amplify.js'), ...locales]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    const code = await readFile(file, 'utf8')
    if (file.startsWith(join(dist, 'admin')) || /aws4fetch|AwsV4Signer|Administrator/.test(code)) {
      throw new Error(`a main entry reaches admin code: ${file.slice(dist.length + 1)}`)
    }
    for (const [, path] of code.matchAll(/(?:from|import)\s*["'](\.\.?\/[^"'\s]+\.js)["']/g)) pending.push(resolve(dirname(file), path!))
  }
  console.log(`check-package: the main, amplify and locale entries reach ${seen.size} modules, none of them admin code`)
}

