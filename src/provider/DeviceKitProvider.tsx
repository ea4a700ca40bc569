import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { changesUser, type DeviceApi } from '../api/DeviceApi'
import { deviceKeys } from '../query/deviceKeys'
import { isCachedSessionOutdated } from '../query/deviceQueries'
import type { ResolveLocation } from '../query/deviceLocation'

/** What the host app does when a user must act outside the kit. Each is optional. */
export interface DeviceKitCallbacks {
  /** The session ended: send the user to the sign-in page. */
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

export interface DeviceKitContextValue extends DeviceKitCallbacks {
  readonly api: DeviceApi
  readonly locale: string
  readonly resolveLocation?: ResolveLocation | undefined
  /** Counts sign-ins and sign-outs; error boundaries inside the kit clear their state when it changes. */
  readonly authEpoch: number
}

const DeviceKitContext = createContext<DeviceKitContextValue | null>(null)

/**
 * Supplies the device api, locale and host callbacks to the kit. It never creates a QueryClient:
 * render it inside your app's own `QueryClientProvider`.
 */
export function DeviceKitProvider({ api, locale, onSignIn, onResetPassword, onConfirmAccount, resolveLocation, children }: DeviceKitProviderProps) {
  const resolvedLocale = locale ?? (typeof navigator === 'undefined' ? 'en' : navigator.language || 'en')
  const authEpoch = useCachedDevicesFollowTheUser(api)
  const value = useMemo(
    () => ({ api, locale: resolvedLocale, onSignIn, onResetPassword, onConfirmAccount, resolveLocation, authEpoch }),
    [api, resolvedLocale, onSignIn, onResetPassword, onConfirmAccount, resolveLocation, authEpoch],
  )
  return <DeviceKitContext.Provider value={value}>{children}</DeviceKitContext.Provider>
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
 * Sign-in and sign-out drop every cached device at once (before anything renders them for the next
 * user) and re-check the session; a failed token refresh re-checks the session, which may end it.
 * Returns a counter of sign-ins and sign-outs, so a "signed out" state clears after a new sign-in.
 */
function useCachedDevicesFollowTheUser(api: DeviceApi): number {
  const queryClient = useQueryClient()
  const [authEpoch, setAuthEpoch] = useState(0)
  // A sign-in or sign-out while no provider listened (the account page was closed; the host's
  // QueryClient lived on) left a session that may name the last user, and that user's devices, in
  // the cache. They go here, during render: an effect would run after the children had read them.
  // Both steps are idempotent and TanStack notifies observers asynchronously, so a render React
  // repeats or discards does no harm.
  if (isCachedSessionOutdated(queryClient, api)) dropCachedDevices(queryClient)
  useEffect(
    () =>
      api.subscribe?.((event) => {
        if (changesUser(event)) {
          dropCachedDevices(queryClient)
          setAuthEpoch((epoch) => epoch + 1)
        } else if (event === 'token-refresh-failed') {
          void queryClient.invalidateQueries({ queryKey: deviceKeys.session() })
        }
      }),
    [api, queryClient],
  )
  return authEpoch
}

function dropCachedDevices(queryClient: QueryClient) {
  // Every user-scoped entry goes, active or not. Resetting them instead put a detail back to its
  // initial data (copied from the last user's list when it was created), which then stayed cached
  // under that user's key after the switch.
  queryClient.removeQueries({ queryKey: deviceKeys.users() })
  // What is left is the session: cleared, and asked again where something shows it.
  void queryClient.resetQueries({ queryKey: deviceKeys.session() })
}
