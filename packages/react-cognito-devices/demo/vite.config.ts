import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { emulatorFromSource } from '../emulatorSource.ts'

/**
 * The demo account-settings app. It imports the kit from ../src, so it needs no library build.
 * `root` is this folder (demo/) whatever the working directory; `npm start` (scripts/start.ts)
 * starts it through Vite's createServer with this file, and so do the e2e tests.
 *
 * Pool settings come from VITE_USER_POOL_ID, VITE_USER_POOL_CLIENT_ID and VITE_USER_POOL_ENDPOINT
 * (the process environment or demo/.env.local); see src/poolConfig.ts.
 */
export default defineConfig({
  ...emulatorFromSource,
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // Apart from Storybook's and the tests' caches: two dev servers may run at once.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite/demo', import.meta.url)),
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  // Pre-bundle every dependency up front: discovering one on the first page load makes Vite
  // re-optimize and reload the page, which a user (or an e2e test) sees as a flash.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      '@tanstack/react-query',
      'aws-amplify',
      'aws-amplify/auth',
      'aws-amplify/utils',
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true },
})
