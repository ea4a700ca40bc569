// A host that renders only the device panel does not pay for passkeys: bundle what it imports
// (the "DeviceManager with everything" row of .size-limit.json) from the built dist, tree-shaken as
// a host's bundler does, and look for passkey code in it. Run by check-package; alone:
// `tsx scripts/devicePanelBundle.ts` after `npm run build`.
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { build, type Rolldown } from 'vite'

const root = resolve(import.meta.dirname, '..')

/** What only passkey code holds: the WebAuthn calls, Cognito's passkey operations, the section's classes. */
const PASSKEY_MARKS = ['navigator.credentials', 'PublicKeyCredential', 'WebAuthn', 'rcd-passkey']

/** The device panel's import, as a host writes it. */
const DEVICE_PANEL_ENTRY = `export { DeviceManager, DeviceKitProvider } from './index.js'
export { amplifyDeviceApi } from './amplify.js'
`

export async function devicePanelHoldsNoPasskeyCode(dist = join(root, 'dist')): Promise<void> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { peerDependencies?: Record<string, string>; dependencies?: Record<string, string> }
  // A host brings the peers (aws-amplify has passkey code of its own) and installs the dependencies.
  const external = [...Object.keys(manifest.peerDependencies ?? {}), ...Object.keys(manifest.dependencies ?? {})]
  const entry = join(dist, 'device-panel-entry.js')
  const output = (await build({
    configFile: false,
    logLevel: 'error',
    root: dist,
    plugins: [{ name: 'device-panel-entry', resolveId: (id) => (id === entry ? id : undefined), load: (id) => (id === entry ? DEVICE_PANEL_ENTRY : undefined) }],
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['es'], fileName: 'device-panel' },
      rollupOptions: { external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)) },
    },
  })) as Rolldown.RolldownOutput[]
  const code = output.flatMap((result) => result.output).map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n')
  if (!code.includes('rcd-device-manager')) throw new Error('the device panel bundle holds no device panel: the check looks at the wrong thing')
  const found = PASSKEY_MARKS.filter((mark) => code.includes(mark))
  if (found.length > 0) throw new Error(`a host that renders only the device panel bundles passkey code (${found.join(', ')})`)
  console.log(`check-package: the device panel's bundle (${(code.length / 1024).toFixed(1)} kB unminified) holds no passkey code`)
}

if (import.meta.url === `file://${process.argv[1]}`) await devicePanelHoldsNoPasskeyCode()
