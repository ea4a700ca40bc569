import { useQueryClient } from '@tanstack/react-query'
import {
  createContext,
  forwardRef,
  memo,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentPropsWithoutRef,
  type ComponentType,
  type ReactNode,
  type Ref,
} from 'react'
import { DeviceErrorBoundary, type DeviceErrorBoundaryProps } from '../boundary/DeviceErrorBoundary'
import type { Device } from '../cognito/device'
import { classifyError, type DeviceErrorState } from '../errors/classifyError'
import { revealControlCharacters } from '../format/controlCharacters'
import { formatDeviceName as friendlyName } from '../format/deviceName'
import { useCurrentDevice } from '../hooks/useCurrentDevice'
import { useDeviceSession } from '../hooks/useDeviceSession'
import { useDevices } from '../hooks/useDevices'
import { useForgetDevice } from '../hooks/useForgetDevice'
import { useForgetOtherDevices } from '../hooks/useForgetOtherDevices'
import { useSetDeviceRemembered } from '../hooks/useSetDeviceRemembered'
import { deviceKeys } from '../query/deviceKeys'
import { ConfirmForgetDialog, type ForgetVariant } from '../components/ConfirmForgetDialog'
import type { HeadingLevel } from '../components/DeviceCard'
import { deviceCardState } from '../components/DeviceCard'
import { DeviceList, needsCurrentDevice, type DeviceListProps } from './DeviceList'
import type { DeviceText } from '../i18n/deviceText'
import type { ManagerText, ResolvedManagerText } from '../i18n/managerText'
import { resolveManagerText } from '../i18n/translations'
import { partClassName, UnstyledContext, useUnstyled } from '../components/partClassName'
import { useDeviceText } from '../components/useDeviceText'
import { useIsomorphicLayoutEffect } from '../components/useIsomorphicLayoutEffect'

export type DeviceManagerAction = 'forget' | 'forget-others' | 'remember' | 'stop-remembering'

export interface DeviceManagerEvent {
  action: DeviceManagerAction
  /** The device acted on; absent for `forget-others`. */
  deviceKey?: string | undefined
}

export interface DeviceManagerErrorEvent extends DeviceManagerEvent {
  state: DeviceErrorState
  error: unknown
}

export interface DeviceManagerHeaderProps {
  title: string
  description: string
  titleId: string
  headingLevel: HeadingLevel
  /** Refetch the list (and this device). */
  onRefresh: () => void
  isRefreshing: boolean
  /** Opens the confirmation for forgetting every other device; undefined when there are none. */
  onForgetOthers: (() => void) | undefined
  /** For the button that calls `onForgetOthers`: focus returns to it when forgetting them failed. */
  forgetOthersButtonRef: Ref<HTMLButtonElement>
  text: ResolvedManagerText & Required<DeviceText>
}

export interface DeviceActionsProps {
  device: Device
  isCurrent: boolean
  /** Opens the confirmation for forgetting this device. */
  onForget: () => void
  /** For the button that calls `onForget`: focus returns to it when forgetting the device failed. */
  forgetButtonRef: Ref<HTMLButtonElement>
  onToggleRemembered: () => void
  isForgetting: boolean
  /** The action on this device that failed last, with its state; undefined when none did. */
  failure: { action: DeviceManagerAction; state: DeviceErrorState } | undefined
  text: ResolvedManagerText & Required<DeviceText>
}

export interface DeviceManagerProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'onError'>,
    Pick<DeviceErrorBoundaryProps, 'onSignIn' | 'onResetPassword' | 'onConfirmAccount' | 'fallback'>,
    Pick<DeviceListProps, 'formatDeviceName' | 'now' | 'skeletonCount'> {
  /** Level of the panel's heading; device names sit one level below. Default 2. */
  headingLevel?: Exclude<HeadingLevel, 6>
  locale?: string
  displayText?: DeviceText & ManagerText
  /** After a forget / remember succeeded. */
  onSuccess?: (event: DeviceManagerEvent) => void
  /** After a forget / remember failed (the panel also shows it next to the action). */
  onError?: (event: DeviceManagerErrorEvent) => void
  /** When the panel is replaced by an error state (signed out, ...): the classified state, never a token. */
  onErrorState?: DeviceErrorBoundaryProps['onError']
  /** Replace parts of the panel. */
  components?: {
    Header?: ComponentType<DeviceManagerHeaderProps>
    DeviceActions?: ComponentType<DeviceActionsProps>
  }
  unstyled?: boolean
}

