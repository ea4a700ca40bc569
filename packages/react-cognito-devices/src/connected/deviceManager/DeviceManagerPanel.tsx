import { forwardRef, memo, useCallback, useId, useMemo, useState } from 'react'
import type { Device } from '../../cognito/device'
import { ConfirmForgetDialog } from '../../components/ConfirmForgetDialog'
import type { HeadingLevel } from '../../components/DeviceCard'
import { partClassName, UnstyledContext, useUnstyled } from '../../components/partClassName'
import { useDeviceText } from '../../components/useDeviceText'
import { revealControlCharacters } from '../../format/controlCharacters'
import { formatDeviceName as friendlyName } from '../../format/deviceName'
import { useDeviceKit } from '../../provider/DeviceKitProvider'
import { useDevices } from '../../hooks/useDevices'
import { useDeviceSession } from '../../hooks/useDeviceSession'
import { useRefreshDevices } from '../../hooks/useRefreshDevices'
import { resolveManagerText } from '../../i18n/translations'
import { useHydrated } from '../../provider/useHydrated'
import { DeviceList, needsCurrentDevice } from '../DeviceList'
import { useForgetOthersFailure } from './actionState'
import { DeviceActions } from './DeviceActions'
import { DeviceManagerHeader } from './DeviceManagerHeader'
import { renderManagedActions, RowActionsContext } from './ManagedDeviceActions'
import { SignOutOthersStatus } from './SignOutOthersStatus'
import { ThisDeviceNotice } from './ThisDeviceNotice'
import type { DeviceManagerProps, DeviceManagerText } from './types'
import { useForgetConfirmation } from './useForgetConfirmation'
import { useToggleRemembered } from './useToggleRemembered'

export type DeviceManagerPanelProps = Omit<DeviceManagerProps, 'onSessionEnded' | 'onSignIn' | 'onResetPassword' | 'onConfirmAccount' | 'fallback' | 'onErrorState'>

/** The panel inside DeviceManager's error boundary: header, live region, notices, the list and the dialog. */
export const DeviceManagerPanel = forwardRef<HTMLElement, DeviceManagerPanelProps>(function DeviceManagerPanel(
  {
    headingLevel = 2,
    locale: localeProp,
    displayText,
    onSuccess,
    onError,
    components,
    formatDeviceName,
    now,
    skeletonCount,
    density = 'compact',
    signOutEverywhere = true,
    unstyled: unstyledProp,
    className,
    ...rest
  },
  ref,
) {
  const unstyled = useUnstyled(unstyledProp)
  const { locale, text: deviceText } = useDeviceText(localeProp, displayText)
  const text: DeviceManagerText = useMemo(() => ({ ...deviceText, ...resolveManagerText(locale, displayText) }), [deviceText, locale, displayText])
  const titleId = useId()
  const list = useDevices()
  const accessTokenLifetimeSeconds = useDeviceSession().data?.accessTokenLifetimeSeconds
  const refresh = useRefreshDevices()
  // a custom DeviceApi may have no signOutEverywhere: then the panel does not offer it
  const { api } = useDeviceKit()
  const canSignOutEverywhere = signOutEverywhere && api.signOutEverywhere !== undefined
  // A prefetched list that is already stale starts refetching during the hydrating render: the
  // server rendered "Refresh", so the first client pass must too.
  const hydrated = useHydrated()
  const [announcement, setAnnouncement] = useState('')

  // A name is untrusted text, put here into sentences (announcements, the dialog's title): its control
  // and bidi characters are shown, as on the card, not obeyed (a U+202E would reverse the sentence).
  const nameOf = useCallback(
    (device: Device) => revealControlCharacters(formatDeviceName ? formatDeviceName(device) : friendlyName(device, deviceText)),
    [formatDeviceName, deviceText],
  )
  const events = { text, nameOf, announce: setAnnouncement, onSuccess, onError }
  const confirmation = useForgetConfirmation({ titleId, ...events })
  const toggleRemembered = useToggleRemembered({ ...events, refresh })
  const forgetOthersFailure = useForgetOthersFailure()

  const Actions = components?.DeviceActions ?? DeviceActions
  const MemoActions = useMemo(() => memo(Actions), [Actions])
  const { requestForget, registerForgetButton } = confirmation
  const rowActions = useMemo(
    () => ({ Actions: MemoActions, text, requestForget, toggleRemembered, registerForgetButton }),
    [MemoActions, text, requestForget, toggleRemembered, registerForgetButton],
  )

  const otherDevices = list.devices.filter((device) => device.key !== list.currentDeviceKey)
  const Header = components?.Header ?? DeviceManagerHeader
  const part = (name: string) => partClassName(unstyled, `rcd-device-manager__${name}`)

  return (
    <UnstyledContext.Provider value={unstyled}>
      <section
        ref={ref}
        aria-labelledby={titleId}
        {...rest}
        className={partClassName(unstyled, 'rcd-device-manager', [], className)}
        data-state={list.isPending ? 'loading' : 'ready'}
        data-density={density}
      >
        <Header
          title={text.title}
          description={text.description}
          titleId={titleId}
          headingLevel={headingLevel}
          onRefresh={() => void refresh()}
          isRefreshing={hydrated && list.isFetching && !list.isPending}
          onForgetOthers={
            otherDevices.length > 0 ? () => confirmation.requestForgetOthers(list.hasNextPage ? undefined : otherDevices.length) : undefined
          }
          isForgettingOthers={confirmation.others.isRunning}
          forgetOthersButtonRef={confirmation.forgetOthersButtonRef}
          onSignOutEverywhere={canSignOutEverywhere ? confirmation.requestSignOutEverywhere : undefined}
          signOutEverywhereButtonRef={confirmation.signOutEverywhereButtonRef}
          text={text}
        />
        <p role="status" className={part('announcement')}>
          {announcement}
        </p>
        <SignOutOthersStatus {...confirmation.others} text={text} nameOf={nameOf} announce={setAnnouncement} />
        {/* Only when this device is not in the list: a listed device is remembered (and no GetDevice is sent for it). */}
        {needsCurrentDevice(list) ? <ThisDeviceNotice titleId={titleId} {...events} /> : null}
        {confirmation.signOutFailure ? (
          <p role="alert" className={part('failure')} data-state={confirmation.signOutFailure}>
            {text.signOutEverywhereFailed} {text.errorMessage(confirmation.signOutFailure)}
          </p>
        ) : null}
        {forgetOthersFailure ? (
          <p role="alert" className={part('failure')}>
            {text.forgetOthersFailed} {text.errorMessage(forgetOthersFailure.state)}
          </p>
        ) : null}
        <RowActionsContext.Provider value={rowActions}>
          <DeviceList
            locale={locale}
            displayText={displayText}
            formatDeviceName={formatDeviceName}
            headingLevel={(headingLevel + 1) as HeadingLevel}
            now={now}
            skeletonCount={skeletonCount}
            renderActions={renderManagedActions}
          />
        </RowActionsContext.Provider>
        <ConfirmForgetDialog {...confirmation.dialog} accessTokenLifetimeSeconds={accessTokenLifetimeSeconds} locale={locale} displayText={displayText} />
      </section>
    </UnstyledContext.Provider>
  )
})
