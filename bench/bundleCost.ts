// Bundle cost to a host app: what a small entry importing each thing adds, bundled by esbuild
// (the bundler size-limit uses), minified, then gzip level 9. react, react-dom,
// @tanstack/react-query and aws-amplify (with the @aws-amplify/* packages it brings) are the host's
// already, so they stay external; our own dependencies (bowser, jose, react-error-boundary) count.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleCost {
  readonly name: string
  readonly minifiedBytes: number
  readonly gzipBytes: number
}

const root = resolve(import.meta.dirname, '..')
const require = createRequire(resolve(root, 'package.json'))

/** aws-amplify and the packages it installs: a host "with aws-amplify" already ships these. */
function amplifyPackages(): string[] {
  const manifest = JSON.parse(readFileSync(require.resolve('aws-amplify/package.json'), 'utf8')) as { dependencies?: Record<string, string> }
  return ['aws-amplify', ...Object.keys(manifest.dependencies ?? {}).filter((name) => name.startsWith('@aws-amplify/'))]
}

const hostPackages = ['react', 'react-dom', '@tanstack/react-query', ...amplifyPackages()]

async function measure(name: string, contents: string, options: { loader?: 'js' | 'css'; external?: string[] } = {}): Promise<BundleCost> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: options.loader ?? 'js', sourcefile: 'entry' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    outdir: '/virtual',
    external: [...hostPackages, ...(options.external ?? [])],
    // Font and image files of a stylesheet are loaded by URL, not inlined.
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const code = result.outputFiles.filter((file) => /\.(js|css)$/.test(file.path))
  const bytes = Buffer.concat(code.map((file) => Buffer.from(file.contents)))
  return { name, minifiedBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length }
}

const kit = (names: string) => `export { ${names} } from './dist/index.js'`

export async function measureBundles(): Promise<BundleCost[]> {
  return [
    await measure('hooks only', kit('useDevice, useDevices, useForgetDevice, useSetDeviceRemembered, DeviceKitProvider, tokenDeviceApi')),
    await measure('DeviceCard alone', kit('DeviceCard')),
    await measure('DeviceManager with everything', kit('DeviceManager')),
    await measure('DeviceManager without the user-agent parser', kit('DeviceManager'), { external: ['bowser'] }),
    await measure('user-agent parser (bowser)', `export { describeUserAgent } from './dist/format/deviceName.js'`),
    await measure('styles.css', `@import './dist/styles.css';`, { loader: 'css' }),
    await measure('Amplify UI AccountSettings (reference)', `export { AccountSettings } from '@aws-amplify/ui-react'`),
    await measure('Amplify UI styles.css (reference)', `@import '@aws-amplify/ui-react/styles.css';`, { loader: 'css' }),
  ]
}
