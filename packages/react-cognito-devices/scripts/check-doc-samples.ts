// Type-checks every TypeScript sample in README.md and docs/ against the kit's sources, so a sample
// cannot drift from the API. Each ```ts / ```tsx block becomes a module of its own; names a sample
// takes from the host app (its router, its QueryClient, a framework's API) are declared in docs/*.d.ts.
// A sample that another imports names its file after the language (```tsx app/account/Page.tsx);
// the samples of one page share a folder, so `import ... from './Page'` resolves.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFileSync } from 'node:child_process'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** The workspace root: npm installs every package's dependencies in its node_modules. */
const workspace = resolve(root, '../..')
const outDir = join(workspace, 'node_modules/.cache/doc-samples')

/** The package's entries, as a host imports them, mapped to the sources. */
const entries: Record<string, string> = {
  'react-cognito-devices': 'src/index.ts',
  'react-cognito-devices/amplify': 'src/amplify.ts',
  'react-cognito-devices/admin': 'src/admin.ts',
  // The emulator package a host's tests install beside the kit.
  'cognito-emulator': '../cognito-emulator/src/index.ts',
  'cognito-emulator/node': '../cognito-emulator/src/node.ts',
  'cognito-emulator/msw': '../cognito-emulator/src/msw.ts',
  'react-cognito-devices/locales/*': 'src/locales/*.ts',
  'react-cognito-devices/admin/locales/*': 'src/adminLocales/*.ts',
}

function markdownFiles(): string[] {
  const docs = join(root, 'docs')
  const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(docs, name))
  return [join(root, 'README.md'), ...pages]
}

interface Sample {
  file: string
  line: number
  code: string
  /** The file name its fence gives, if any. */
  name: string | undefined
}

function samplesOf(file: string): Sample[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const samples: Sample[] = []
  let open: { line: number; name: string | undefined; body: string[] } | undefined
  lines.forEach((text, index) => {
    if (open) {
      if (/^```\s*$/.test(text)) {
        samples.push({ file, line: open.line, name: open.name, code: open.body.join('\n') })
        open = undefined
      } else open.body.push(text)
    } else {
      const fence = /^```(?:ts|tsx|typescript)(?:\s+([\w./-]+\.tsx?))?\s*$/.exec(text)
      if (fence) open = { line: index + 2, name: fence[1], body: [] }
    }
  })
  return samples
}

rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
const samples = markdownFiles().flatMap(samplesOf)
const origins = new Map<string, Sample>()
samples.forEach((sample, index) => {
  const page = relative(root, sample.file).replace(/[/.]/g, '_')
  const name = join(page, sample.name ?? `sample-${String(index).padStart(3, '0')}.tsx`)
  origins.set(name, sample)
  mkdirSync(dirname(join(outDir, name)), { recursive: true })
  // `export {}` keeps each sample a module: two samples may both declare `deviceApi`.
  writeFileSync(join(outDir, name), `${sample.code}\nexport {}\n`)
})

const paths = Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, [join(root, path)]]))
writeFileSync(
  join(outDir, 'tsconfig.json'),
  JSON.stringify({
    extends: join(root, 'tsconfig.json'),
    compilerOptions: { paths, typeRoots: [join(workspace, 'node_modules/@types')] },
    include: ['**/*.tsx', '**/*.ts', join(root, 'docs/*.d.ts')],
  }),
)

try {
  execFileSync(join(workspace, 'node_modules/.bin/tsc'), ['--noEmit', '-p', join(outDir, 'tsconfig.json')], { cwd: outDir, encoding: 'utf8' })
  console.log(`doc samples: ${samples.length} type-checked`)
} catch (failure) {
  const output = String((failure as { stdout?: string }).stdout ?? failure)
  // Point each error at the page and line of the sample it is in.
  console.error(
    output.replace(/([\w./-]+\.tsx?)\((\d+),(\d+)\)/g, (whole, name: string, line: string, column: string) => {
      const origin = origins.get(name)
      return origin ? `${relative(root, origin.file)}:${origin.line + Number(line) - 1}:${column}` : whole
    }),
  )
  process.exit(1)
}
