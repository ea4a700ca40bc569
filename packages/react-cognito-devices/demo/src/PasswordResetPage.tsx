import { useEffect, useRef } from 'react'

/**
 * Cognito requires a new password before this account can do anything else. A real product sends
 * the user to its reset flow (Amplify's resetPassword + confirmResetPassword); the demo explains
 * that and lets the user go back.
 */
export function PasswordResetPage({ username, onBack }: { username?: string | undefined; onBack: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <main id="main" className="page page--centered" tabIndex={-1}>
      <div className="auth-card" data-page="password-reset">
        <h1 ref={headingRef} tabIndex={-1} className="auth-card__title">
          Reset your password
        </h1>
        <p className="auth-card__lead">
          {username ? (
            <>
              The account <strong>{username}</strong> needs a new password before you can use it.
            </>
          ) : (
            'Your account needs a new password before you can use it.'
          )}
        </p>
        <p>
          In a production app this is where you would receive a verification code by email and choose a new password. This demo
          does not include that flow: on the local emulator, clear the flag and sign in again.
        </p>
        <button type="button" className="button button--primary button--block" onClick={onBack}>
          Back to sign in
        </button>
      </div>
    </main>
  )
}
