// Bundle cost to a host app, in the one measure CI's budgets use: size-limit (its esbuild bundle of a
// small entry that imports each thing, minified, then gzip -9, less its empty-project overhead).
// The kit's rows are the checks of `.size-limit.json`, with their budgets; the reference rows
// bundle `@aws-amplify/ui-react`'s `AccountSettings` and its stylesheet the same way. react,
// react-dom, @tanstack/react-query and aws-amplify (with the @aws-amplify/* packages it brings) are
// the host's already, so they stay out; our own dependency (aws4fetch) counts.
import preset from '@size-limit/preset-small-lib'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import sizeLimit from 'size-limit'

export interface BundleCost {
  readonly name: string
  /** gzip bytes, as size-limit counts them. */
  readonly gzipBytes: number
  /** The budget in `.size-limit.json`, in bytes; undefined for the reference rows. */
  readonly limitBytes: number | undefined
}

interface SizeLimitEntry {
  name: string
  path: string | string[]
  import?: string | Record<string, string>
  ignore?: string[]
  limit?: string
}

const root = resolve(import.meta.dirname, '..')
const require = createRequire(resolve(root, 'package.json'))
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T

/** aws-amplify and the packages it installs: a host "with aws-amplify" already ships these. */
function amplifyPackages(): string[] {
  const manifest = readJson<{ dependencies?: Record<string, string> }>(require.resolve('aws-amplify/package.json'))
  return ['aws-amplify', ...Object.keys(manifest.dependencies ?? {}).filter((name) => name.startsWith('@aws-amplify/'))]
}

/** Our peers (react, react-dom, @tanstack/react-query, aws-amplify, msw), which size-limit leaves out too, and aws-amplify's packages. */
const peers = Object.keys(readJson<{ peerDependencies: Record<string, string> }>(resolve(root, 'package.json')).peerDependencies)
const hostPackages = [...peers, ...amplifyPackages()]

/** `4.9 kB` -> 4900, as size-limit reads a limit (kB = 1000 bytes). */
function bytesOf(limit: string): number {
  const match = /^([\d.]+)\s*(B|kB|KB)$/.exec(limit.trim())
  if (!match) throw new Error(`bench: cannot read the size limit "${limit}"`)
  return Number(match[1]) * (match[2] === 'B' ? 1 : 1000)
}

/** One size-limit check, spelled as size-limit's own config reader spells it (absolute paths, peers ignored). */
function check(entry: SizeLimitEntry) {
  const files = (Array.isArray(entry.path) ? entry.path : [entry.path]).map((path) => resolve(root, path))
  const imports = typeof entry.import === 'string' ? { [files[0]!]: entry.import } : entry.import
  return {
    name: entry.name,
    files,
    import: imports && Object.fromEntries(Object.entries(imports).map(([path, names]) => [resolve(root, path), names])),
    ignore: [...hostPackages, ...(entry.ignore ?? [])],
    gzip: true,
  }
}

export async function measureBundles(): Promise<BundleCost[]> {
  const entries = readJson<SizeLimitEntry[]>(resolve(root, '.size-limit.json'))
  // Its ES module (the `import` condition), which tree-shakes as a host's bundler would; `require`
  // would resolve the CommonJS build, all of it.
  const amplifyUi = fileURLToPath(import.meta.resolve('@aws-amplify/ui-react'))
  const references: SizeLimitEntry[] = [
    { name: 'Amplify UI AccountSettings (reference)', path: amplifyUi, import: { [amplifyUi]: '{ AccountSettings }' } },
    { name: 'Amplify UI styles.css (reference)', path: require.resolve('@aws-amplify/ui-react/styles.css') },
  ]
  const all = [...entries, ...references]
  // The API's types know file lists and plugin functions; given checks and the preset's plugin
  // objects (what the CLI passes it), it answers one `{ size }` per check.
  const results = (await sizeLimit(preset as never, { checks: all.map(check) })) as Array<{ size?: number }>
  return all.map((entry, index) => ({
    name: entry.name,
    gzipBytes: results[index]?.size ?? Number.NaN,
    limitBytes: entry.limit === undefined ? undefined : bytesOf(entry.limit),
  }))
}
