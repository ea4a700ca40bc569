import { useEffect, useId, useRef, useState, type ComponentPropsWithRef } from 'react'
import type { DeviceErrorState, UserErrorState } from '../errors/classifyError'
import { misconfigurationOf } from '../errors/classifyError'
import { errorDetails } from '../errors/errorDetails'
import { shownLanguage } from '../i18n/translations'
import { partClassName } from '../components/partClassName'
import { useOptionalDeviceKit } from '../provider/DeviceKitProvider'
import { errorSentence, errorStateText, type ErrorTextOverrides } from '../i18n/errorText'
import { resolveErrorText } from '../i18n/translations'

/** What the button of a state does. States without one explain what to do in their sentence instead. */
type ErrorAction = 'sign-in' | 'reset-password' | 'confirm-account' | 'retry' | 'none'

const actionByState: Readonly<Partial<Record<DeviceErrorState, ErrorAction>>> = {
  'signed-out': 'sign-in',
  'password-reset-required': 'reset-password',
  'account-unconfirmed': 'confirm-account',
  // The developer has to change the setup; a button cannot help.
  misconfigured: 'none',
  // Sending the same request again gets the same answer.
  'device-not-found': 'none',
  'invalid-request': 'none',
  // Resumes by itself on the `online` event; a button would only fail again while offline.
  offline: 'none',
  blocked: 'retry',
  throttled: 'retry',
  unavailable: 'retry',
  unknown: 'retry',
} satisfies Record<UserErrorState, ErrorAction>

export interface DeviceErrorViewProps extends Omit<ComponentPropsWithRef<'div'>, 'children' | 'role'> {
  /** The state to show, usually `classifyError(error)`. */
  state: DeviceErrorState
  /** The error itself: only its name and request id are shown (under "details"), never its message. */
  error?: unknown
  /** Send the failed request again. Without it, the retrying states show no button. */
  onRetry?: (() => void) | undefined
  /** The session ended: "Sign in again" calls it. Falls back to the DeviceKitProvider's. Without either, the sentence says what to do. */
  onSessionEnded?: (() => void) | undefined
  /** @deprecated Renamed `onSessionEnded`. Still read for one release. */
  onSignIn?: (() => void) | undefined
  /** A new password is required. Falls back to the DeviceKitProvider's. */
  onResetPassword?: (() => void) | undefined
  /** The account is not confirmed. Falls back to the DeviceKitProvider's. */
  onConfirmAccount?: (() => void) | undefined
  /** `throttled`: when the next attempt happens (a Date or epoch milliseconds); shown as a countdown. */
  retryAt?: Date | number | undefined
  /** `throttled`: the wait from when the view appeared, in seconds (used when `retryAt` is not given). */
  retryInSeconds?: number | undefined
  /**
   * Call `onRetry` when the wait is over (`throttled`) or the browser is back online (`offline`).
   * Leave it off where the query layer retries by itself (inline); the boundary turns it on.
   */
  autoRetry?: boolean | undefined
  /**
   * Move focus to the heading when the state appears (default). Turn it off for inline errors next to
   * data the user is reading; the view is then a polite `role="status"` live region instead.
   */
  focusHeading?: boolean | undefined
  /** Heading level, 2 by default. */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined
  /** Any heading, sentence or label to replace. */
  displayText?: ErrorTextOverrides | undefined
  /** BCP 47 locale of the text; else the DeviceKitProvider's; else `en`. */
  locale?: string | undefined
}

/**
 * One failure, as a user can act on it: a heading, one sentence, at most one button, and the error's
 * name and request id for support. Presentational: it shows what it is given and calls back.
 */
