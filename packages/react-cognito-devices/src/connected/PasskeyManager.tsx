import { forwardRef, useEffect, useId, useRef, useState, type ComponentPropsWithoutRef } from 'react'
import type { PasskeyApi } from '../api/PasskeyApi'
import { DeviceErrorBoundary, type DeviceErrorBoundaryProps } from '../boundary/DeviceErrorBoundary'
import type { Passkey } from '../cognito/passkey'
import { ConfirmRemovePasskeyDialog } from '../components/ConfirmRemovePasskeyDialog'
import type { HeadingLevel } from '../components/DeviceCard'
import { PasskeyCard } from '../components/PasskeyCard'
import { partClassName, UnstyledContext, useUnstyled } from '../components/partClassName'
import { usePasskeyText } from '../components/usePasskeyText'
import { classifyPasskeyError, type PasskeyErrorState } from '../errors/classifyPasskeyError'
import { revealControlCharacters } from '../format/controlCharacters'
import { useAddPasskey } from '../hooks/useAddPasskey'
import { usePasskeys } from '../hooks/usePasskeys'
import { useRemovePasskey } from '../hooks/useRemovePasskey'
import type { PasskeyText, ResolvedPasskeyText } from '../i18n/passkeyText'

export interface PasskeyManagerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Where passkeys come from: `tokenPasskeyApi(...)` or `amplifyPasskeyApi()`. */
  api: PasskeyApi
  /** The level of the section's title; each passkey's name is one below. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5
  locale?: string
  displayText?: PasskeyText
  unstyled?: boolean
  /**
   * Replace the view of some states (signed out, ...) with your own, like DeviceManager's. Beside a
   * DeviceManager, pass `sessionStatesShownElsewhere`: the page then says "Your session has ended" once.
   */
  fallback?: DeviceErrorBoundaryProps['fallback']
}

/** `data-state` of the section. */
type SectionState = 'loading' | 'ready' | 'not-enabled'

const notEnabledStates: ReadonlySet<PasskeyErrorState> = new Set(['passkeys-not-enabled', 'passkeys-not-configured'])

function sentence(text: ResolvedPasskeyText, state: PasskeyErrorState): string {
  return state in text.errors ? text.errors[state as keyof ResolvedPasskeyText['errors']] : text.genericError
}

/**
 * The passkey section of an account page, beside DeviceManager or alone: the user's passkeys, "Add
 * a passkey" (the browser's own prompt; closing it changes nothing and shows nothing) and removal
 * after a confirmation that says what it means. Inside a DeviceKitProvider; states that make it
 * useless (signed out, ...) are shown by its own DeviceErrorBoundary, or by `fallback`.
 */
export const PasskeyManager = /* @__PURE__ */ forwardRef<HTMLElement, PasskeyManagerProps>(function PasskeyManager({ locale, headingLevel = 2, fallback, ...props }, ref) {
  return (
    <DeviceErrorBoundary locale={locale} headingLevel={headingLevel} fallback={fallback}>
      <PasskeySection ref={ref} locale={locale} headingLevel={headingLevel} {...props} />
    </DeviceErrorBoundary>
  )
})

