import { useMemo } from 'react'
import { supportedLocale } from '../format/timestamp'
import { resolvePasskeyText, type PasskeyText } from '../i18n/passkeyText'
import { useOptionalDeviceKit } from '../provider/DeviceKitProvider'

/** The locale (prop, else DeviceKitProvider's, else 'en'), its passkey text with `displayText` on top, and the lang/dir shown. */
export function usePasskeyText(locale: string | undefined, displayText: PasskeyText | undefined) {
  const kitLocale = useOptionalDeviceKit()?.locale
  const resolvedLocale = supportedLocale(locale ?? kitLocale)
  return { locale: resolvedLocale, ...useMemo(() => resolvePasskeyText(resolvedLocale, displayText), [resolvedLocale, displayText]) }
}