/**
 * The account-settings panel: every device of the signed-in user with forget (after a
 * confirmation that says what it means), remember / stop remembering, forget all other devices
 * and refresh. Results are announced in a live region; a failed action is reported next to it and
 * the list is left as it was. States that make the panel useless (signed out, password reset
 * required, ...) are shown by its own DeviceErrorBoundary.
 */
export const DeviceManager = forwardRef<HTMLElement, DeviceManagerProps>(function DeviceManager(
  { onSignIn, onResetPassword, onConfirmAccount, fallback, onErrorState, locale, displayText, unstyled, headingLevel = 2, ...props },
  ref,
) {
  return (
    <DeviceErrorBoundary
      onSignIn={onSignIn}
      onResetPassword={onResetPassword}
      onConfirmAccount={onConfirmAccount}
      fallback={fallback}
      onError={onErrorState}
      locale={locale}
      // the state that replaces the panel (signed out, ...) is titled at the panel's level
      headingLevel={headingLevel}
    >
      <DeviceManagerPanel ref={ref} locale={locale} displayText={displayText} unstyled={unstyled} headingLevel={headingLevel} {...props} />
    </DeviceErrorBoundary>
  )
})

type PanelProps = Omit<DeviceManagerProps, 'onSignIn' | 'onResetPassword' | 'onConfirmAccount' | 'fallback' | 'onErrorState'>

interface Confirmation {
  variant: ForgetVariant
  device?: Device
  /** For `all-other-devices`, counted when the dialog opened: the list empties (optimistically) while they are forgotten. */
  otherDeviceCount?: number | undefined
}