export function DeviceErrorView({
  state,
  error,
  onRetry,
  onSessionEnded,
  onSignIn,
  onResetPassword,
  onConfirmAccount,
  retryAt,
  retryInSeconds,
  autoRetry = false,
  focusHeading = true,
  headingLevel = 2,
  displayText,
  locale,
  className,
  ...rest
}: DeviceErrorViewProps) {
  const kit = useOptionalDeviceKit()
  const resolvedLocale = locale ?? kit?.locale
  const text = resolveErrorText(resolvedLocale, displayText)
  // The language of the text shown: English, left to right, where the locale has no translation.
  const { lang, dir } = shownLanguage(resolvedLocale)
  const headingId = useId()
  const messageId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (focusHeading) headingRef.current?.focus()
  }, [focusHeading, state])

  // An admin state (its words come from the admin entry) offers `onRetry` where its words label a button.
  const action = actionByState[state] ?? 'retry'
  const callback =
    action === 'sign-in'
      ? (onSessionEnded ?? onSignIn ?? kit?.onSessionEnded)
      : action === 'reset-password'
        ? (onResetPassword ?? kit?.onResetPassword)
        : action === 'confirm-account'
          ? (onConfirmAccount ?? kit?.onConfirmAccount)
          : action === 'retry'
            ? onRetry
            : undefined
  const stateText = errorStateText(text, state)
  const actionLabel = stateText.action
  const details = errorDetails(error)
  const Heading = `h${headingLevel}` as const

  return (
    <div
      {...rest}
      className={partClassName(false, 'rcd-error', [state], className)}
      data-state={state}
      role={focusHeading ? 'group' : 'status'}
      aria-labelledby={headingId}
      lang={lang}
      dir={dir}
    >
      <Heading ref={headingRef} id={headingId} className="rcd-error__heading" tabIndex={-1} aria-describedby={messageId}>
        {stateText.heading}
      </Heading>
      <p id={messageId} className="rcd-error__message">
        {errorSentence(text, state, { misconfiguration: misconfigurationOf(error) })}
      </p>
      {state === 'throttled' && (retryAt !== undefined || retryInSeconds !== undefined) ? (
        <RetryCountdown
          retryAt={retryAt}
          retryInSeconds={retryInSeconds}
          onDue={autoRetry ? onRetry : undefined}
          countdown={text.retryCountdown}
          retryingNow={text.retryingNow}
        />
      ) : null}
      {state === 'offline' && autoRetry && onRetry ? <ResumeWhenOnline onOnline={onRetry} /> : null}
      {callback && actionLabel ? (
        <button type="button" className="rcd-error__action" data-action={action} onClick={() => callback()}>
          {actionLabel}
        </button>
      ) : null}
      {details.name !== undefined || details.requestId !== undefined ? (
        <details className="rcd-error__details">
          <summary className="rcd-error__details-summary">{text.detailsSummary}</summary>
          <dl className="rcd-error__details-list">
            {details.name !== undefined ? (
              <>
                <dt>{text.errorNameLabel}</dt>
                <dd dir="ltr" translate="no">
                  {details.name}
                </dd>
              </>
            ) : null}
            {details.requestId !== undefined ? (
              <>
                <dt>{text.requestIdLabel}</dt>
                <dd dir="ltr" translate="no">
                  {details.requestId}
                </dd>
              </>
            ) : null}
          </dl>
        </details>
      ) : null}
    </div>
  )
}

interface RetryCountdownProps {
  retryAt: Date | number | undefined
  retryInSeconds: number | undefined
  onDue: (() => void) | undefined
  countdown: (seconds: number) => string
  retryingNow: string
}

/** "Trying again in N seconds", ticking once a second; calls `onDue` once when the wait is over. */
function RetryCountdown({ retryAt, retryInSeconds, onDue, countdown, retryingNow }: RetryCountdownProps) {
  const [mountedAt] = useState(() => Date.now())
  const [now, setNow] = useState(mountedAt)
  const dueAt = retryAt !== undefined ? new Date(retryAt).getTime() : mountedAt + Math.max(0, retryInSeconds ?? 0) * 1000
  const secondsLeft = Math.max(0, Math.ceil((dueAt - now) / 1000))
  const onDueRef = useRef(onDue)
  useEffect(() => {
    onDueRef.current = onDue
  })

  useEffect(() => {
    if (!Number.isFinite(dueAt)) return
    const wait = dueAt - Date.now()
    if (wait <= 0) {
      onDueRef.current?.()
      return
    }
    const tick = setInterval(() => setNow(Date.now()), 1000)
    const due = setTimeout(() => {
      clearInterval(tick)
      setNow(Date.now())
      onDueRef.current?.()
    }, wait)
    return () => {
      clearInterval(tick)
      clearTimeout(due)
    }
  }, [dueAt])

  if (!Number.isFinite(dueAt)) return null
  return (
    // Not a live region of its own, and kept out of a surrounding one: a per-second announcement is noise.
    <p className="rcd-error__countdown" aria-live="off">
      {secondsLeft > 0 ? countdown(secondsLeft) : retryingNow}
    </p>
  )
}

/** Calls `onOnline` when the browser comes back online (or at once if it already is). */
function ResumeWhenOnline({ onOnline }: { onOnline: () => void }) {
  const onOnlineRef = useRef(onOnline)
  useEffect(() => {
    onOnlineRef.current = onOnline
  })
  useEffect(() => {
    const resume = () => onOnlineRef.current()
    if (navigator.onLine) {
      resume()
      return
    }
    window.addEventListener('online', resume, { once: true })
    return () => window.removeEventListener('online', resume)
  }, [])
  return null
}
