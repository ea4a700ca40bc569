import { Component, type ReactNode } from 'react'

interface ResettableBoundaryProps {
  children?: ReactNode
  /** A change of any of these clears a caught error. */
  resetKeys: readonly unknown[]
  /** Runs before a caught error is cleared (by `reset` or a key change). */
  onReset: () => void
  onError?: ((error: unknown) => void) | undefined
  fallback: (error: unknown, reset: () => void) => ReactNode
}

type Caught = { error: unknown } | null

/**
 * React's error boundary as its docs write it, with the reset keys of react-error-boundary: the
 * kit's only use of that package, in a quarter of its bytes.
 */
export class ResettableBoundary extends Component<ResettableBoundaryProps, { caught: Caught }> {
  override state = { caught: null as Caught }

  static getDerivedStateFromError(error: unknown) {
    return { caught: { error } }
  }

  override componentDidCatch(error: unknown) {
    this.props.onError?.(error)
  }

  // Keys that change in the render that threw do not clear that error: only a later change does.
  override componentDidUpdate(previous: ResettableBoundaryProps, { caught }: { caught: Caught }) {
    const keys = this.props.resetKeys
    const changed = keys.length !== previous.resetKeys.length || keys.some((key, index) => !Object.is(key, previous.resetKeys[index]))
    if (caught && this.state.caught && changed) this.reset()
  }

  reset = () => {
    if (!this.state.caught) return
    this.props.onReset()
    this.setState({ caught: null })
  }

  override render() {
    const { caught } = this.state
    return caught ? this.props.fallback(caught.error, this.reset) : this.props.children
  }
}