const DeviceManagerPanel = forwardRef<HTMLElement, PanelProps>(function DeviceManagerPanel(
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
    unstyled: unstyledProp,
    className,
    ...rest
  },
  ref,
) {
  const unstyled = useUnstyled(unstyledProp)
  const { locale, text: deviceText } = useDeviceText(localeProp, displayText)
  const text = { ...deviceText, ...resolveManagerText(locale, displayText) }
  const titleId = useId()
  const queryClient = useQueryClient()
  const { data: session } = useDeviceSession()
  const list = useDevices()
  const current = useCurrentDevice({ enabled: needsCurrentDevice(list) })
  const forget = useForgetDevice()
  const forgetOthers = useForgetOtherDevices()
  const remember = useSetDeviceRemembered()
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [failures, setFailures] = useState<ReadonlyMap<string, { action: DeviceManagerAction; state: DeviceErrorState }>>(new Map())
  // A forget removes the control that opened the dialog at once (optimistically); a failure puts the
  // device back as a new element. Either way the dialog cannot return focus to its trigger, and the
  // browser would leave it on <body>. So once the modal dialog has closed (while it is open the rest
  // of the page is inert) focus goes where `closeConfirmation` said: the restored Forget button after
  // a failure, else the heading.
  const focusAfterClose = useRef<string | undefined>(undefined)
  // (a Map kept for the panel's life; not a ref, as the rows' ref callbacks write into it)
  const [forgetButtons] = useState(() => new Map<string, HTMLButtonElement>())
  const forgetOthersButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const target = focusAfterClose.current
    if (confirmation !== null || !target) return
    focusAfterClose.current = undefined
    const button = target === TITLE ? undefined : target === OTHERS ? forgetOthersButton.current : forgetButtons.get(target)
    button?.focus()
    // no such button (a host's own actions, a device that is gone after all) or it took no focus (disabled)
    if (!button || document.activeElement !== button) document.getElementById(titleId)?.focus()
  }, [confirmation, titleId, forgetButtons])
  /** Closes the dialog; focus then goes to `focusTarget` (TITLE, OTHERS or a device's key), or back to its trigger when undefined. */
  const closeConfirmation = (focusTarget: string | undefined) => {
    focusAfterClose.current = focusTarget
    setConfirmation(null)
  }
  const registerForgetButton = useCallback(
    (deviceKey: string, button: HTMLButtonElement | null) => {
      if (button) forgetButtons.set(deviceKey, button)
      else forgetButtons.delete(deviceKey)
    },
    [forgetButtons],
  )

  // A name is untrusted text, put here into sentences (announcements, the dialog's title): its control
  // and bidi characters are shown, as on the card, not obeyed (a U+202E would reverse the sentence).
  const nameOf = useCallback(
    (device: Device) => revealControlCharacters(formatDeviceName ? formatDeviceName(device) : friendlyName(device, deviceText)),
    [formatDeviceName, deviceText],
  )

  const report = (deviceKey: string, action: DeviceManagerAction, error: unknown) => {
    const state = classifyError(error)
    setFailures((previous) => new Map(previous).set(deviceKey, { action, state }))
    onError?.({ action, deviceKey: deviceKey === OTHERS ? undefined : deviceKey, state, error })
  }
  const clearFailure = (deviceKey: string) =>
    setFailures((previous) => {
      if (!previous.has(deviceKey)) return previous
      const next = new Map(previous)
      next.delete(deviceKey)
      return next
    })

  const confirm = () => {
    if (!confirmation) return
    const { variant, device } = confirmation
    if (variant === 'all-other-devices') {
      clearFailure(OTHERS)
      forgetOthers.mutate(undefined, {
        onSuccess: (count) => {
          setAnnouncement(text.forgotOtherDevices(count))
          onSuccess?.({ action: 'forget-others' })
        },
        onError: (error) => report(OTHERS, 'forget-others', error),
        // after a success the "Forget all other devices" button is gone with the devices
        onSettled: (_count, error) => closeConfirmation(error ? OTHERS : TITLE),
      })
      return
    }
    if (!device) return
    clearFailure(device.key)
    forget.forget(device.key, {
      onSuccess: () => {
        setAnnouncement(text.forgotDevice(nameOf(device)))
        onSuccess?.({ action: 'forget', deviceKey: device.key })
      },
      onError: (error) => report(device.key, 'forget', error),
      // after a success the card that held focus is gone: the panel's heading takes it, not the page's body
      onSettled: (_data, error) => closeConfirmation(error ? device.key : TITLE),
    })
  }

  const toggleRemembered = (device: Device) => {
    const remembered = deviceCardState(device, false) === 'not-remembered'
    const action: DeviceManagerAction = remembered ? 'remember' : 'stop-remembering'
    clearFailure(device.key)
    remember.mutate(
      { deviceKey: device.key, remembered },
      {
        onSuccess: () => {
          setAnnouncement(remembered ? text.rememberedDevice(nameOf(device)) : text.stoppedRememberingDevice(nameOf(device)))
          onSuccess?.({ action, deviceKey: device.key })
        },
        onError: (error) => report(device.key, action, error),
      },
    )
  }

  // The rows of the list are memoised: each gets the same `renderActions` (module level) and reads its
  // own action state from a small store (useSyncExternalStore), so forgetting one device renders its
  // row, not every row. `text` is rebuilt each render; kept stable while its fields are equal.
  const forgetDevice = useLatestCallback((device: Device, isCurrent: boolean) =>
    setConfirmation({ variant: isCurrent ? 'this-device' : 'other-device', device }),
  )
  const toggleDevice = useLatestCallback(toggleRemembered)
  const Actions = components?.DeviceActions ?? DeviceActions
  const MemoActions = useMemo(() => memo(Actions), [Actions])
  const actionText = useShallowStable(text)
  const actionState: ActionState = {
    Actions: MemoActions,
    pendingKeys: forget.pendingKeys,
    failures,
    text: actionText,
    forgetDevice,
    toggleDevice,
    registerForgetButton,
  }
  const [actionStore] = useState(() => createActionStore(actionState))
  useIsomorphicLayoutEffect(() => actionStore.set(actionState))

  const otherDevices = list.devices.filter((device) => device.key !== list.currentDeviceKey)
  const Header = components?.Header ?? DeviceManagerHeader
  const part = (name: string) => partClassName(unstyled, `rcd-device-manager__${name}`)
  const currentForgotten = current.isError && classifyError(current.error) === 'device-not-found'

  return (
    <UnstyledContext.Provider value={unstyled}>
      <section
        ref={ref}
        aria-labelledby={titleId}
        {...rest}
        className={partClassName(unstyled, 'rcd-device-manager', [], className)}
        data-state={list.isPending ? 'loading' : 'ready'}
      >
        <Header
          title={text.title}
          description={text.description}
          titleId={titleId}
          headingLevel={headingLevel}
          onRefresh={() => void queryClient.invalidateQueries({ queryKey: deviceKeys.all(session?.userId ?? '') })}
          isRefreshing={list.isFetching && !list.isPending}
          onForgetOthers={
            otherDevices.length > 0
              ? () => setConfirmation({ variant: 'all-other-devices', otherDeviceCount: list.hasNextPage ? undefined : otherDevices.length })
              : undefined
          }
          forgetOthersButtonRef={forgetOthersButton}
          text={text}
        />
        <p role="status" className={part('announcement')}>
          {announcement}
        </p>
        {currentForgotten ? (
          <p className={part('notice')} data-state="current-device-forgotten">
            {text.currentDeviceForgotten}
          </p>
        ) : null}
        {failures.has(OTHERS) ? (
          <p role="alert" className={part('failure')}>
            {text.forgetOthersFailed} {text.errorMessage(failures.get(OTHERS)!.state)}
          </p>
        ) : null}
        <ActionStoreContext.Provider value={actionStore}>
          <DeviceList
            locale={locale}
            displayText={displayText}
            formatDeviceName={formatDeviceName}
            headingLevel={(headingLevel + 1) as HeadingLevel}
            now={now}
            skeletonCount={skeletonCount}
            renderActions={renderManagedActions}
          />
        </ActionStoreContext.Provider>
        <ConfirmForgetDialog
          open={confirmation !== null}
          variant={confirmation?.variant ?? 'other-device'}
          deviceName={confirmation?.device ? nameOf(confirmation.device) : undefined}
          otherDeviceCount={confirmation?.otherDeviceCount}
          isPending={forget.isPending || forgetOthers.isPending}
          onConfirm={confirm}
          onCancel={() => closeConfirmation(undefined)}
          locale={locale}
          displayText={displayText}
        />
      </section>
    </UnstyledContext.Provider>
  )
})

