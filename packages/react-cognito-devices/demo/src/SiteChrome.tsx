import { useState } from 'react'
import { poolConfig } from './amplifyConfig'
import { applyColorMode, initialColorMode, type ColorMode } from './colorMode'
import { chosenLanguage, PAGE_LANGUAGES } from './pageLanguage'

export function Logo() {
  return (
    <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="brand__logo-tile" />
      <path d="M6 19c3-4 6-4 10 0s7 4 10 0" className="brand__logo-wave" />
      <path d="M6 12c3-4 6-4 10 0s7 4 10 0" className="brand__logo-wave brand__logo-wave--light" />
    </svg>
  )
}

export function ColorModeToggle() {
  const [mode, setMode] = useState<ColorMode>(() => (document.documentElement.getAttribute('data-rcd-color-mode') === 'dark' ? 'dark' : initialColorMode()))
  const dark = mode === 'dark'
  return (
    <button
      type="button"
      className="button button--ghost color-toggle"
      aria-pressed={dark}
      onClick={() => {
        const next: ColorMode = dark ? 'light' : 'dark'
        applyColorMode(next)
        setMode(next)
      }}
    >
      <svg className="color-toggle__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {dark ? (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" />
        ) : (
          <>
            <circle cx="12" cy="12" r="4.5" />
            <path d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1" />
          </>
        )}
      </svg>
      Dark mode
    </button>
  )
}

/** The support console's address. A full page load switches sites: the two share nothing but the chrome. */
export const ADMIN_PATH = '/admin'

export function isAdminPath(pathname: string): boolean {
  return pathname.replace(/\/+$/, '') === ADMIN_PATH
}

function SiteNav() {
  const onAdmin = isAdminPath(window.location.pathname)
  return (
    <nav aria-label="Site" className="topbar__nav">
      <a className="button button--ghost" href="/" aria-current={onAdmin ? undefined : 'page'}>
        Account
      </a>
      <a className="button button--ghost" href={ADMIN_PATH} aria-current={onAdmin ? 'page' : undefined}>
        Support console
      </a>
    </nav>
  )
}

export function SiteHeader({ signedInAs, onSignOut }: { signedInAs: string | undefined; onSignOut: () => void }) {
  return (
    <header className="topbar">
      <div className="topbar__inner">
        <span className="brand">
          <Logo />
          <span className="brand__name">Tidepool</span>
        </span>
        <div className="topbar__actions">
          <SiteNav />
          <ColorModeToggle />
          {signedInAs ? (
            <>
              <span className="topbar__user" title={signedInAs}>
                <span className="visually-hidden">Signed in as </span>
                {signedInAs}
              </span>
              <button type="button" className="button button--secondary" onClick={onSignOut}>
                Sign out
              </button>
            </>
          ) : null}
        </div>
      </div>
    </header>
  )
}

/** Links that reload the page with the kit's text in another language (`?lang=`), as a host's language menu would. */
function LanguageChoice() {
  const current = chosenLanguage()?.code ?? 'en'
  return (
    <nav aria-label="Language of the account settings" className="footer__languages">
      <ul className="footer__language-list">
        {PAGE_LANGUAGES.map((language) => (
          <li key={language.code}>
            <a href={`?lang=${language.code}`} lang={language.code} hrefLang={language.code} aria-current={language.code === current ? 'true' : undefined}>
              {language.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export function SiteFooter() {
  return (
    <footer className="footer">
      <LanguageChoice />
      <p>
        Tidepool is a demo of <strong>react-cognito-devices</strong>. User pool <code>{poolConfig.userPoolId}</code>
        {poolConfig.usesLocalEmulator ? ' on the local Cognito emulator.' : poolConfig.userPoolEndpoint ? ` at ${poolConfig.userPoolEndpoint}.` : ' on Amazon Cognito.'}
      </p>
    </footer>
  )
}
