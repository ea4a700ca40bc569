import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import dts from 'vite-plugin-dts'

// The library build: ESM + .d.ts for each public entry. Peer dependencies (react, react-dom,
// @tanstack/react-query, aws-amplify) and our runtime dependencies stay external: the host's bundler
// resolves them once for the whole app.
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^aws-amplify($|\/)/, /^@aws-amplify\//, 'aws4fetch']

const sourceDir = resolve('src')
const outDir = resolve('dist')

/**
 * Our sources import extensionless ('./device', './components'), which bundlers accept but
 * TypeScript's node16/nodenext resolution does not: there a .d.ts must say './device.js' or
 * './components/index.js'. Rewrite each relative specifier of an emitted declaration file to the
 * file it names, so the types resolve under every moduleResolution (attw's node16 check).
 */
function withExplicitExtensions(declarationPath: string, content: string): string {
  const sourceFile = join(sourceDir, relative(outDir, declarationPath))
  const from = dirname(sourceFile)
  return content.replace(/(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g, (whole, before: string, quote: string, specifier: string) => {
    if (/\.(js|css|json)$/.test(specifier)) return whole
    const target = resolve(from, specifier)
    if (['.ts', '.tsx'].some((extension) => existsSync(target + extension))) return `${before}${quote}${specifier}.js${quote}`
    if (['index.ts', 'index.tsx'].some((index) => existsSync(join(target, index)))) return `${before}${quote}${specifier}/index.js${quote}`
    throw new Error(`${declarationPath}: cannot tell which file '${specifier}' names`)
  })
}

/**
 * Inferred hook return types name `@tanstack/query-core`, which is @tanstack/react-query's dependency,
 * not ours: a host with a strict node_modules (pnpm) cannot resolve it from our .d.ts. react-query
 * re-exports all of query-core, so name the peer dependency instead.
 */
const throughPeerDependency = (content: string) => content.replace(/(['"])@tanstack\/query-core\1/g, "$1@tanstack/react-query$1")

/** Entries whose module runs on the client (hooks, components): they start with 'use client'. */
const clientEntries = new Set(['index', 'amplify'])
/** A client component in an entry that is not all client code (admin: adminDeviceApi may run on a server). */
const clientModules = new Set(['adminPanel/AdminDeviceManager'])

export default defineConfig({
  plugins: [
    react(),
    dts({
      include: ['src'],
      // Not part of the published API: tests, stories and the stylesheet build script.
      exclude: ['src/**/*.test.*', 'src/**/*.stories.*', 'src/styles/buildStyles.ts'],
      entryRoot: 'src',
      // A declaration TypeScript cannot emit (e.g. a return type naming an unexported interface,
      // TS4058) is silently left out, and the published index.d.ts then points at a missing file.
      // Fail the build instead.
      beforeWriteFile: (filePath, content) => ({ content: throughPeerDependency(withExplicitExtensions(filePath, content)) }),
      afterDiagnostic: (diagnostics) => {
        const errors = diagnostics.filter((diagnostic) => diagnostic.category === 1)
        if (errors.length > 0) {
          throw new Error(`vite-plugin-dts: ${errors.length} type error(s) above; the .d.ts files would be incomplete.`)
        }
      },
    }),
  ],
  // Library mode would copy public/ into dist.
  publicDir: false,
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        amplify: 'src/amplify.ts',
        admin: 'src/admin.ts',
        'locales/de': 'src/locales/de.ts',
        'locales/ar': 'src/locales/ar.ts',
        'adminLocales/de': 'src/adminLocales/de.ts',
        'adminLocales/ar': 'src/adminLocales/ar.ts',
        'locales/de-passkeys': 'src/locales/de-passkeys.ts',
        'locales/ar-passkeys': 'src/locales/ar-passkeys.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external,
      // Keep imported constants (MAX_PAGE_SIZE) as imports: inlining them left empty
      // `import "../model/device.js"` statements behind, which esbuild hosts warn about
      // (ignored-bare-import, since our package declares no side effects).
      optimization: { inlineConst: false },
      output: {
        // One output file per source module, so a host's bundler drops what it does not import
        // ("sideEffects": CSS only). A single flat index.js defeats that: a hooks-only import then
        // kept every component (forwardRef calls are not known to be pure). For the same reason each
        // module-level forwardRef/memo/createContext call in src carries /* @__PURE__ */: without it, a
        // module's unused component stays in the host's bundle (DeviceAttributes in every DeviceCard's).
        preserveModules: true,
        preserveModulesRoot: 'src',
        // Components and hooks run on the client; frameworks with server components need to know.
        // The directive goes on the entry modules a host imports.
        banner: (chunk) => ((chunk.isEntry && clientEntries.has(chunk.name)) || clientModules.has(chunk.name) ? "'use client';" : ''),
      },
    },
  },
})
