import { signIn, signOut, type SignInOutput } from 'aws-amplify/auth'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { DEMO_PASSWORD, DEMO_USERS } from 'cognito-emulator'
import { poolConfig } from './amplifyConfig'
import { accountUnconfirmed, describeSignInError, passwordResetRequired, unsupportedStep, type SignInProblem } from './signInErrors'

export type SignInNotice = { kind: 'session-ended' } | { kind: 'signed-out' } | { kind: 'prefill'; username: string }

export interface SignInPageProps {
  notice?: SignInNotice | undefined
  onSignedIn: (username: string) => void
  onPasswordResetRequired: (username: string) => void
}

const demoAccounts: readonly { username: string; note: string }[] = [
  { username: DEMO_USERS.demo, note: 'six devices, five remembered' },
  { username: DEMO_USERS.manyDevices, note: '130 devices' },
  { username: DEMO_USERS.passwordResetRequired, note: 'password reset required' },
  { username: DEMO_USERS.unconfirmed, note: 'not confirmed' },
  { username: DEMO_USERS.disabled, note: 'disabled' },
]

/** Outcome of `signIn` that is not an error: done, or a next step the demo explains. */
function problemForStep(output: SignInOutput): SignInProblem | undefined {
  const step = output.nextStep.signInStep
  if (step === 'DONE') return undefined
  // Amplify turns PasswordResetRequiredException / UserNotConfirmedException into next steps
  // instead of throwing them.
  if (step === 'RESET_PASSWORD') return passwordResetRequired
  if (step === 'CONFIRM_SIGN_UP') return accountUnconfirmed
  return unsupportedStep(step)
}

/**
 * Email + password through Amplify's default `signIn` (USER_SRP_AUTH, then the device challenges
 * when this browser has a remembered device). Each failure is shown as what the user can do next.
 */
export function SignInPage({ notice, onSignedIn, onPasswordResetRequired }: SignInPageProps) {
  const [username, setUsername] = useState(notice?.kind === 'prefill' ? notice.username : '')
  const [password, setPassword] = useState('')
  const [pending, setPending] = useState(false)
  const [problem, setProblem] = useState<SignInProblem | undefined>()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const problemRef = useRef<HTMLDivElement>(null)
  const emailId = useId()
  const passwordId = useId()
  const problemId = useId()

  useEffect(() => {
    headingRef.current?.focus()
  }, [])
  useEffect(() => {
    if (problem) problemRef.current?.focus()
  }, [problem])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setProblem(undefined)
    const name = username.trim()
    try {
      let output: SignInOutput
      try {
        output = await signIn({ username: name, password })
      } catch (error) {
        // A session left over from another tab: end it and sign in as asked.
        if ((error as { name?: unknown }).name !== 'UserAlreadyAuthenticatedException') throw error
        await signOut()
        output = await signIn({ username: name, password })
      }
      const stepProblem = problemForStep(output)
      if (!stepProblem) {
        onSignedIn(name)
        return
      }
      setProblem(stepProblem)
    } catch (error) {
      setProblem(describeSignInError(error, { localEndpoint: poolConfig.usesLocalEmulator }))
    }
    setPending(false)
  }

  return (
    <main id="main" className="page page--centered" tabIndex={-1}>
      <div className="auth-card">
        <h1 ref={headingRef} tabIndex={-1} className="auth-card__title">
          Sign in to Tidepool
        </h1>
        <p className="auth-card__lead">Manage your account, profile and the devices you use to sign in.</p>

        {notice?.kind === 'session-ended' ? (
          <p className="callout callout--info" role="status" data-notice="session-ended">
            Your session has ended. Sign in again to continue.
          </p>
        ) : null}
        {notice?.kind === 'signed-out' ? (
          <p className="callout callout--info" role="status" data-notice="signed-out">
            You have signed out.
          </p>
        ) : null}

        {problem ? (
          <div ref={problemRef} id={problemId} className="callout callout--error" role="alert" tabIndex={-1} data-problem={problem.kind}>
            <p className="callout__title">{problem.title}</p>
            <p>{problem.advice}</p>
            {problem.detail ? <p className="callout__detail">{problem.detail}</p> : null}
            {problem.kind === 'password-reset-required' ? (
              <button type="button" className="button button--primary callout__action" onClick={() => onPasswordResetRequired(username.trim())}>
                Reset your password
              </button>
            ) : null}
          </div>
        ) : null}

        <form className="form" onSubmit={(event) => void submit(event)} noValidate={false} aria-describedby={problem ? problemId : undefined}>
          <div className="field">
            <label htmlFor={emailId} className="field__label">
              Email
            </label>
            <input
              id={emailId}
              className="field__input"
              type="email"
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={passwordId} className="field__label">
              Password
            </label>
            <input
              id={passwordId}
              className="field__input"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--primary button--block" aria-disabled={pending || undefined}>
            {pending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>

      {poolConfig.usesLocalEmulator ? (
        <aside className="demo-accounts" aria-labelledby={`${emailId}-demo`}>
          <h2 id={`${emailId}-demo`} className="demo-accounts__title">
            Demo accounts
          </h2>
          <p>
            This page signs in to the local Cognito emulator. Every account’s password is <code>{DEMO_PASSWORD}</code>.
          </p>
          <ul className="demo-accounts__list">
            {demoAccounts.map((account) => (
              <li key={account.username}>
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => {
                    setUsername(account.username)
                    setPassword(DEMO_PASSWORD)
                  }}
                >
                  Use {account.username}
                </button>{' '}
                <span className="demo-accounts__note">({account.note})</span>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </main>
  )
}
