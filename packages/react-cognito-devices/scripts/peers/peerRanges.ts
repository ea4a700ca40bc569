/**
 * What a peer range in package.json allows, for the peer scratch apps (test/peers): its floor (the
 * oldest version it accepts) and whether a version is inside it. Only the range forms this package
 * uses: `^x.y.z` alternatives joined by `||` (a bare `x.y.z` counts as exact).
 */

type Version = readonly [major: number, minor: number, patch: number]

function parseVersion(text: string): Version {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text.trim())
  if (!match) throw new Error(`peer ranges: cannot read version '${text}' (write x.y.z)`)
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

interface Alternative {
  readonly caret: boolean
  readonly from: Version
}

function alternatives(range: string): Alternative[] {
  return range.split('||').map((part) => {
    const text = part.trim()
    if (text.startsWith('^')) return { caret: true, from: parseVersion(text.slice(1)) }
    if (/^\d/.test(text)) return { caret: false, from: parseVersion(text) }
    throw new Error(`peer ranges: '${range}' uses a form this check does not read (use ^x.y.z || ^x.y.z)`)
  })
}

/** The oldest version `range` accepts, e.g. '^18.2.0 || ^19.0.0' -> '18.2.0'. */
export function floorOf(range: string): string {
  const oldest = alternatives(range)
    .map((alternative) => alternative.from)
    .sort(compare)[0]!
  return oldest.join('.')
}

/** Whether `version` is inside `range` (caret: same major, not older; for 0.x the same minor). */
export function allows(range: string, version: string): boolean {
  const candidate = parseVersion(version)
  return alternatives(range).some(({ caret, from }) => {
    if (!caret) return compare(candidate, from) === 0
    const sameLine = from[0] > 0 ? candidate[0] === from[0] : candidate[0] === 0 && candidate[1] === from[1]
    return sameLine && compare(candidate, from) >= 0
  })
}
