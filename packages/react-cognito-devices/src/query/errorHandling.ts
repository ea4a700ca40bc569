import type { QueryClient } from '@tanstack/react-query'
import { classifyError, policyFor, type RetryPolicy } from '../errors/classifyError'

/**
 * Attempts after the first, by the error's retry policy: transient failures (5xx, network, timeout)
 * twice; throttling, which clears with time, four times, further apart. The one table for device
 * queries and for the throttled writes of "forget all other devices".
 */
export const RETRIES: Readonly<Record<RetryPolicy, number>> = { never: 0, transient: 2, throttled: 4 }
const MAX_DELAY_MS = 30_000

/** `retry` for every device query: the error's policy decides; auth and validation never retry. */
export function retryDeviceQuery(failureCount: number, error: Error): boolean {
  return failureCount < RETRIES[policyFor(error).retry]
}

/**
 * `retryDelay`: exponential backoff. Throttling gets "full jitter" (a random delay up to the
 * exponential ceiling) so many clients throttled together do not come back together.
 */
export function deviceRetryDelay(attempt: number, error: Error): number {
  const ceiling = Math.min(MAX_DELAY_MS, 1000 * 2 ** attempt)
  if (policyFor(error).retry === 'throttled') return Math.max(250, Math.random() * ceiling)
  return ceiling / 2
}

/** `throwOnError`: states that make the panel useless go to the error boundary; the rest stay inline. */
export function throwsToBoundary(error: Error): boolean {
  return policyFor(error).surface === 'boundary'
}

/**
 * `throwOnError` for a device write: as for queries, but a refused write (AccessDeniedException: a
 * read-only support role) leaves the list readable, so it shows beside the action, not instead of the panel.
 */
export function writeThrowsToBoundary(error: Error): boolean {
  return classifyError(error) !== 'admin-access-denied' && throwsToBoundary(error)
}

/**
 * The error options every device query shares. A QueryClient whose defaults say `retry: false`
 * (as test clients do) keeps that: the kit's policy never makes a host's tests slow.
 */
export function deviceQueryErrorOptions(queryClient: QueryClient | undefined) {
  const retriesOff = queryClient?.getDefaultOptions().queries?.retry === false
  return {
    retry: retriesOff ? false : retryDeviceQuery,
    retryDelay: deviceRetryDelay,
    throwOnError: throwsToBoundary,
  } as const
}
