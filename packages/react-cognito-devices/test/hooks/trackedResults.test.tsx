import { act, render, screen, waitFor } from '@testing-library/react'
import { DEMO_USERS } from 'cognito-emulator'
import { describe, expect, it } from 'vitest'
import { useCurrentDevice } from '../../src/hooks/useCurrentDevice'
import { useCurrentDeviceStatus } from '../../src/hooks/useCurrentDeviceStatus'
import { useDevice } from '../../src/hooks/useDevice'
import { useDevices } from '../../src/hooks/useDevices'
import { deviceKeys } from '../../src/query/deviceKeys'
import { mockCognito, signedInKit } from '../support/mockCognito'

// TanStack re-renders a component only for the result fields it read ("tracked properties"); a hook
// that spread the result would read every field, and its users would render again on every fetch.
const cognito = mockCognito()

/**
 * A component that reads one field of a hook, and a witness that reads `dataUpdatedAt` of the same
 * query: the witness renders once for every fetch that lands, changed or not. TanStack notifies both
 * in the same batch, so once the witness shows a new time, any render of the reader that fetch
 * caused has happened.
 */
function readerAndWitness<T>(read: () => T, dataUpdatedAt: () => number) {
  const renders: T[] = []
  const landed: number[] = []
  function Reader() {
    const value = read()
    renders.push(value)
    return <p>{`read ${renders.length}`}</p>
  }
  function Witness() {
    landed.push(dataUpdatedAt())
    return null
  }
  const page = (
    <>
      <Reader />
      <Witness />
    </>
  )
  let seen = 0
  /** Waits until the witness has rendered a fetch that landed after the last one it showed. */
  async function fetchLanded() {
    await waitFor(() => expect(landed.at(-1)).toBeGreaterThan(seen))
    seen = landed.at(-1)!
  }
  return { page, renders, fetchLanded }
}

describe('hooks keep TanStack’s tracked results', () => {
  it('useDevices: a component that reads only `devices` renders no more for a refetch that changed nothing', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    const { userId } = await kit.api.getSession()
    const probe = readerAndWitness(
      () => useDevices().devices,
      () => useDevices().dataUpdatedAt,
    )
    render(probe.page, { wrapper: kit.wrapper })
    await waitFor(() => expect(probe.renders.at(-1)?.length).toBeGreaterThan(0))
    await probe.fetchLanded()
    const rendered = probe.renders.length

    await act(() => kit.queryClient.refetchQueries({ queryKey: deviceKeys.list(userId) }))
    await probe.fetchLanded()

    expect(emulator.calls('ListDevices')).toBe(2)
    expect(probe.renders).toHaveLength(rendered)
    expect(screen.getByText(`read ${rendered}`)).toBeInTheDocument()
  })

  it('useDevice: a component that reads only `data` renders no more for a refetch that changed nothing', async () => {
    const emulator = cognito.emulator
    const kit = await signedInKit(emulator)
    const { userId } = await kit.api.getSession()
    const key = emulator.devices(DEMO_USERS.demo)[1]!.key
    const probe = readerAndWitness(
      () => useDevice(key).data,
      () => useDevice(key).dataUpdatedAt,
    )
    render(probe.page, { wrapper: kit.wrapper })
    await waitFor(() => expect(probe.renders.at(-1)?.key).toBe(key))
    await probe.fetchLanded()
    const rendered = probe.renders.length

    await act(() => kit.queryClient.refetchQueries({ queryKey: deviceKeys.detail(userId, key) }))
    await probe.fetchLanded()

    expect(emulator.calls('GetDevice')).toBe(2)
    expect(probe.renders).toHaveLength(rendered)
  })

  it('useCurrentDevice: a component that reads only `data` renders no more for a refetch that changed nothing', async () => {
    const emulator = cognito.emulator
    const thisDevice = emulator.devices(DEMO_USERS.demo).find((device) => device.remembered)!.key
    const kit = await signedInKit(emulator, DEMO_USERS.demo, { deviceKey: thisDevice })
    const { userId } = await kit.api.getSession()
    const probe = readerAndWitness(
      () => useCurrentDevice().data,
      () => useCurrentDevice().dataUpdatedAt,
    )
    render(probe.page, { wrapper: kit.wrapper })
    await waitFor(() => expect(probe.renders.at(-1)?.key).toBe(thisDevice))
    await probe.fetchLanded()
    const rendered = probe.renders.length

    await act(() => kit.queryClient.refetchQueries({ queryKey: deviceKeys.detail(userId, thisDevice) }))
    await probe.fetchLanded()

    expect(emulator.calls('GetDevice')).toBe(2)
    expect(probe.renders).toHaveLength(rendered)
  })

  it('useCurrentDeviceStatus: a component that reads only `status` renders no more for a refetch that changed nothing', async () => {
    const emulator = cognito.emulator
    const thisDevice = emulator.devices(DEMO_USERS.demo).find((device) => device.remembered)!.key
    const kit = await signedInKit(emulator, DEMO_USERS.demo, { deviceKey: thisDevice })
    const { userId } = await kit.api.getSession()
    const probe = readerAndWitness(
      () => useCurrentDeviceStatus().status,
      () => useCurrentDevice().dataUpdatedAt,
    )
    render(probe.page, { wrapper: kit.wrapper })
    await waitFor(() => expect(probe.renders.at(-1)).toBe('remembered'))
    await probe.fetchLanded()
    const rendered = probe.renders.length

    await act(() => kit.queryClient.refetchQueries({ queryKey: deviceKeys.detail(userId, thisDevice) }))
    await probe.fetchLanded()

    expect(emulator.calls('GetDevice')).toBe(2)
    expect(probe.renders).toHaveLength(rendered)
  })
})
