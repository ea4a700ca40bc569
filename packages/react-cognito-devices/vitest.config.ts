import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { chromiumArgs, resolveChromium } from './scripts/chromium.ts'
import { emulatorFromSource } from './emulatorSource.ts'

// The projects:
// - node: the wire client and pure logic (*.test.ts);
// - dom: anything that renders React, in jsdom (*.test.tsx); a file can still pick its own with
//   `// @vitest-environment jsdom` (the aws-amplify tests do: Amplify needs `navigator`);
// - browser: what only a real browser can tell (layout, axe with real CSS), in Debian's Chromium;
// - storybook: every story rendered, played and checked by axe in Chromium (@storybook/addon-vitest);
// - e2e: the demo that `npm start` serves, driven by playwright-core in Chromium.
export default defineConfig({
  ...emulatorFromSource,
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/e2e/**', 'test/ssr/**'],
          environment: 'node',
          // The property tests run hundreds of cases; on a loaded 2-core machine one took over the 5 s default.
          testTimeout: 20_000,
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
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-browser.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: resolveChromium(), args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        // Every story in stories/ as a test in Chromium: it renders, its play function passes and axe
        // finds no violation (parameters.a11y.test = 'error'); a console.error fails it too.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          // A story of 130 devices renders three pages and runs axe over them all.
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: resolveChromium(), args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The demo as `npm start` serves it (emulator + Vite dev server), driven by playwright-core in
        // Debian's Chromium. Each file starts its own servers on free ports; files run one at a time.
        ...emulatorFromSource,
        test: {
          name: 'e2e',
          // test/ssr: the panel rendered on the server in Node, hydrated in Chromium.
          include: ['test/e2e/**/*.test.ts', 'test/ssr/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
