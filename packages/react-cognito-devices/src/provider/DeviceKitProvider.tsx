import { useQueryClient } from '@tanstack/react-query'
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react'
import { changesUser, type DeviceApi } from '../api/DeviceApi'
import * as deviceKeys from '../query/cacheKeys'
import { dropSignedInUser } from '../query/dropCachedDevices'
import { useSessionReadOnMount } from './useSessionReadOnMount'
import type { ResolveLocation } from '../query/deviceLocation'

/** What the host app does when a user must act outside the kit. Each is optional. */
export interface DeviceKitCallbacks {
  /**
   * The session ended (signed out here or everywhere, a revoked or expired session): send the user
   * to the sign-in page. Runs after "sign out everywhere" too, and from the "signed out" error view.
   */
  onSessionEnded?: (() => void) | undefined
  /** @deprecated Renamed `onSessionEnded`: it runs whenever the session ended. Still read for one release. */
  onSignIn?: (() => void) | undefined
  /** Cognito requires a new password before anything else. */
  onResetPassword?: (() => void) | undefined
  /** The account is not confirmed yet. */
  onConfirmAccount?: (() => void) | undefined
}

export interface DeviceKitProviderProps extends DeviceKitCallbacks {
  /** Where devices come from: `amplifyDeviceApi()` (from `react-cognito-devices/amplify`), `tokenDeviceApi(...)` or your own. */
  api: DeviceApi
  /** BCP 47 locale for built-in text and dates. Defaults to the browser's language. */
  locale?: string | undefined
  /** IP address -> place ("Berlin, Germany") for "last used from"; asked once per address. The kit has no GeoIP data. */
  resolveLocation?: ResolveLocation | undefined
  children?: ReactNode
}

export interface DeviceKitContextValue extends Omit<DeviceKitCallbacks, 'onSignIn'> {
  readonly api: DeviceApi
  /** @deprecated The same function as `onSessionEnded`. */
  readonly onSignIn?: (() => void) | undefined
  readonly locale: string
  readonly resolveLocation?: ResolveLocation | undefined
  /** Counts sign-ins and sign-outs; error boundaries inside the kit clear their state when it changes. */
  readonly authEpoch: number
}

const DeviceKitContext = /* @__PURE__ */ createContext<DeviceKitContextValue | null>(null)

/**
 * Supplies the device api, locale and host callbacks to the kit. It never creates a QueryClient:
 * render it inside your app's own `QueryClientProvider`. Its children render once it has read who
 * is signed in (from the tokens, no request to Cognito), so they never show the devices cached for
 * a user who signed out while no provider was mounted.
 */
export function DeviceKitProvider({ api, locale, onSessionEnded: sessionEnded, onSignIn, onResetPassword, onConfirmAccount, resolveLocation, children }: DeviceKitProviderProps) {
  const onSessionEnded = sessionEnded ?? onSignIn
  const browserLocale = useBrowserLanguage()
  const resolvedLocale = locale ?? browserLocale
  const authEpoch = useCachedDevicesFollowTheUser(api)
  // Kept for a measured reason: rendered at once, the children show the last user's cached devices
  // after a switch while no provider was mounted (test/hooks/useDevices.test.tsx fails); and it costs
  // no measurable time (the bench's 60-device first render was 1.03x without it: within its noise).
  const sessionRead = useSessionReadOnMount(api)
  const value = useMemo(
    () => ({ api, locale: resolvedLocale, onSessionEnded, onSignIn: onSessionEnded, onResetPassword, onConfirmAccount, resolveLocation, authEpoch }),
    [api, resolvedLocale, onSessionEnded, onResetPassword, onConfirmAccount, resolveLocation, authEpoch],
  )
  return <DeviceKitContext.Provider value={value}>{sessionRead ? children : null}</DeviceKitContext.Provider>
}

const browserLanguage = () => (typeof navigator === 'undefined' ? 'en' : navigator.language || 'en')
const subscribeToLanguage = (onChange: () => void) => {
  window.addEventListener('languagechange', onChange)
  return () => window.removeEventListener('languagechange', onChange)
}

/**
 * The browser's language, followed as it changes. 'en' on the server and during hydration, so the
 * hydrating render matches the server's HTML (React's `getServerSnapshot`); a server that knows
 * the reader's language (Accept-Language) passes `locale` instead.
 */
function useBrowserLanguage(): string {
  return useSyncExternalStore(subscribeToLanguage, browserLanguage, () => 'en')
}

/** The nearest DeviceKitProvider's value. Throws a clear error when there is none. */
export function useDeviceKit(): DeviceKitContextValue {
  const value = useContext(DeviceKitContext)
  if (!value) {
    throw new Error('react-cognito-devices: wrap your account page in <DeviceKitProvider api={...}>.')
  }
  return value
}

/** The kit's context when present, else null (for components that also work standalone). */
export function useOptionalDeviceKit(): DeviceKitContextValue | null {
  return useContext(DeviceKitContext)
}

/**
 * While mounted, sign-in and sign-out reported by the api drop every cached device at once (before
 * anything renders them for the next user) and clear the session, which is then read again; a
 * failed token refresh re-checks the session, which may end it. Returns a counter of sign-ins and
 * sign-outs, so a "signed out" state clears after a new sign-in.
 */
function useCachedDevicesFollowTheUser(api: DeviceApi): number {
  const queryClient = useQueryClient()
  const [authEpoch, setAuthEpoch] = useState(0)
  useEffect(
    () =>
      api.subscribe?.((event) => {
        if (changesUser(event)) {
          dropSignedInUser(queryClient)
          setAuthEpoch((epoch) => epoch + 1)
        } else if (event === 'token-refresh-failed') {
          void queryClient.invalidateQueries({ queryKey: deviceKeys.session() })
        }
      }),
    [api, queryClient],
  )
  return authEpoch
}
