import { createContext, useContext, useMemo } from 'react'
import { useOptionalDeviceKit } from '../provider/DeviceKitProvider'
import { supportedLocale } from '../format/timestamp'
import type { DeviceText, ResolvedDeviceText } from '../i18n/deviceText'
import { resolveDisplayText } from '../i18n/translations'

export interface ResolvedText {
  readonly locale: string
  readonly text: ResolvedDeviceText
}

/**
 * The words a part resolved (its locale and its `displayText` on the kit's), handed to the parts
 * inside it: a card in a list, a list in the panel, take them as they are instead of being given the
 * raw `locale` and `displayText` and resolving them again.
 */
export const DeviceTextContext = /* @__PURE__ */ createContext<ResolvedText | null>(null)

/**
 * The locale (the `locale` prop, else the enclosing part's, else DeviceKitProvider's, else 'en') and
 * the texts for it with the component's `displayText` overrides on top. A component given neither
 * takes its enclosing part's words (DeviceTextContext). Works without a provider.
 */
export function useDeviceText(locale: string | undefined, displayText: DeviceText | undefined): ResolvedText {
  const enclosing = useContext(DeviceTextContext)
  const kitLocale = useOptionalDeviceKit()?.locale
  const inherit = enclosing !== null && locale === undefined && displayText === undefined
  const resolvedLocale = inherit ? enclosing.locale : supportedLocale(locale ?? enclosing?.locale ?? kitLocale)
  return useMemo(
    () => (inherit ? enclosing : { locale: resolvedLocale, text: resolveDisplayText(resolvedLocale, displayText) }),
    [inherit, enclosing, resolvedLocale, displayText],
  )
}