const PasskeySection = /* @__PURE__ */ forwardRef<HTMLElement, PasskeyManagerProps>(function PasskeySection(
  { api, headingLevel = 2, locale, displayText, unstyled: unstyledProp, className, ...rest },
  ref,
) {
  const unstyled = useUnstyled(unstyledProp)
  const { text, lang, dir } = usePasskeyText(locale, displayText)
  const titleId = useId()
  const list = usePasskeys(api)
  const adding = useAddPasskey(api)
  const removing = useRemovePasskey(api)
  const [announcement, setAnnouncement] = useState('')
  const [confirming, setConfirming] = useState<Passkey | undefined>(undefined)
  const [failure, setFailure] = useState<{ readonly action: 'add' | 'remove'; readonly state: PasskeyErrorState } | undefined>(undefined)
  // A removed passkey takes its Remove button with it: once the dialog has closed, focus lands on the heading.
  const [focusHeading, setFocusHeading] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (!focusHeading || confirming) return
    headingRef.current?.focus()
    setFocusHeading(false)
  }, [focusHeading, confirming])

  const Heading = `h${headingLevel}` as const
  const part = (name: string) => partClassName(unstyled, `rcd-passkey-manager__${name}`)
  const notEnabled = failure?.action === 'add' && notEnabledStates.has(failure.state)
  const state: SectionState = notEnabled ? 'not-enabled' : list.isPending ? 'loading' : 'ready'

  const add = () => {
    setFailure(undefined)
    setAnnouncement('')
    adding.add(undefined, {
      onSuccess: (result) => setAnnouncement(result === 'added' ? text.added : ''),
      onError: (error) => setFailure({ action: 'add', state: classifyPasskeyError(error, { adding: true }) }),
    })
  }

  const remove = (passkey: Passkey) => {
    setFailure(undefined)
    removing.remove(passkey.id, {
      onSuccess: () => {
        setAnnouncement(text.removed(revealControlCharacters(passkey.name)))
        setFocusHeading(true)
      },
      onError: (error) => setFailure({ action: 'remove', state: classifyPasskeyError(error) }),
      onSettled: () => setConfirming(undefined),
    })
  }

  return (
    <UnstyledContext.Provider value={unstyled}>
      <section
        ref={ref}
        aria-labelledby={titleId}
        lang={lang}
        dir={dir}
        {...rest}
        className={partClassName(unstyled, 'rcd-passkey-manager', [], className)}
        data-state={state}
      >
        <div className={part('header')}>
          <Heading id={titleId} ref={headingRef} tabIndex={-1} className={part('title')}>
            {text.title}
          </Heading>
          <p className={part('description')}>{text.description}</p>
          {notEnabled ? null : (
            <div className={part('toolbar')}>
              <button
                type="button"
                className={partClassName(unstyled, 'rcd-button')}
                aria-disabled={adding.isPending || undefined}
                onClick={() => {
                  if (!adding.isPending) add()
                }}
              >
                {adding.isPending ? text.adding : text.add}
              </button>
            </div>
          )}
        </div>
        <p role="status" className={part('announcement')}>
          {notEnabled ? sentence(text, failure.state) : announcement}
        </p>
        {failure && !notEnabled ? (
          <p role="alert" className={part('failure')} data-state={failure.state}>
            {failure.action === 'add' ? text.addFailed : text.removeFailed} {sentence(text, failure.state)}
          </p>
        ) : null}
        {list.isPending ? (
          <p className={part('loading')}>{text.loading}</p>
        ) : list.isError && list.passkeys.length === 0 ? (
          <p role="alert" className={part('failure')}>
            {text.genericError}{' '}
            <button type="button" className={partClassName(unstyled, 'rcd-button')} onClick={() => void list.refetch()}>
              {text.retry}
            </button>
          </p>
        ) : list.passkeys.length === 0 ? (
          <div className={part('empty')}>
            <p className={part('empty-title')}>{text.emptyTitle}</p>
            <p className={part('empty-description')}>{text.emptyDescription}</p>
          </div>
        ) : (
          <ul aria-label={text.listLabel} className={part('list')}>
            {list.passkeys.map((passkey) => (
              <li key={passkey.id} className={part('item')}>
                <PasskeyCard
                  passkey={passkey}
                  headingLevel={(headingLevel + 1) as HeadingLevel}
                  locale={locale}
                  displayText={displayText}
                  actions={
                    <button
                      type="button"
                      className={partClassName(unstyled, 'rcd-button')}
                      aria-label={`${text.remove} ${revealControlCharacters(passkey.name)}`}
                      aria-disabled={removing.pendingIds.includes(passkey.id) || undefined}
                      onClick={() => setConfirming(passkey)}
                    >
                      {text.remove}
                    </button>
                  }
                />
              </li>
            ))}
          </ul>
        )}
        {list.hasNextPage ? (
          <button
            type="button"
            className={partClassName(unstyled, 'rcd-button')}
            aria-disabled={list.isFetchingNextPage || undefined}
            onClick={() => {
              if (!list.isFetchingNextPage) void list.fetchNextPage()
            }}
          >
            {list.isFetchingNextPage ? text.loadingMore : text.showMore}
          </button>
        ) : null}
        <ConfirmRemovePasskeyDialog
          open={confirming !== undefined}
          passkeyName={confirming ? revealControlCharacters(confirming.name) : ''}
          isPending={removing.isPending}
          onConfirm={() => confirming && remove(confirming)}
          onCancel={() => setConfirming(undefined)}
          locale={locale}
          displayText={displayText}
        />
      </section>
    </UnstyledContext.Provider>
  )
})
