/**
 * Light / dark for the whole page: `data-rcd-color-mode` on <html> switches the kit's tokens, the
 * Ocean theme and the demo's own colours together. The choice is kept in localStorage; with none,
 * the system preference decides.
 */
export type ColorMode = 'light' | 'dark'

const STORAGE_KEY = 'tidepool-demo:color-mode'

export function initialColorMode(): ColorMode {
  const stored = readStored()
  if (stored) return stored
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

export function applyColorMode(mode: ColorMode, remember = true): void {
  document.documentElement.setAttribute('data-rcd-color-mode', mode)
  if (!remember) return
  try {
    localStorage.setItem(STORAGE_KEY, mode)
  } catch {
    // storage unavailable (private mode): the choice lasts for this page only
  }
}

function readStored(): ColorMode | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : undefined
  } catch {
    return undefined
  }
}
