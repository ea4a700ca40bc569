// Where the browser tests find Chromium. Browsers cannot be downloaded on our CI machines, so we use
// the system's Chromium: CHROME_PATH first, then Debian's /usr/bin/chromium, then a browser that
// Playwright installed itself. No silent fallback: a missing browser is a clear error.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function resolveChromium(): string {
  const candidates: (string | undefined)[] = [process.env.CHROME_PATH, '/usr/bin/chromium']
  try {
    candidates.push(chromium.executablePath())
  } catch {
    // playwright-core knows no bundled browser here
  }
  const found = candidates.find((path) => path && existsSync(path))
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian: `apt-get install -y chromium`) ' +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    )
  }
  return found
}
