import { defineConfig } from 'vitest/config'

// - unit: the emulator's own tests (*.test.ts in test/unit), including real clients (AWS SDK v3, aws-amplify) against it;
// - conformance: each case against the emulator, compared with the committed snapshot of what Cognito
//   answers (and, with COGNITO_CONFORMANCE_*, against a real pool first).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'conformance',
          include: ['test/conformance/**/*.test.ts'],
          // With COGNITO_CONFORMANCE_*: re-records snapshot.json from a real pool first; else says why not.
          globalSetup: ['test/conformance/recordRealPool.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 30_000,
        },
      },
    ],
  },
})
