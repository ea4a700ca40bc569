import { useCallback, useRef } from 'react'
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect'

/**
 * A function of stable identity that calls the `callback` of the latest committed render: what a
 * memoised child or an effect's cleanup can hold on to while the callback's closure (props, texts)
 * changes (React's `useEffectEvent` does the same, but only from React 19.2).
 */
export function useLatestCallback<Args extends unknown[], Result>(callback: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(callback)
  useIsomorphicLayoutEffect(() => {
    latest.current = callback
  })
  return useCallback((...args: Args) => latest.current(...args), [])
}
