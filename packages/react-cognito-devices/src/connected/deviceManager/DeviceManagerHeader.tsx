import { partClassName, useUnstyled } from '../../components/partClassName'
import type { DeviceManagerHeaderProps } from './types'

/** The panel's default header: its heading, what it is for, Refresh, "Sign out all other devices" (this one stays signed in) and "Sign out everywhere" (this one too). */
export function DeviceManagerHeader({
  title,
  description,
  titleId,
  headingLevel,
  onRefresh,
  isRefreshing,
  onForgetOthers,
  isForgettingOthers = false,
  forgetOthersButtonRef,
  onSignOutEverywhere,
  signOutEverywhereButtonRef,
  text,
}: DeviceManagerHeaderProps) {
  const unstyled = useUnstyled(undefined)
  const Heading = `h${headingLevel}` as const
  return (
    <header className={partClassName(unstyled, 'rcd-device-manager__header')}>
      {/* tabIndex -1: the panel moves focus here when the focused card was forgotten */}
      <Heading id={titleId} tabIndex={-1} className={partClassName(unstyled, 'rcd-device-manager__title')}>
        {title}
      </Heading>
      <p className={partClassName(unstyled, 'rcd-device-manager__description')}>{description}</p>
      <div className={partClassName(unstyled, 'rcd-device-manager__toolbar')}>
        <button
          type="button"
          className={partClassName(unstyled, 'rcd-button')}
          onClick={isRefreshing ? undefined : onRefresh}
          aria-disabled={isRefreshing || undefined}
        >
          {isRefreshing ? text.refreshing : text.refresh}
        </button>
        {onForgetOthers ? (
          <button
            ref={forgetOthersButtonRef}
            type="button"
            className={partClassName(unstyled, 'rcd-button', ['danger'])}
            onClick={isForgettingOthers ? undefined : onForgetOthers}
            aria-disabled={isForgettingOthers || undefined}
          >
            {isForgettingOthers ? text.signingOut : text.forgetOtherDevices}
          </button>
        ) : null}
        {onSignOutEverywhere ? (
          <button ref={signOutEverywhereButtonRef} type="button" className={partClassName(unstyled, 'rcd-button')} onClick={onSignOutEverywhere}>
            {text.signOutEverywhere}
          </button>
        ) : null}
      </div>
    </header>
  )
}
