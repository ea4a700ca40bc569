import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Two projects: plain Node for the wire client, emulator and pure logic (*.test.ts), and jsdom for
// anything that renders React (*.test.tsx). A file can still pick its own with
// `// @vitest-environment jsdom` (the aws-amplify integration tests do: Amplify needs `navigator`).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['test/**/*.test.tsx'],
          exclude: ['test/browser/**', 'test/e2e/**'],
          environment: 'jsdom',
          setupFiles: ['test/setup-dom.ts'],
        },
      },
    ],
  },
})