/** The failures map's key for "forget all other devices" (and the focus target of its button). */
const OTHERS = '\u0000others'
/** Focus goes to the panel's heading (the other targets are OTHERS and a device's key). */
const TITLE = '\u0000title'

/** What each row's actions need from the panel. The callbacks keep their identity and call the latest render's. */
interface ActionState {
  Actions: ComponentType<DeviceActionsProps>
  pendingKeys: readonly string[]
  failures: ReadonlyMap<string, { action: DeviceManagerAction; state: DeviceErrorState }>
  text: ResolvedManagerText & Required<DeviceText>
  forgetDevice: (device: Device, isCurrent: boolean) => void
  toggleDevice: (device: Device) => void
  registerForgetButton: (deviceKey: string, button: HTMLButtonElement | null) => void
}

/**
 * The panel's ActionState, as a store each row subscribes to with its own selection: when one device
 * starts being forgotten only that row renders. (A context whose value changed would have React walk
 * every card of the list to find its consumers.)
 */
interface ActionStore {
  get: () => ActionState
  set: (state: ActionState) => void
  subscribe: (listener: () => void) => () => void
}

function createActionStore(initial: ActionState): ActionStore {
  let current = initial
  const listeners = new Set<() => void>()
  return {
    get: () => current,
    set: (state) => {
      if (shallowEqual(state, current)) return
      current = state
      for (const listener of listeners) listener()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const ActionStoreContext = createContext<ActionStore | null>(null)

interface RowActionState extends Pick<ActionState, 'Actions' | 'text' | 'forgetDevice' | 'toggleDevice' | 'registerForgetButton'> {
  isForgetting: boolean
  failure: DeviceActionsProps['failure']
}

/** Selects one device's part of the store: the same object while it has not changed. */
function rowSelector(store: ActionStore, deviceKey: string): () => RowActionState {
  let last: RowActionState | undefined
  return () => {
    const { Actions, text, forgetDevice, toggleDevice, registerForgetButton, pendingKeys, failures } = store.get()
    const next = {
      Actions,
      text,
      forgetDevice,
      toggleDevice,
      registerForgetButton,
      isForgetting: pendingKeys.includes(deviceKey),
      failure: failures.get(deviceKey),
    }
    if (!last || !shallowEqual(last, next)) last = next
    return last
  }
}

function useRowActionState(store: ActionStore, deviceKey: string): RowActionState {
  const select = useMemo(() => rowSelector(store, deviceKey), [store, deviceKey])
  return useSyncExternalStore(store.subscribe, select, select)
}

/** A function of stable identity that calls the `callback` of the latest committed render. */
function useLatestCallback<Args extends unknown[]>(callback: (...args: Args) => void): (...args: Args) => void {
  const latest = useRef(callback)
  useIsomorphicLayoutEffect(() => {
    latest.current = callback
  })
  return useCallback((...args: Args) => latest.current(...args), [])
}

/** The previous object while every property is the same (the panel's merged texts are a new object each render). */
function useShallowStable<T extends object>(value: T): T {
  const [stable, setStable] = useState(value)
  if (shallowEqual(stable, value)) return stable
  setStable(value)
  return value
}

function shallowEqual(a: object, b: object): boolean {
  if (a === b) return true
  const first = a as Record<string, unknown>
  const second = b as Record<string, unknown>
  const keys = Object.keys(first)
  return keys.length === Object.keys(second).length && keys.every((key) => Object.is(first[key], second[key]))
}

const renderManagedActions = (device: Device, { isCurrent }: { isCurrent: boolean }) => <ManagedDeviceActions device={device} isCurrent={isCurrent} />

/**
 * A row's actions: the panel's state for this device as primitives and stable callbacks, so the
 * (memoised) DeviceActions of the other rows do not render when one device changes.
 */
function ManagedDeviceActions({ device, isCurrent }: { device: Device; isCurrent: boolean }) {
  const { Actions, isForgetting, failure, text, forgetDevice, toggleDevice, registerForgetButton } = useRowActionState(
    useContext(ActionStoreContext)!,
    device.key,
  )
  const onForget = useCallback(() => forgetDevice(device, isCurrent), [forgetDevice, device, isCurrent])
  const onToggleRemembered = useCallback(() => toggleDevice(device), [toggleDevice, device])
  const forgetButtonRef = useCallback((button: HTMLButtonElement | null) => registerForgetButton(device.key, button), [registerForgetButton, device.key])
  return (
    <Actions
      device={device}
      isCurrent={isCurrent}
      onForget={onForget}
      forgetButtonRef={forgetButtonRef}
      onToggleRemembered={onToggleRemembered}
      isForgetting={isForgetting}
      failure={failure}
      text={text}
    />
  )
}

function DeviceManagerHeader({
  title,
  description,
  titleId,
  headingLevel,
  onRefresh,
  isRefreshing,
  onForgetOthers,
  forgetOthersButtonRef,
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
          <button ref={forgetOthersButtonRef} type="button" className={partClassName(unstyled, 'rcd-button', ['danger'])} onClick={onForgetOthers}>
            {text.forgetOtherDevices}
          </button>
        ) : null}
      </div>
    </header>
  )
}

function DeviceActions({ device, isCurrent, onForget, forgetButtonRef, onToggleRemembered, isForgetting, failure, text }: DeviceActionsProps): ReactNode {
  const unstyled = useUnstyled(undefined)
  const notRemembered = deviceCardState(device, false) === 'not-remembered'
  return (
    <div className={partClassName(unstyled, 'rcd-device-actions')} data-current={isCurrent ? '' : undefined}>
      <button type="button" className={partClassName(unstyled, 'rcd-button')} onClick={onToggleRemembered}>
        {notRemembered ? text.remember : text.stopRemembering}
      </button>
      <button
        ref={forgetButtonRef}
        type="button"
        className={partClassName(unstyled, 'rcd-button', ['danger'])}
        onClick={isForgetting ? undefined : onForget}
        // aria-disabled, not disabled: a disabled button cannot take focus, and focus comes back here
        // as soon as a forget failed, maybe before this row has learnt that it is no longer pending
        aria-disabled={isForgetting || undefined}
      >
        {isForgetting ? text.forgetting : text.forget}
      </button>
      {failure ? (
        <p role="alert" className={partClassName(unstyled, 'rcd-device-actions__failure')} data-state={failure.state}>
          {failure.action === 'forget' ? text.forgetFailed : text.rememberFailed} {text.errorMessage(failure.state)}
        </p>
      ) : null}
    </div>
  )
}
