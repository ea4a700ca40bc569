// Storybook's Vitest plugin applies the project annotations itself (preview.tsx and every addon's
// preview in main.ts: a11y, msw-storybook-addon, docs) since Storybook 10.3. Setting them here by
// hand would turn that off (the plugin looks for the call's name in this file, even in a comment),
// so this file only adds one rule: a story that logs a console error fails.
import { afterEach, beforeEach, vi } from 'vitest'

let consoleErrors: unknown[][] = []

beforeEach(() => {
  consoleErrors = []
  const original = console.error.bind(console)
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args)
    original(...args)
  })
})

afterEach(() => {
  vi.mocked(console.error).mockRestore()
  if (consoleErrors.length > 0) {
    const first = consoleErrors[0]!.map((part) => (part instanceof Error ? `${part.name}: ${part.message}` : String(part))).join(' ')
    throw new Error(`The story logged ${consoleErrors.length} console error(s); the first: ${first}`)
  }
})
