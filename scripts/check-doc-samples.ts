// Type-checks every TypeScript sample in README.md and docs/ against the kit's sources, so a sample
// cannot drift from the API. Each ```ts / ```tsx block becomes a module of its own; names a sample
// takes from the host app (its router, its QueryClient, ...) are declared in docs/host-app.d.ts.
// A sample that is not meant to compile alone says so with ```tsx ignore on its fence line.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFileSync } from 'node:child_process'
import ts from 'typescript'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'node_modules/.cache/doc-samples')

/** The package's entries, as a host imports them, mapped to the sources. */
const entries: Record<string, string> = {
  'react-cognito-devices': 'src/index.ts',
  'react-cognito-devices/amplify': 'src/amplify.ts',
  'react-cognito-devices/admin': 'src/admin.ts',
  'react-cognito-devices/emulator': 'src/emulator/index.ts',
  'react-cognito-devices/emulator/node': 'src/emulator/node.ts',
  'react-cognito-devices/emulator/msw': 'src/emulator/msw.ts',
  'react-cognito-devices/locales/*': 'src/locales/*.ts',
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
}

function samplesOf(file: string): Sample[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const samples: Sample[] = []
  let open: { line: number; body: string[] } | undefined
  lines.forEach((text, index) => {
    if (open) {
      if (/^```\s*$/.test(text)) {
        samples.push({ file, line: open.line, code: open.body.join('\n') })
        open = undefined
      } else open.body.push(text)
    } else if (/^```(ts|tsx|typescript)\s*$/.test(text)) open = { line: index + 2, body: [] }
  })
  return samples
}

rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
const samples = markdownFiles().flatMap(samplesOf)
const origins = new Map<string, Sample>()
samples.forEach((sample, index) => {
  const name = `sample-${String(index).padStart(3, '0')}.tsx`
  origins.set(name, sample)
  // `export {}` keeps each sample a module: two samples may both declare `deviceApi`.
  writeFileSync(join(outDir, name), `${sample.code}\nexport {}\n`)
})

const paths = Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, [join(root, path)]]))
// tsconfig.json is JSON with comments: read it as TypeScript does.
const tsconfigPath = join(root, 'tsconfig.json')
const base = ts.parseConfigFileTextToJson(tsconfigPath, readFileSync(tsconfigPath, 'utf8')).config as { compilerOptions: Record<string, unknown> }
writeFileSync(
  join(outDir, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: { ...base.compilerOptions, paths, typeRoots: [join(root, 'node_modules/@types')] },
    include: ['*.tsx', join(root, 'docs/host-app.d.ts')],
  }),
)

try {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', join(outDir, 'tsconfig.json')], { cwd: outDir, encoding: 'utf8' })
  console.log(`doc samples: ${samples.length} type-checked`)
} catch (failure) {
  const output = String((failure as { stdout?: string }).stdout ?? failure)
  // Point each error at the page and line of the sample it is in.
  console.error(
    output.replace(/(sample-\d+\.tsx)\((\d+),(\d+)\)/g, (whole, name: string, line: string, column: string) => {
      const origin = origins.get(name)
      return origin ? `${relative(root, origin.file)}:${origin.line + Number(line) - 1}:${column}` : whole
    }),
  )
  process.exit(1)
}
