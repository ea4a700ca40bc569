import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import dts from 'vite-plugin-dts'

// The library build: ESM + .d.ts for each public entry. Peer dependencies (react, react-dom,
// @tanstack/react-query, aws-amplify) and our runtime dependencies stay external: the host's bundler
// resolves them once for the whole app.
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^aws-amplify($|\/)/, /^@aws-amplify\//, 'jose', 'bowser', 'react-error-boundary', /^node:/, 'msw', /^msw\//]

export default defineConfig({
  plugins: [react(), dts({ include: ['src'], exclude: ['src/**/*.test.*'], entryRoot: 'src' })],
  publicDir: false,
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        amplify: 'src/amplify.ts',
        'emulator/index': 'src/emulator/index.ts',
        'emulator/node': 'src/emulator/node.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external,
      output: {
        // Components and hooks run on the client; frameworks with server components need to know.
        banner: (chunk) => (chunk.isEntry && (chunk.name === 'index' || chunk.name === 'amplify') ? "'use client';" : ''),
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
})
