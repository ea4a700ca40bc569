import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { AdminDeviceManager, adminDeviceApi } from '../../src/admin'
import { DeviceKitProvider } from '../../src'
import { resolveAdminCredentials } from './adminConfig'
import { poolConfig } from './amplifyConfig'

const admin = resolveAdminCredentials(import.meta.env, poolConfig)

/**
 * The support console: look a user up by username or email and manage their devices through
 * Cognito's Admin operations, signed with the IAM credentials of the demo's config (adminConfig.ts).
 */
export function AdminPage() {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const inputId = useId()
  const [typed, setTyped] = useState('')
  const [username, setUsername] = useState<string | undefined>(undefined)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const next = typed.trim()
    if (next) setUsername(next)
  }

  return (
    <div className="layout layout--single">
      <main id="main" className="page page--account" tabIndex={-1}>
        <h1 ref={headingRef} tabIndex={-1} className="page__title">
          Support console
        </h1>
        <p className="page__lead">Look a user up to see every device of theirs, remembered or not, and forget one they lost.</p>
        <CredentialsNote />
        {admin ? (
          <>
            <form className="form panel" role="search" aria-label="Look up a user" onSubmit={submit}>
              <div className="field">
                <label htmlFor={inputId} className="field__label">
                  Username or email
                </label>
                <input
                  id={inputId}
                  className="field__input"
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  required
                  value={typed}
                  onChange={(event) => setTyped(event.target.value)}
                />
              </div>
              <button type="submit" className="button button--primary">
                Look up
              </button>
            </form>
            {username ? <UserDevices username={username} /> : null}
          </>
        ) : null}
      </main>
    </div>
  )
}

function UserDevices({ username }: { username: string }) {
  // One api per user looked up: its cache scope is the pool and this user.
  const api = useMemo(
    () =>
      adminDeviceApi({
        userPoolId: poolConfig.userPoolId,
        endpoint: poolConfig.userPoolEndpoint,
        username,
        credentials: () => admin?.credentials,
      }),
    [username],
  )
  return (
    <DeviceKitProvider api={api}>
      <div className="panel panel--devices">
        <AdminDeviceManager username={username} headingLevel={2} />
      </div>
    </DeviceKitProvider>
  )
}

function CredentialsNote() {
  if (!admin) {
    return (
      <div className="callout callout--error" role="note">
        <p className="callout__title">No AWS credentials for the Admin operations</p>
        <p>
          Set VITE_ADMIN_ACCESS_KEY_ID and VITE_ADMIN_SECRET_ACCESS_KEY (and VITE_ADMIN_SESSION_TOKEN) for a test pool, or run the demo on the
          emulator.
        </p>
      </div>
    )
  }
  return (
    <div className="callout callout--info" role="note">
      <p className="callout__title">
        {admin.source === 'emulator' ? "Signed with the emulator's fake IAM keys" : 'Signed with the IAM keys of the demo’s VITE_ADMIN_* variables'}
      </p>
      <p>
        A real deployment must never put long-lived AWS keys in a browser: give the page temporary credentials of a role allowed only the four
        Admin device actions on this pool, for example through a Cognito group’s role and an identity pool, or from your backend.
      </p>
    </div>
  )
}
