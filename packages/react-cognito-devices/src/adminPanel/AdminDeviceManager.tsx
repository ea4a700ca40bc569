import { forwardRef, useMemo, type ComponentType } from 'react'
// Only what the main entry exports: a host could write this console itself.
import {
  DeviceErrorView,
  DeviceManager,
  useDeviceKit,
  useDeviceText,
  type DeviceErrorFallbackProps,
  type DeviceErrorState,
  type DeviceManagerHeaderProps,
  type DeviceManagerProps,
  type DeviceText,
  type ManagerText,
} from '../index'
import { adminErrorText } from './adminErrorText'
import { adminDisplayText } from './adminText'

export interface AdminDeviceManagerProps extends Omit<DeviceManagerProps, 'onSessionEnded' | 'onSignIn' | 'onResetPassword' | 'onConfirmAccount'> {
  /** The user looked up, as the heading names them: the `username` given to `adminDeviceApi`. */
  username: string
}

/**
 * DeviceManager for a support or admin console, over `adminDeviceApi` (in the DeviceKitProvider above
 * it): titled with the user, every device of theirs with its remembered status, forget after a
 * confirmation, remember / stop remembering. There is no "this device" (the admin's browser is not one
 * of the user's devices) and no "forget all other devices" (with no device of one's own it would forget
 * them all). `displayText` overrides any of its words, the title too; `fallback` replaces the view of
 * any error state, the admin ones too (their words: `adminErrorText`).
 */
export const AdminDeviceManager = /* @__PURE__ */ forwardRef<HTMLElement, AdminDeviceManagerProps>(function AdminDeviceManager(
  { username, locale, displayText, components, fallback, headingLevel, ...props },
  ref,
) {
  const { api } = useDeviceKit()
  const { locale: resolvedLocale, text: defaults } = useDeviceText(locale, undefined)
  const errorText = useMemo(() => adminErrorText(resolvedLocale), [resolvedLocale])
  // The host's words and fallbacks come first; one left undefined keeps the admin panel's.
  const text = useMemo(
    () =>
      withHostWords<DeviceText & ManagerText>(
        {
          ...adminDisplayText(resolvedLocale, username),
          // an admin state's short form, next to a list or an action that failed
          errorMessage: (state: DeviceErrorState) => errorText.short?.[state] ?? defaults.errorMessage(state),
        },
        displayText,
      ),
    [resolvedLocale, username, errorText, defaults, displayText],
  )
  // The admin states' long forms, and the console's own setup errors, where the panel is replaced.
  const fallbacks = useMemo(() => {
    const adminView = ({ state, error, retry }: DeviceErrorFallbackProps) => (
      <DeviceErrorView state={state} error={error} onRetry={retry} displayText={errorText} locale={resolvedLocale} headingLevel={headingLevel} />
    )
    return withHostWords<Fallbacks>({ 'admin-credentials': adminView, 'admin-access-denied': adminView, 'user-not-found': adminView, misconfigured: adminView }, fallback)
  }, [errorText, resolvedLocale, headingLevel, fallback])
  const Header = components?.Header ?? DeviceManager.Header
  const AdminHeader = useMemo(() => withoutForgetOthers(Header), [Header])
  const parts = useMemo(() => ({ ...components, Header: AdminHeader }), [components, AdminHeader])
  return (
    <DeviceManager
      // Another user (another api) starts afresh: a shown "user not found" or open dialog belongs to the last one.
      key={api.sessionScope}
      ref={ref}
      locale={locale}
      displayText={text}
      fallback={fallbacks}
      headingLevel={headingLevel}
      components={parts}
      {...props}
    />
  )
})

type Fallbacks = NonNullable<DeviceManagerProps['fallback']>

function withoutForgetOthers(Header: ComponentType<DeviceManagerHeaderProps>): ComponentType<DeviceManagerHeaderProps> {
  return function AdminDeviceManagerHeader(props: DeviceManagerHeaderProps) {
    return <Header {...props} onForgetOthers={undefined} />
  }
}

/** `ours` with each of the host's entries on top; one the host left undefined keeps ours. */
function withHostWords<T extends object>(ours: T, host: { readonly [K in keyof T]?: T[K] | undefined } | undefined): T {
  const merged = { ...ours }
  for (const key of Object.keys(host ?? {}) as Array<keyof T>) {
    const value = host?.[key]
    if (value !== undefined) merged[key] = value as T[keyof T]
  }
  return merged
}
