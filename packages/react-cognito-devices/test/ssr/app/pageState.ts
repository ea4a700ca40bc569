// What the server hands the browser next to its HTML: the Cognito endpoint and the dehydrated
// queries. Devices hold Dates, which JSON turns into strings, and the device list's first page
// param is `undefined`, which JSON turns into null (a refetch would then send PaginationToken: null).
// Both travel tagged and come back as they were (a framework with its own serializer, e.g. Next.js's
// server components or superjson, does this for you).
import type { DehydratedState } from '@tanstack/react-query'

export interface PageState {
  endpoint: string
  dehydratedState: DehydratedState
}

export function serializePageState(state: PageState): string {
  const json = JSON.stringify(state, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key]
    if (raw instanceof Date) return { $date: raw.toISOString() }
    return Array.isArray(this) && value === undefined ? { $undefined: true } : value
  })
  // Safe inside <script type="application/json">: no "</script>" can close it early.
  return json.replace(/</g, '\\u003c')
}

export function parsePageState(text: string): PageState {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value === null || typeof value !== 'object') return value
    if ('$date' in value && typeof value.$date === 'string') return new Date(value.$date)
    return '$undefined' in value ? undefined : value
  }) as PageState
}
