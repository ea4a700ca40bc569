// The one Next.js API the sample uses, as Next 15+ declares it (`cookies()` is async there). Next.js
// itself is not installed for the type-check: it would add about 100 MB to each peer app.
declare module 'next/headers' {
  export function cookies(): Promise<{ get(name: string): { name: string; value: string } | undefined }>
}
