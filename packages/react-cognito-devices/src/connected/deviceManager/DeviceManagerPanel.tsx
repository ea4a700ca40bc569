import { forwardRef, useCallback, useId, useMemo, useState } from 'react'
import type { Device } from '../../model/device'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import type { HeadingLevel } from '../../components/DeviceCard'
import type { DeviceRowContext } from '../../components/DeviceListView'
import { partClassName, UnstyledContext, useUnstyled } from '../../components/partClassName'
import { DeviceTextContext, useDeviceText } from '../../components/useDeviceText'
import { revealControlCharacters } from '../../format/controlCharacters'
import { formatDeviceName as friendlyName } from '../../format/deviceName'
import { useDeviceKit } from '../../provider/DeviceKitProvider'
import { useDevices } from '../../hooks/useDevices'
import { useDeviceWrites } from '../../hooks/useDeviceWrites'
import { useDeviceSession } from '../../hooks/useDeviceSession'
import { useRefreshDevices } from '../../hooks/useRefreshDevices'
import { resolveManagerText } from '../../i18n/translations'
import { useHydrated } from '../../provider/useHydrated'
import { DeviceList, needsCurrentDevice } from '../DeviceList'
import { DeviceActions } from './DeviceActions'
import { DeviceManagerHeader } from './DeviceManagerHeader'
import { forgetOthersFailure, rowStates, type DeviceRowState } from './rowStates'
import { SignOutOthersStatus } from './SignOutOthersStatus'
import { ThisDeviceNotice } from './ThisDeviceNotice'
import type { DeviceManagerProps, DeviceManagerText } from './types'
import { useConfirmation } from './useConfirmation'
import { useToggleRemembered } from './useToggleRemembered'

export type DeviceManagerPanelProps = Omit<DeviceManagerProps, 'onSessionEnded' | 'onSignIn' | 'onResetPassword' | 'onConfirmAccount' | 'fallback' | 'onErrorState'>

/** The panel inside DeviceManager's error boundary: header, live region, notices, the list and the dialog. */
export const DeviceManagerPanel = /* @__PURE__ */ forwardRef<HTMLElement, DeviceManagerPanelProps>(function DeviceManagerPanel(
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
  const resolved = useDeviceText(localeProp, displayText)
  const { locale, text: deviceText } = resolved
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
  const confirmation = useConfirmation({ titleId, ...events })
  const toggleRemembered = useToggleRemembered({ ...events, refresh })

  // The panel's writes, read once; each row is handed its own (DeviceListView's rowStates), so a
  // write on one device renders that row alone.
  const writes = useDeviceWrites()
  const { returnFocus, ask } = confirmation
  const rows = useMemo(() => rowStates(writes, returnFocus), [writes, returnFocus])
  const othersFailure = forgetOthersFailure(writes)

  const Actions = components?.DeviceActions ?? DeviceActions
  const renderActions = useCallback(
    (device: Device, { isCurrent, state }: DeviceRowContext<DeviceRowState>) => (
      <Actions
        device={device}
        isCurrent={isCurrent}
        onForget={() => ask({ variant: isCurrent ? 'this-device' : 'other-device', device })}
        forgetButtonRef={state?.forgetButtonRef}
        onToggleRemembered={() => toggleRemembered(device)}
        isForgetting={state?.isForgetting ?? false}
        failure={state?.failure}
        text={text}
      />
    ),
    [Actions, text, ask, toggleRemembered],
  )

  const { currentDeviceKey } = list
  const otherDevices = list.devices.filter((device) => device.key !== currentDeviceKey)
  const Header = components?.Header ?? DeviceManagerHeader
  const part = (name: string) => partClassName(unstyled, `rcd-device-manager__${name}`)

  return (
    <UnstyledContext.Provider value={unstyled}>
      <DeviceTextContext.Provider value={resolved}>
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
              // the count is known once every page is loaded
              otherDevices.length > 0 ? () => ask({ variant: 'all-other-devices', otherDeviceCount: list.hasNextPage ? undefined : otherDevices.length }) : undefined
            }
            isForgettingOthers={confirmation.others.isRunning}
            forgetOthersButtonRef={confirmation.forgetOthersButtonRef}
            onSignOutEverywhere={canSignOutEverywhere ? () => ask({ variant: 'sign-out-everywhere' }) : undefined}
            signOutEverywhereButtonRef={confirmation.signOutEverywhereButtonRef}
            text={text}
          />
          <p role="status" className={part('announcement')}>
            {announcement}
          </p>
          <SignOutOthersStatus run={confirmation.others} retry={confirmation.retryOthers} text={text} nameOf={nameOf} announce={setAnnouncement} />
          {/* Only when this device is not in the list: a listed device is remembered (and no GetDevice is sent for it). */}
          {needsCurrentDevice(list) ? <ThisDeviceNotice titleId={titleId} {...events} /> : null}
          {confirmation.signOutFailure ? (
            <p role="alert" className={part('failure')} data-state={confirmation.signOutFailure}>
              {text.signOutEverywhereFailed} {text.errorMessage(confirmation.signOutFailure)}
            </p>
          ) : null}
          {othersFailure ? (
            <p role="alert" className={part('failure')}>
              {text.forgetOthersFailed} {text.errorMessage(othersFailure.state)}
            </p>
          ) : null}
          {/* The list, its cards and the dialog take the words resolved here (DeviceTextContext) */}
          <DeviceList
            formatDeviceName={formatDeviceName}
            headingLevel={(headingLevel + 1) as HeadingLevel}
            now={now}
            skeletonCount={skeletonCount}
            rowStates={rows}
            renderActions={renderActions}
          />
          <ConfirmDialog {...confirmation.dialog} accessTokenLifetimeSeconds={accessTokenLifetimeSeconds} />
        </section>
      </DeviceTextContext.Provider>
    </UnstyledContext.Provider>
  )
})
