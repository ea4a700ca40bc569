import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { DeviceApi } from '../api/DeviceApi'

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
  children?: ReactNode
}

export interface DeviceKitContextValue extends DeviceKitCallbacks {
  readonly api: DeviceApi
  readonly locale: string
}

const DeviceKitContext = createContext<DeviceKitContextValue | null>(null)

/**
 * Supplies the device api, locale and host callbacks to the kit. It never creates a QueryClient:
 * render it inside your app's own `QueryClientProvider`.
 */
export function DeviceKitProvider({ api, locale, onSignIn, onResetPassword, onConfirmAccount, children }: DeviceKitProviderProps) {
  const resolvedLocale = locale ?? (typeof navigator === 'undefined' ? 'en' : navigator.language || 'en')
  const value = useMemo(
    () => ({ api, locale: resolvedLocale, onSignIn, onResetPassword, onConfirmAccount }),
    [api, resolvedLocale, onSignIn, onResetPassword, onConfirmAccount],
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
