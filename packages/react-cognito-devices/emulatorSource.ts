import { fileURLToPath } from 'node:url'
import type { UserConfig } from 'vite'

/**
 * Inside this workspace `cognito-emulator` resolves to its TypeScript source, so an edit to the emulator
 * needs no build before a test, story or demo sees it. Vite takes an alias (a custom export condition
 * would replace Vite's default conditions, and Vitest then loaded dependencies' untranspiled builds);
 * tsconfig.json and the tsx scripts use the package's `@cognito-emulator/source` export condition.
 */
const emulatorSource = fileURLToPath(new URL('../cognito-emulator/src/', import.meta.url))

export const emulatorFromSource = {
  resolve: {
    alias: [
      { find: /^cognito-emulator$/, replacement: `${emulatorSource}index.ts` },
      { find: /^cognito-emulator\/(node|msw)$/, replacement: `${emulatorSource}$1.ts` },
    ],
  },
} satisfies UserConfig
