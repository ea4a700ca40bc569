import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { getCurrentUser, signOut } from 'aws-amplify/auth'
import { Hub } from 'aws-amplify/utils'
import { useCallback, useEffect, useState, type ComponentProps, type ReactNode } from 'react'
import { AccountPage } from './AccountPage'
import { AdminPage } from './AdminPage'
import { PasswordResetPage } from './PasswordResetPage'
import { SignInPage, type SignInNotice } from './SignInPage'
import { isAdminPath, SiteFooter, SiteHeader } from './SiteChrome'

type View =
  | { name: 'checking' }
  | { name: 'sign-in'; notice?: SignInNotice | undefined }
  | { name: 'account'; username: string; justSignedIn: boolean }
  | { name: 'password-reset'; username?: string | undefined }

function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: true } } })
}

/** The demo's two sites: `/admin` is the support console, anything else the account pages. */
export function App() {
  return isAdminPath(window.location.pathname) ? <AdminApp /> : <AccountApp />
}

/** The support console: no Amplify sign-in; it signs the Admin operations with the config's IAM credentials. */
function AdminApp() {
  const [queryClient] = useState(createQueryClient)
  return (
    <Shell queryClient={queryClient} signedInAs={undefined} onSignOut={() => undefined}>
      <AdminPage />
    </Shell>
  )
}

/** What both sites share: the QueryClient provider, the skip link, the header and the footer. */
function Shell({ queryClient, children, ...header }: ComponentProps<typeof SiteHeader> & { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      {/* The demo's own words are English; the kit's sections carry the language of their text. */}
      <div className="shell" lang="en">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader {...header} />
        {children}
        <SiteFooter />
      </div>
    </QueryClientProvider>
  )
}

/**
 * The account site: a sign-in page, the account-settings page, and a password-reset notice. No
 * router: which page shows follows the Amplify session (a reload finds it in localStorage).
 */
function AccountApp() {
  const [queryClient] = useState(createQueryClient)
  const [view, setView] = useState<View>({ name: 'checking' })

  useEffect(() => {
    let cancelled = false
    getCurrentUser().then(
      (user) => !cancelled && setView({ name: 'account', username: user.signInDetails?.loginId ?? user.username, justSignedIn: false }),
      () => !cancelled && setView({ name: 'sign-in' }),
    )
    // Signed out elsewhere in this browser (another tab) or by Amplify itself.
    const stop = Hub.listen('auth', ({ payload }) => {
      if (payload.event === 'signedOut') setView((current) => (current.name === 'account' ? { name: 'sign-in' } : current))
      // The session could not be renewed: this device was signed out from another one (its key was
      // forgotten), or signed out everywhere. Amplify has cleared the tokens (not after a network
      // failure, which keeps them: hence the check).
      if (payload.event === 'tokenRefresh_failure') {
        getCurrentUser().catch(() => setView((current) => (current.name === 'account' ? { name: 'sign-in', notice: { kind: 'session-ended' } } : current)))
      }
    })
    return () => {
      cancelled = true
      stop()
    }
  }, [])

  const leave = useCallback(
    async (next: View) => {
      try {
        await signOut()
      } catch {
        // The session may already be gone (expired, revoked): the local tokens are cleared anyway.
      }
      queryClient.clear()
      setView(next)
    },
    [queryClient],
  )

  const main = (() => {
    switch (view.name) {
      case 'checking':
        return (
          <main id="main" className="page page--centered" tabIndex={-1} aria-busy="true">
            <p className="loading">Loading your account…</p>
          </main>
        )
      case 'sign-in':
        return (
          <SignInPage
            notice={view.notice}
            onSignedIn={(username) => setView({ name: 'account', username, justSignedIn: true })}
            onPasswordResetRequired={(username) => setView({ name: 'password-reset', username })}
          />
        )
      case 'password-reset':
        return (
          <PasswordResetPage
            username={view.username}
            onBack={() => void leave({ name: 'sign-in', notice: view.username ? { kind: 'prefill', username: view.username } : undefined })}
          />
        )
      case 'account':
        return (
          <AccountPage
            justSignedIn={view.justSignedIn}
            onSessionEnded={() => void leave({ name: 'sign-in', notice: { kind: 'session-ended' } })}
            onPasswordResetRequired={() => setView({ name: 'password-reset', username: view.username })}
          />
        )
    }
  })()

  return (
    <Shell
      queryClient={queryClient}
      signedInAs={view.name === 'account' ? view.username : undefined}
      onSignOut={() => void leave({ name: 'sign-in', notice: { kind: 'signed-out' } })}
    >
      {main}
    </Shell>
  )
}
