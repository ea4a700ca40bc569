import type { Decorator } from '@storybook/react-vite'
import contrastTheme from '../src/styles/themes/contrast.css?inline'
import forestTheme from '../src/styles/themes/forest.css?inline'
import oceanTheme from '../src/styles/themes/ocean.css?inline'

/** The sample host themes. Each only sets `--rcd-` variables, on `:root` and under `data-rcd-color-mode`. */
export const themes = { none: undefined, ocean: oceanTheme, forest: forestTheme, contrast: contrastTheme } as const
export type ThemeName = keyof typeof themes
export type ColorMode = 'system' | 'light' | 'dark'
export type StoryLocale = 'en' | 'de' | 'ar'

/** Right-to-left locales among the toolbar's. */
const rtlLocales: ReadonlySet<string> = new Set(['ar'])

/**
 * The host page: the toolbar's theme (its stylesheet, loaded after the kit's as a host would),
 * color mode (`data-rcd-color-mode` on the story root; none for "system") and locale (`lang`, and
 * `dir="rtl"` for Arabic).
 */
export const withHostPage: Decorator = (Story, { globals }) => {
  const theme = themes[(globals.theme as ThemeName | undefined) ?? 'none']
  const colorMode = (globals.colorMode as ColorMode | undefined) ?? 'system'
  const locale = (globals.locale as StoryLocale | undefined) ?? 'en'
  return (
    <div
      className="rcd-story"
      data-rcd-color-mode={colorMode === 'system' ? undefined : colorMode}
      lang={locale}
      dir={rtlLocales.has(locale) ? 'rtl' : 'ltr'}
    >
      {theme ? <style>{theme}</style> : null}
      <Story />
    </div>
  )
}
