import type { Ref } from 'react'
import type { DeviceWriteState } from '../../hooks/useDeviceWrites'
import type { ActionFailure } from './types'

/** What one row's actions need from the panel besides its device. */
export interface DeviceRowState {
  /** A forget of this device is on its way. */
  readonly isForgetting: boolean
  /** How this device's latest write failed; undefined when it did not (a new attempt clears it). */
  readonly failure: ActionFailure | undefined
  /** Only on the row whose Forget button takes focus as the dialog closes (its forget failed). */
  readonly forgetButtonRef: Ref<HTMLButtonElement> | undefined
}

/** The Forget button focus returns to once the dialog has closed, and the ref that finds it. */
export interface ReturnFocusToDevice {
  readonly deviceKey: string
  readonly ref: Ref<HTMLButtonElement>
}

/**
 * Each row's state, for the devices that have one: a write in the cache, or the Forget button focus
 * returns to. Every other device has none, so its row does not render again when another changes.
 */
export function rowStates(writes: readonly DeviceWriteState[], returnFocus: ReturnFocusToDevice | undefined): ReadonlyMap<string, DeviceRowState> {
  const rows = new Map<string, DeviceRowState>()
  for (const { action, deviceKey, isPending, failure } of writes) {
    if (deviceKey === undefined) continue
    rows.set(deviceKey, {
      isForgetting: (rows.get(deviceKey)?.isForgetting ?? false) || (action === 'forget' && isPending),
      failure: failure && action !== 'forget-others' ? { action, state: failure } : undefined,
      forgetButtonRef: undefined,
    })
  }
  if (returnFocus) {
    const row = rows.get(returnFocus.deviceKey)
    rows.set(returnFocus.deviceKey, { isForgetting: row?.isForgetting ?? false, failure: row?.failure, forgetButtonRef: returnFocus.ref })
  }
  return rows
}

/** How the latest "forget all other devices" failed; undefined when it did not. */
export function forgetOthersFailure(writes: readonly DeviceWriteState[]): ActionFailure | undefined {
  const last = writes.filter((write) => write.action === 'forget-others').at(-1)
  return last?.failure ? { action: 'forget-others', state: last.failure } : undefined
}
