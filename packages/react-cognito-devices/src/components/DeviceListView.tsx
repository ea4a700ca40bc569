import { forwardRef, memo, useId, useRef, useState, type ComponentPropsWithoutRef, type ReactNode, type RefAttributes } from 'react'
import type { Device } from '../model/device'
import type { DeviceErrorState } from '../errors/classifyError'
import { shownLanguage } from '../i18n/translations'
import { DeviceCard, type DeviceCardProps, type HeadingLevel } from './DeviceCard'
import type { DeviceText } from '../i18n/deviceText'
import { partClassName, UnstyledContext, useUnstyled } from './partClassName'
import { DeviceTextContext, useDeviceText } from './useDeviceText'
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect'

/** `data-state` of the list: what takes the space of the cards. */
export type DeviceListState = 'loading' | 'error' | 'empty' | 'ready'

/** What `renderActions` is told about a row besides its device. */
export interface DeviceRowContext<RowState = unknown> {
  /** The device this browser signed in with. */
  readonly isCurrent: boolean
  /** The device's entry in `rowStates`, if any. */
  readonly state: RowState | undefined
}

export interface DeviceListViewProps<RowState = unknown> extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The devices to show, in the order given (the connected list sorts). */
  devices: readonly Device[]
  /** The key of the device this browser signed in with; that card gets the "This device" badge. */
  currentDeviceKey?: string | undefined
  /** The first page is loading: skeleton rows instead of cards. */
  isLoading?: boolean
  /** A failed load, shown as an inline error row (below any cards already shown). */
  error?: DeviceErrorState | undefined
  /** Shows a retry button in the error row. */
  onRetry?: () => void
  /**
   * A retry of the failed load is under way: the list is `aria-busy`, the retry button reads
   * "Trying again…" and ignores presses, and a retry that fails again is announced again.
   */
  isRetrying?: boolean
  /** There are further pages: shows the "Show more" button when `onShowMore` is given too. */
  hasMore?: boolean
  onShowMore?: () => void
  /** The next page is loading: the "Show more" button reads "Loading more…" and ignores presses. */
  isFetchingMore?: boolean
  /** The actions slot of each card. Keep its identity stable (a new function each render renders every row again). */
  renderActions?: (device: Device, context: DeviceRowContext<RowState>) => ReactNode
  /**
   * What each row's actions show besides its device (a pending or failed write, say), by device key:
   * handed to `renderActions` as `context.state`. A row renders again only when its own entry
   * changes, so one device's change leaves the other rows alone (DeviceManager passes its writes here).
   */
  rowStates?: ReadonlyMap<string, RowState> | undefined
  formatDeviceName?: DeviceCardProps['formatDeviceName']
  /** Heading level of the empty state's title and of each card's name. Default 3. */
  headingLevel?: HeadingLevel
  /** How many skeleton rows show while loading. Default 3. */
  skeletonCount?: number
  /** The moment relative timestamps are measured from. */
  now?: Date
  /** BCP 47 locale; defaults to DeviceKitProvider's, else 'en'. */
  locale?: string
  displayText?: DeviceText
  /** Drop the `rcd-` classes (and so the shipped styles); see partClassName.ts. */
  unstyled?: boolean
}

function listState(devices: readonly Device[], isLoading: boolean, error: DeviceErrorState | undefined): DeviceListState {
  if (devices.length > 0) return 'ready'
  if (isLoading) return 'loading'
  if (error) return 'error'
  return 'empty'
}

/**
 * A list of devices as cards in a labelled `<ul>`, with its loading (skeleton rows, `aria-busy`),
 * empty, inline error and "Show more" states. Props in, no fetching.
 */
