import { QueryErrorResetBoundary } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useOptionalDeviceKit } from '../provider/DeviceKitProvider'
import { classifyError, type DeviceErrorState } from '../errors/classifyError'
import type { ErrorTextOverrides } from '../i18n/errorText'
import { DeviceErrorView } from './DeviceErrorView'
import { ResettableBoundary } from './ResettableBoundary'

/** What a per-state `fallback` receives. */
export interface DeviceErrorFallbackProps {
  state: DeviceErrorState
  /** The thrown value, for the host's own reporting. Its message is server text: do not show it as copy. */
  error: unknown
  /** Reset the boundary and the failed queries inside it, then render the children again. */
  retry: () => void
}

export interface DeviceErrorBoundaryProps {
  children?: ReactNode
  /** The session ended: "Sign in again" calls it. Falls back to the DeviceKitProvider's. */
  onSessionEnded?: (() => void) | undefined
  /** @deprecated Renamed `onSessionEnded`. Still read for one release. */
  onSignIn?: (() => void) | undefined
  /** A new password is required. Falls back to the DeviceKitProvider's. */
  onResetPassword?: (() => void) | undefined
  /** The account is not confirmed. Falls back to the DeviceKitProvider's. */
  onConfirmAccount?: (() => void) | undefined
  /** Replace the view of some states with your own. */
  fallback?: Partial<Record<DeviceErrorState, (props: DeviceErrorFallbackProps) => ReactNode>> | undefined
  /**
   * Called once per caught error with its state, e.g. to report it. The error is passed as thrown; the
   * kit's errors carry a name, a server message and a request id, never a token or request data.
   */
  onError?: ((state: DeviceErrorState, error: unknown) => void) | undefined
  /** Any heading, sentence or label to replace. */
  displayText?: ErrorTextOverrides | undefined
  /** BCP 47 locale of the text; else the DeviceKitProvider's; else `en`. */
  locale?: string | undefined
  /** When any of these change, a shown error is cleared (e.g. pass the signed-in user's id). */
  resetKeys?: unknown[] | undefined
  /** Heading level of the built-in views, 2 by default. */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined
}

/** A throttled error that reached the boundary is tried again after this wait. */
const throttledWaitSeconds = 5

/**
 * Catches what the device hooks throw below it and shows the state: sign in again, reset the password,
 * confirm the account, wait, retry. Retry resets this boundary and the failed queries inside it (a scoped
 * `QueryErrorResetBoundary`), so they fetch again instead of throwing their cached error.
 *
 * Like any React error boundary it catches only what renders inside it: wrap the kit's components,
 * not your own page, so errors from your own components keep reaching your own boundaries.
 */
export function DeviceErrorBoundary({
  children,
  onSessionEnded,
  onSignIn,
  onResetPassword,
  onConfirmAccount,
  fallback,
  onError,
  displayText,
  locale,
  resetKeys,
  headingLevel,
}: DeviceErrorBoundaryProps) {
  // A sign-in or sign-out (reported by the DeviceApi) clears a shown state such as "signed out".
  const authEpoch = useOptionalDeviceKit()?.authEpoch
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ResettableBoundary
          onReset={reset}
          resetKeys={[authEpoch, ...(resetKeys ?? [])]}
          onError={onError ? (error) => onError(classifyError(error), error) : undefined}
          fallback={(error, retry) => {
            const state = classifyError(error)
            const custom = fallback?.[state]
            if (custom) return custom({ state, error, retry })
            return (
              <DeviceErrorView
                state={state}
                error={error}
                onRetry={retry}
                onSessionEnded={onSessionEnded ?? onSignIn}
                onResetPassword={onResetPassword}
                onConfirmAccount={onConfirmAccount}
                retryInSeconds={state === 'throttled' ? throttledWaitSeconds : undefined}
                autoRetry
                displayText={displayText}
                locale={locale}
                headingLevel={headingLevel}
              />
            )
          }}
        >
          {children}
        </ResettableBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
