/**
 * Builds the two published stylesheets from the sources, with no dependencies:
 *   dist/styles.css        tokens.css, then the component rules (card, list, controls, manager, errors, passkeys), unlayered
 *   dist/styles.layer.css  the same rules wrapped in one `@layer rcd { ... }` block
 *   dist/themes/amplify-ui.css  copied as is (only sets variables)
 * Run: `npx tsx src/styles/buildStyles.ts [outDir]` (outDir defaults to `dist`).
 * index.css / layer.css express the same thing with `@import` for development tools that inline it.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The sources, in cascade order: tokens first, then the component rules that read them. */
export const styleSources = ['tokens.css', 'card.css', 'list.css', 'controls.css', 'manager.css', 'errors.css', 'passkeys.css'] as const

/** Themes in ./themes shipped as `react-cognito-devices/themes/<name>` (the others are samples). */
export const publishedThemes = ['amplify-ui.css'] as const

export interface BuiltStyles {
  readonly styles: string
  readonly layered: string
}

/** Join the sources into the unlayered and the layered stylesheet. Pure: give it the file texts. */
export function bundleStyles(sources: readonly string[]): BuiltStyles {
  const body = sources.map((source) => source.trim()).join('\n\n')
  const indented = body
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n')
  return {
    styles: `${body}\n`,
    layered: `@layer rcd {\n${indented}\n}\n`,
  }
}

/** Read the sources next to this file and write both stylesheets into `outDir`. */
export async function buildStyles(outDir: string): Promise<void> {
  const here = fileURLToPath(new URL('.', import.meta.url))
  const sources = await Promise.all(styleSources.map((name) => readFile(join(here, name), 'utf8')))
  const { styles, layered } = bundleStyles(sources)
  await mkdir(outDir, { recursive: true })
  await writeFile(join(outDir, 'styles.css'), styles)
  await writeFile(join(outDir, 'styles.layer.css'), layered)
  // Published themes: they only set `--rcd-*` variables, so one file serves both stylesheets.
  await mkdir(join(outDir, 'themes'), { recursive: true })
  for (const theme of publishedThemes) await copyFile(join(here, 'themes', theme), join(outDir, 'themes', theme))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildStyles(resolve(process.argv[2] ?? 'dist'))
}
