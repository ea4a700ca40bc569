import type { QueryClient } from '@tanstack/react-query'
import { classifyError, policyFor } from '../errors/classifyError'

/** Attempts after the first for transient failures (5xx, network, timeout). */
const TRANSIENT_RETRIES = 2
/** Throttling clears with time: a few more, further apart. */
const THROTTLED_RETRIES = 4
const MAX_DELAY_MS = 30_000

/** `retry` for every device query: the error's policy decides; auth and validation never retry. */
export function retryDeviceQuery(failureCount: number, error: Error): boolean {
  const { retry } = policyFor(error)
  if (retry === 'transient') return failureCount < TRANSIENT_RETRIES
  if (retry === 'throttled') return failureCount < THROTTLED_RETRIES
  return false
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
export function deviceQueryErrorOptions(queryClient: QueryClient) {
  const retriesOff = queryClient.getDefaultOptions().queries?.retry === false
  return {
    retry: retriesOff ? false : retryDeviceQuery,
    retryDelay: deviceRetryDelay,
    throwOnError: throwsToBoundary,
  } as const
}
