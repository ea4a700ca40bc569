import { useQuery } from '@tanstack/react-query'
import { fetchAuthSession, fetchUserAttributes } from 'aws-amplify/auth'
import { useEffect, useMemo, useRef } from 'react'
import { DeviceKitProvider, DeviceManager, PasskeyManager, sessionStatesShownElsewhere } from '../../src'
import { amplifyDeviceApi, amplifyPasskeyApi } from '../../src/amplify'
import { resolveDemoPlace } from './demoPlaces'
import { chosenLanguage } from './pageLanguage'
import { RememberDevicePrompt } from './RememberDevicePrompt'

export interface AccountPageProps {
  /** The page was reached by signing in just now (not by a reload): offer to remember this device. */
  justSignedIn: boolean
  /** The kit found the session over (expired, revoked): sign out locally and show the sign-in page. */
  onSessionEnded: () => void
  onPasswordResetRequired: () => void
}

/** One DeviceApi for the page's lifetime: the provider re-subscribes to Amplify's Hub when it changes. */
const deviceApi = amplifyDeviceApi()
const passkeyApi = amplifyPasskeyApi()
/** `?lang=ar` and the like; else the provider follows the browser's language. */
const locale = chosenLanguage()?.code

export function AccountPage({ justSignedIn, onSessionEnded, onPasswordResetRequired }: AccountPageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <DeviceKitProvider api={deviceApi} locale={locale} onSessionEnded={onSessionEnded} onResetPassword={onPasswordResetRequired} resolveLocation={resolveDemoPlace}>
      <div className="layout">
        <nav className="sidenav" aria-label="Account settings">
          <ul className="sidenav__list">
            <li>
              <a className="sidenav__link" href="#profile">
                Profile
              </a>
            </li>
            <li>
              <a className="sidenav__link" href="#devices">
                Devices
              </a>
            </li>
            <li>
              <a className="sidenav__link" href="#passkeys">
                Passkeys
              </a>
            </li>
          </ul>
        </nav>
        <main id="main" className="page page--account" tabIndex={-1}>
          <h1 ref={headingRef} tabIndex={-1} className="page__title">
            Account settings
          </h1>
          <p className="page__lead">Your profile, the devices that are signed in to your Tidepool account and your passkeys.</p>
          <RememberDevicePrompt active={justSignedIn} />
          <ProfileCard />
          <div id="devices" className="panel panel--devices">
            <DeviceManager headingLevel={2} onSessionEnded={onSessionEnded} onResetPassword={onPasswordResetRequired} />
          </div>
          <div id="passkeys" className="panel panel--passkeys">
            {/* The devices panel above says "Your session has ended" (and the like) for the page. */}
            <PasskeyManager api={passkeyApi} headingLevel={2} fallback={sessionStatesShownElsewhere} />
          </div>
        </main>
      </div>
    </DeviceKitProvider>
  )
}

interface Profile {
  email: string | undefined
  name: string | undefined
  emailVerified: boolean
  userId: string | undefined
}

function claim(payload: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = payload?.[name]
  return typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : undefined
}

/**
 * Profile basics: GetUser (fetchUserAttributes) when it answers, else the id token's claims (GetUser
 * fails for a user whose password must be reset, and the page should still say who is signed in).
 */
async function loadProfile(): Promise<Profile> {
  const { tokens } = await fetchAuthSession()
  const idClaims = tokens?.idToken?.payload as Record<string, unknown> | undefined
  const fromToken: Profile = {
    email: claim(idClaims, 'email'),
    name: claim(idClaims, 'name'),
    emailVerified: claim(idClaims, 'email_verified') === 'true',
    userId: claim(idClaims, 'sub'),
  }
  try {
    const attributes = await fetchUserAttributes()
    return {
      email: attributes.email ?? fromToken.email,
      name: attributes.name ?? fromToken.name,
      emailVerified: (attributes.email_verified ?? String(fromToken.emailVerified)) === 'true',
      userId: attributes.sub ?? fromToken.userId,
    }
  } catch {
    return fromToken
  }
}

function initials(profile: Profile): string {
  const source = profile.name ?? profile.email ?? '?'
  const words = source.split(/[\s@._-]+/).filter(Boolean)
  return (words.length > 1 ? `${words[0]![0]}${words[1]![0]}` : source.slice(0, 2)).toUpperCase()
}

function ProfileCard() {
  const profile = useQuery({ queryKey: ['demo', 'profile'], queryFn: loadProfile, staleTime: 60_000, retry: false })
  const data = profile.data
  const avatar = useMemo(() => (data ? initials(data) : ''), [data])
  return (
    <section id="profile" className="panel" aria-labelledby="profile-title">
      <h2 id="profile-title" className="panel__title">
        Profile
      </h2>
      {profile.isPending ? (
        <p className="loading">Loading your profile…</p>
      ) : !data ? (
        <p>Your profile could not be loaded.</p>
      ) : (
        <div className="profile">
          <span className="profile__avatar" aria-hidden="true">
            {avatar}
          </span>
          <dl className="profile__facts">
            <div className="profile__fact">
              <dt>Name</dt>
              <dd>{data.name ?? 'Not set'}</dd>
            </div>
            <div className="profile__fact">
              <dt>Email</dt>
              <dd>
                {data.email ?? 'Not set'}{' '}
                {data.email ? (
                  <span className={data.emailVerified ? 'tag tag--ok' : 'tag tag--warn'}>{data.emailVerified ? 'Verified' : 'Not verified'}</span>
                ) : null}
              </dd>
            </div>
            <div className="profile__fact">
              <dt>User ID</dt>
              <dd>
                <code className="profile__id">{data.userId ?? 'Unknown'}</code>
              </dd>
            </div>
          </dl>
        </div>
      )}
    </section>
  )
}
