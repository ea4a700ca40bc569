import type { MutableRefObject, Ref, RefCallback } from 'react'

/** One ref callback that fills the component's own ref and the one the host forwarded. */
export function mergeRefs<T>(...refs: ReadonlyArray<Ref<T> | undefined>): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node)
      else if (ref) (ref as MutableRefObject<T | null>).current = node
    }
  }
}
