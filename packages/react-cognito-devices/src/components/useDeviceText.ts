import { useMemo } from 'react'
import { useOptionalDeviceKit } from '../provider/DeviceKitProvider'
import { supportedLocale } from '../format/timestamp'
import type { DeviceText, ResolvedDeviceText } from '../i18n/deviceText'
import { resolveDisplayText } from '../i18n/translations'

/**
 * The locale (the `locale` prop, else DeviceKitProvider's, else 'en') and the texts for it with
 * the component's `displayText` overrides on top. Works without a provider.
 */
export function useDeviceText(locale: string | undefined, displayText: DeviceText | undefined): {
  locale: string
  text: ResolvedDeviceText
} {
  const kitLocale = useOptionalDeviceKit()?.locale
  const resolvedLocale = supportedLocale(locale ?? kitLocale)
  const text = useMemo(() => resolveDisplayText(resolvedLocale, displayText), [resolvedLocale, displayText])
  return { locale: resolvedLocale, text }
}