export const DeviceListView = /* @__PURE__ */ forwardRef<HTMLDivElement, DeviceListViewProps>(function DeviceListView(
  {
    rowStates,
    devices,
    currentDeviceKey,
    isLoading = false,
    error,
    onRetry,
    isRetrying = false,
    hasMore = false,
    onShowMore,
    isFetchingMore = false,
    renderActions,
    formatDeviceName,
    headingLevel = 3,
    skeletonCount = 3,
    now,
    locale: localeProp,
    displayText,
    unstyled: unstyledProp,
    className,
    ...rest
  },
  ref,
) {
  const unstyled = useUnstyled(unstyledProp)
  const resolved = useDeviceText(localeProp, displayText)
  const { locale, text } = resolved
  const emptyTitleId = useId()
  const state = listState(devices, isLoading, error)
  // The language of the text shown (English where the locale has no translation); see DeviceCard.
  const { lang, dir } = shownLanguage(locale)
  const retriesEnded = useRetriesEnded(isRetrying)
  const itemsRef = useRef<HTMLUListElement>(null)
  const showMoreRef = useRef<HTMLButtonElement>(null)
  // The keys shown when "Show more" was pressed with focus on it, until that page is in.
  const focusNextPage = useRef<ReadonlySet<string> | null>(null)

  // Move focus to the first card of the page "Show more" loaded. Screen reader users hear where the
  // new cards start, and after the last page the button (gone) does not drop focus to <body>.
  // In the commit that shows the new cards: no frame with focus on <body>.
  useIsomorphicLayoutEffect(() => {
    const shownBefore = focusNextPage.current
    if (!shownBefore || isFetchingMore) return
    focusNextPage.current = null
    // Not if focus has moved on meanwhile: only from the button, or from <body> once it is gone.
    const active = document.activeElement
    if (active !== showMoreRef.current && active !== document.body && active !== null) return
    // The list may be sorted (DeviceList is), so the new cards need not be at the end.
    const index = devices.findIndex((device) => !shownBefore.has(device.key))
    if (index === -1) return
    itemsRef.current?.children[index]?.querySelector<HTMLElement>(`h${headingLevel}`)?.focus()
  }, [devices, isFetchingMore, headingLevel])
  const EmptyHeading = `h${headingLevel}` as const
  const part = (name: string, modifiers?: ReadonlyArray<string | false | undefined>) =>
    partClassName(unstyled, `rcd-device-list__${name}`, modifiers)

  return (
    <UnstyledContext.Provider value={unstyled}>
      {/* the cards take the list's words as they are */}
      <DeviceTextContext.Provider value={resolved}>
        <div
          ref={ref}
          lang={lang}
          dir={dir}
          {...rest}
          className={partClassName(unstyled, 'rcd-device-list', [state], className)}
          data-state={state}
          data-fetching-more={isFetchingMore ? '' : undefined}
          data-error={error ? '' : undefined}
          data-retrying={isRetrying ? '' : undefined}
          aria-busy={isRetrying || undefined}
        >
          {state === 'loading' ? (
            <>
              <p role="status" className={part('status')}>
                {text.loadingDevices}
              </p>
              <ul className={part('items')} aria-label={text.deviceListLabel} aria-busy="true">
                {Array.from({ length: skeletonCount }, (_, index) => (
                  <li key={index} className={part('skeleton')} aria-hidden="true" />
                ))}
              </ul>
            </>
          ) : null}

          {state === 'ready' ? (
            <ul
              ref={itemsRef}
              className={part('items')}
              aria-label={text.deviceListLabel}
              aria-busy={isFetchingMore || isLoading || undefined}
            >
              {devices.map((device) => (
                <DeviceListItem
                  key={device.key}
                  className={part('item')}
                  device={device}
                  isCurrent={device.key === currentDeviceKey}
                  state={rowStates?.get(device.key)}
                  renderActions={renderActions}
                  formatDeviceName={formatDeviceName}
                  headingLevel={headingLevel}
                  now={now}
                />
              ))}
            </ul>
          ) : null}

          {state === 'empty' ? (
            <section className={part('empty')} aria-labelledby={emptyTitleId}>
              <EmptyHeading id={emptyTitleId} className={part('empty-title')}>
                {text.emptyTitle}
              </EmptyHeading>
              <p className={part('empty-description')}>{text.emptyDescription}</p>
            </section>
          ) : null}

          {error ? (
            <div className={part('error')} data-error-state={error}>
              {/*
                A new element after each failed retry: an alert is announced when it appears, and the
                same words changing to the same words would be silent, as if the retry had not run.
              */}
              <p key={retriesEnded} role="alert" className={part('error-message')}>
                {text.errorMessage(error)}
              </p>
              {onRetry ? (
                <button
                  type="button"
                  className={part('retry')}
                  aria-disabled={isRetrying || undefined}
                  data-state={isRetrying ? 'loading' : 'idle'}
                  onClick={() => {
                    if (!isRetrying) onRetry()
                  }}
                >
                  {isRetrying ? text.retrying : text.retry}
                </button>
              ) : null}
            </div>
          ) : null}

          {state === 'ready' && hasMore && onShowMore ? (
            <button
              ref={showMoreRef}
              type="button"
              className={part('show-more')}
              aria-disabled={isFetchingMore || undefined}
              data-state={isFetchingMore ? 'loading' : 'idle'}
              onClick={(event) => {
                if (isFetchingMore) return
                if (document.activeElement === event.currentTarget) focusNextPage.current = new Set(devices.map((device) => device.key))
                onShowMore()
              }}
            >
              {isFetchingMore ? text.loadingMore : text.showMore}
            </button>
          ) : null}
        </div>
      </DeviceTextContext.Provider>
    </UnstyledContext.Provider>
  )
}) as <RowState = unknown>(props: DeviceListViewProps<RowState> & RefAttributes<HTMLDivElement>) => ReactNode

/** How many retries have ended (`isRetrying` turned false again) while this list was shown. */
function useRetriesEnded(isRetrying: boolean): number {
  // Adjusted during render, as React's "storing information from previous renders" does.
  const [retries, setRetries] = useState({ isRetrying, ended: 0 })
  if (retries.isRetrying !== isRetrying) {
    const ended = isRetrying ? retries.ended : retries.ended + 1
    setRetries({ isRetrying, ended })
    return ended
  }
  return retries.ended
}

interface DeviceListItemProps extends Pick<DeviceListViewProps, 'renderActions' | 'formatDeviceName' | 'now'> {
  className: string | undefined
  device: Device
  isCurrent: boolean
  state: unknown
  headingLevel: HeadingLevel
}

/**
 * One row. Memoised: when the list changes (a device forgotten, a page added) the rows whose device
 * object, row state and props are the same are not rendered again. That needs a `renderActions` of
 * stable identity (DeviceManager's is); with a new function each render every row renders, as before.
 */
const DeviceListItem = /* @__PURE__ */ memo(function DeviceListItem({ className, device, isCurrent, state, renderActions, ...card }: DeviceListItemProps) {
  return (
    <li className={className}>
      <DeviceCard device={device} isCurrent={isCurrent} actions={renderActions?.(device, { isCurrent, state })} {...card} />
    </li>
  )
})
