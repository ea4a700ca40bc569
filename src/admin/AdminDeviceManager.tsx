import { forwardRef, useMemo, type ComponentType } from 'react'
import { useDeviceText } from '../components/useDeviceText'
import { DeviceManager } from '../connected/DeviceManager'
import { DeviceManagerHeader } from '../connected/deviceManager/DeviceManagerHeader'
import type { DeviceManagerHeaderProps, DeviceManagerProps } from '../connected/deviceManager/types'
import { useDeviceKit } from '../provider/DeviceKitProvider'
import { adminDisplayText } from './adminText'

export interface AdminDeviceManagerProps extends Omit<DeviceManagerProps, 'onSignIn' | 'onResetPassword' | 'onConfirmAccount'> {
  /** The user looked up, as the heading names them: the `username` given to `adminDeviceApi`. */
  username: string
}

/**
 * DeviceManager for a support or admin console, over `adminDeviceApi` (in the DeviceKitProvider above
 * it): titled with the user, every device of theirs with its remembered status, forget after a
 * confirmation, remember / stop remembering. There is no "this device" (the admin's browser is not one
 * of the user's devices) and no "forget all other devices" (with no device of one's own it would forget
 * them all). `displayText` overrides any of its words, the title too.
 */
export const AdminDeviceManager = forwardRef<HTMLElement, AdminDeviceManagerProps>(function AdminDeviceManager(
  { username, locale, displayText, components, ...props },
  ref,
) {
  const { api } = useDeviceKit()
  const { locale: resolvedLocale } = useDeviceText(locale, undefined)
  const text = useMemo(() => ({ ...adminDisplayText(resolvedLocale, username), ...displayText }), [resolvedLocale, username, displayText])
  const Header = components?.Header ?? DeviceManagerHeader
  const AdminHeader = useMemo(() => withoutForgetOthers(Header), [Header])
  const parts = useMemo(() => ({ ...components, Header: AdminHeader }), [components, AdminHeader])
  return (
    <DeviceManager
      // Another user (another api) starts afresh: a shown "user not found" or open dialog belongs to the last one.
      key={api.sessionScope}
      ref={ref}
      locale={locale}
      displayText={text}
      components={parts}
      {...props}
    />
  )
})

function withoutForgetOthers(Header: ComponentType<DeviceManagerHeaderProps>): ComponentType<DeviceManagerHeaderProps> {
  return function AdminDeviceManagerHeader(props: DeviceManagerHeaderProps) {
    return <Header {...props} onForgetOthers={undefined} />
  }
}
