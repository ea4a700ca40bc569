import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The package root: files a snapshot names are relative to it. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** GitHub's anchor for a Markdown heading. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-')

/**
 * Why a reader could not open `source`, or undefined when they can: an https address, a GitHub
 * issue or pull request as `owner/repo#N`, or a file of this package that exists (with, for a
 * Markdown file, a `#heading` that exists).
 */
export function whyNotOpenable(source: string): string | undefined {
  if (/^https:\/\/[\w.-]+\.[a-z]{2,}\/\S*$/.test(source)) return undefined
  if (/^[\w.-]+\/[\w.-]+#\d+$/.test(source)) return undefined
  const [path, anchor] = source.split('#') as [string, string | undefined]
  if (!/^[\w./-]+$/.test(path) || path.startsWith('/') || path.includes('..')) return `"${source}" is neither an address, owner/repo#N, nor a path in this package`
  const file = `${PACKAGE_ROOT}${path}`
  if (!existsSync(file)) return `${path} does not exist in this package`
  if (anchor === undefined || !path.endsWith('.md')) return undefined
  const headings = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => slug(line.replace(/^#+ /, '')))
  return headings.includes(anchor) ? undefined : `${path} has no heading #${anchor}`
}
