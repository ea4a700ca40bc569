import { useEffect, useLayoutEffect } from 'react'

/**
 * `useLayoutEffect` in the browser (it runs in the commit, before the frame is drawn); a plain effect
 * on the server, where layout effects never run and React 18 warns about them.
 */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect
