import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import globals from 'globals'
import pluginQuery from '@tanstack/eslint-plugin-query'

export default tseslint.config(
  // generated files (the MSW service worker) and build output are not ours to lint
  { ignores: ['**/dist', '**/storybook-static', '**/coverage', '**/node_modules', '**/mockServiceWorker.js', '**/test-results', '**/bench/results', '!**/.storybook'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  // TanStack Query's own rules; no-rest-destructuring is an error, not the preset's warning: a spread
  // or rest of a query result reads every field and turns its tracked re-renders off.
  ...pluginQuery.configs['flat/recommended'],
  { rules: { '@tanstack/query/no-rest-destructuring': 'error' } },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The emulator's command and server print where they listen; scripts, tests and benchmarks report.
    files: ['**/scripts/**', 'packages/cognito-emulator/src/server.ts', 'packages/cognito-emulator/src/cli.ts', '**/test/**', '**/bench/**'],
    rules: { 'no-console': 'off' },
  },
)
