import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleStyles, styleSources } from '../../src/styles/buildStyles'

const stylesDir = join(import.meta.dirname, '../../src/styles')
const read = (name: string) => readFileSync(join(stylesDir, name), 'utf8')
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '')

/** Every `property: value` declaration (custom properties included). */
function declarations(css: string): Array<[property: string, value: string]> {
  return [...withoutComments(css).matchAll(/([-\w]+)\s*:\s*([^;{}]+);/g)].map((match) => [match[1]!, match[2]!.trim()])
}

describe('the stylesheets', () => {
  it('builds styles.css from tokens then components, with no @import left', () => {
    const { styles } = bundleStyles(styleSources.map(read))
    expect(styles).not.toMatch(/@import/)
    expect(styles.indexOf('--rcd-space-4:')).toBeLessThan(styles.indexOf('.rcd-device-card {'))
  })

  it('builds styles.layer.css as the same rules inside one @layer rcd block', () => {
    const { styles, layered } = bundleStyles(styleSources.map(read))
    expect(layered.startsWith('@layer rcd {\n')).toBe(true)
    expect(layered.trimEnd().endsWith('}')).toBe(true)
    expect(layered.match(/@layer/g)).toHaveLength(1)
    expect(declarations(layered)).toEqual(declarations(styles))
  })

  it('gives every component value a component custom property or a global token, never a literal colour', () => {
    const components = withoutComments(styleSources.filter((name) => name !== 'tokens.css').map(read).join('\n'))
    expect(components).not.toMatch(/#[0-9a-f]{3,8}\b/i)
    expect(components).not.toMatch(/\brgba?\(/)
    for (const [property, value] of declarations(components)) {
      const componentVariables = [...value.matchAll(/var\(--rcd-(device-card|device-attributes|device-timestamps|device-list|forget-dialog|button)-[-\w]+\s*(,|\))/g)]
      for (const variable of componentVariables) {
        // A component-level variable always falls back to something.
        expect(variable[2], `${property}: ${value}`).toBe(',')
      }
    }
  })

  it('switches to dark by the system preference and by data-rcd-color-mode', () => {
    const tokens = read('tokens.css')
    expect(tokens).toMatch(/@media \(prefers-color-scheme: dark\)\s*{\s*:root:not\(\[data-rcd-color-mode='light'\]\)/)
    expect(tokens).toMatch(/\[data-rcd-color-mode='dark'\] {/)
    expect(tokens).toMatch(/\[data-rcd-color-mode='light'\] {/)
  })

  it('ships sample themes and the Amplify UI bridge, each only setting --rcd- variables', () => {
    const themes = readdirSync(join(stylesDir, 'themes')).filter((name) => name.endsWith('.css'))
    expect(themes.sort()).toEqual(['amplify-ui.css', 'contrast.css', 'forest.css', 'ocean.css'])
    for (const theme of themes) {
      const found = declarations(read(join('themes', theme)))
      expect(found.length).toBeGreaterThan(0)
      for (const [property] of found) expect(property, theme).toMatch(/^--rcd-/)
    }
  })

  it('keeps the layered import file and the unlayered one in step with the build sources', () => {
    const imports = (css: string) => [...css.matchAll(/@import '\.\/([\w.]+)'/g)].map((match) => match[1])
    expect(imports(read('index.css'))).toEqual([...styleSources])
    expect(imports(read('layer.css'))).toEqual([...styleSources])
    expect(read('layer.css')).toMatch(/@import '\.\/tokens\.css' layer\(rcd\);/)
  })
})
