// Types for the few untyped packages the bench uses.

// The little of jsdom the requests bench uses (the package ships no types; @types/jsdom is not installed).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; pretendToBeVisual?: boolean })
    readonly window: Window & typeof globalThis
  }
}

// size-limit's preset ships no types: it is a list of size-limit plugins.
declare module '@size-limit/preset-small-lib' {
  const plugins: unknown[]
  export default plugins
}
