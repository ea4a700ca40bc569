// The one Next.js API the SSR guide's sample uses (Next 15's async cookies()), declared so the
// docs' type-check needs no Next.js install.
declare module 'next/headers' {
  export function cookies(): Promise<{ get(name: string): { value: string } | undefined }>
}
