/**
 * Class names for a part: the prefixed BEM class (`rcd-device-card__name`), its modifiers
 * (`rcd-device-card--current`) and the host's `className`, merged — never replaced.
 *
 * The `unstyled` switch: an unstyled component OMITS every `rcd-` class (and its children inherit
 * the switch through UnstyledContext), so the shipped stylesheet matches nothing while the host's
 * own `className`, the ARIA attributes and the `data-state` / `data-*` attributes stay. We chose
 * omitting classes over a `data-rcd-unstyled` attribute because it needs no extra selector in every
 * CSS rule and works the same with `styles.css` and `styles.layer.css`.
 */
import { createContext, useContext } from 'react'

export const UnstyledContext = /* @__PURE__ */ createContext(false)

/** `unstyled` from the prop, else from the nearest unstyled ancestor component. */
export function useUnstyled(unstyled: boolean | undefined): boolean {
  const inherited = useContext(UnstyledContext)
  return unstyled ?? inherited
}

/** Join class names, skipping empty ones. */
export function joinClassNames(...names: ReadonlyArray<string | false | null | undefined>): string | undefined {
  let joined = ''
  for (const name of names) if (name) joined = joined ? `${joined} ${name}` : name
  return joined || undefined
}

const noModifiers: readonly never[] = []

/**
 * `partClassName(false, 'rcd-device-card', ['current'], 'host')` ->
 * `"rcd-device-card rcd-device-card--current host"`; with `unstyled` only `"host"`.
 * A loop, not map/filter/join: a 600-device panel calls it about 15,000 times in its first render.
 */
export function partClassName(
  unstyled: boolean,
  part: `rcd-${string}`,
  modifiers: ReadonlyArray<string | false | null | undefined> = noModifiers,
  className?: string,
): string | undefined {
  if (unstyled) return className || undefined
  // `part` is never empty: every part has its class
  let joined = part
  for (const modifier of modifiers) if (modifier) joined += ` ${part}--${modifier}`
  return className ? `${joined} ${className}` : joined
}
