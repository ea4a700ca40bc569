import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DEMO_USERS, type CognitoEmulator } from 'cognito-emulator'
import { useCurrentDeviceStatus } from '../../src/hooks/useCurrentDeviceStatus'
import { useSetDeviceRemembered } from '../../src/hooks/useSetDeviceRemembered'
import { ENDPOINT, mockCognito, signedInKit } from '../support/mockCognito'

const cognito = mockCognito()

/**
 * User-side GetDevice as Cognito answers it: a device that is not remembered "does not exist"
 * (packages/cognito-emulator/FACTS.md, "User-side answers list only remembered devices": aws-sdk-ios
 * AWSMobileClientDeviceTests). The emulator on this branch still finds it; this answers
 * in its place for such devices and counts those answers.
 */
function getDeviceAnswersLikeCognito(emulator: CognitoEmulator, username: string) {
  const notFound = { count: 0 }
  cognito.server.use(
    http.post(ENDPOINT, async ({ request }) => {
      if (!request.headers.get('x-amz-target')?.endsWith('.GetDevice')) return undefined
      const { DeviceKey } = (await request.clone().json()) as { DeviceKey?: string }
      const device = emulator.devices(username).find((candidate) => candidate.key === DeviceKey)
      if (!device || device.remembered) return undefined
      notFound.count++
      return HttpResponse.json(
        { __type: 'ResourceNotFoundException', message: 'Device does not exist.' },
        { status: 400, headers: { 'x-amzn-ErrorType': 'ResourceNotFoundException:', 'x-amzn-ErrorMessage': 'Device does not exist.' } },
      )
    }),
  )
  return notFound
}

describe('useCurrentDeviceStatus', () => {
  it('is pending until the session is read, then remembered when GetDevice finds this device', async () => {
    const emulator = cognito.emulator
    const thisDevice = emulator.devices(DEMO_USERS.demo).find((device) => device.remembered)!
    const { wrapper } = await signedInKit(emulator, DEMO_USERS.demo, { deviceKey: thisDevice.key })

    const { result } = renderHook(() => useCurrentDeviceStatus(), { wrapper })
    expect(result.current.status).toBe('pending')
    await waitFor(() => expect(result.current.status).toBe('remembered'))

    expect(result.current).toMatchObject({ deviceKey: thisDevice.key, device: { key: thisDevice.key }, error: null })
    expect(emulator.calls('GetDevice')).toBe(1)
  })

  it('is not-remembered, not an error, when GetDevice of the token’s device answers ResourceNotFoundException', async () => {
    const emulator = cognito.emulator
    const { wrapper, session } = await signedInKit(emulator, DEMO_USERS.demo, { remembered: false })
    const notFound = getDeviceAnswersLikeCognito(emulator, DEMO_USERS.demo)

    const { result } = renderHook(() => useCurrentDeviceStatus(), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('not-remembered'))

    expect(result.current).toMatchObject({ deviceKey: session.deviceKey, device: undefined, error: null })
    expect(notFound.count).toBe(1)
  })

  it('is untracked when the token carries no device_key, and asks Cognito nothing', async () => {
    const emulator = cognito.emulator
    emulator.configurePool({ deviceTracking: false })
    const { wrapper, session } = await signedInKit(emulator)
    expect(session.deviceKey).toBeUndefined()

    const { result } = renderHook(() => useCurrentDeviceStatus(), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('untracked'))

    expect(emulator.calls('GetDevice')).toBe(0)
  })

  it('is error, with the error, for any other failure', async () => {
    const emulator = cognito.emulator
    const { wrapper } = await signedInKit(emulator, DEMO_USERS.demo, { deviceKey: emulator.devices(DEMO_USERS.demo)[0]!.key })
    emulator.faults.set('GetDevice', { error: { name: 'InternalErrorException' } })

    const { result } = renderHook(() => useCurrentDeviceStatus(), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('error'))

    expect(result.current.error).toMatchObject({ name: 'InternalErrorException' })
  })

  it('follows "stop remembering" then "remember this device" at once, and Cognito’s answers agree after each', async () => {
    const emulator = cognito.emulator
    const thisDevice = emulator.devices(DEMO_USERS.demo).find((device) => device.remembered)!
    const { wrapper } = await signedInKit(emulator, DEMO_USERS.demo, { deviceKey: thisDevice.key })
    const notFound = getDeviceAnswersLikeCognito(emulator, DEMO_USERS.demo)
    const statuses: string[] = []
    const { result } = renderHook(
      () => {
        const hooks = { current: useCurrentDeviceStatus(), remember: useSetDeviceRemembered() }
        statuses.push(hooks.current.status)
        return hooks
      },
      { wrapper },
    )
    await waitFor(() => expect(result.current.current.status).toBe('remembered'))
    emulator.faults.set('UpdateDeviceStatus', { latency: { ms: 150 } })
    const stored = () => emulator.devices(DEMO_USERS.demo).find((device) => device.key === thisDevice.key)?.remembered

    act(() => result.current.remember.mutate({ deviceKey: thisDevice.key, remembered: false }))
    await waitFor(() => expect(result.current.current.isChanging).toBe(true))
    expect(result.current.current.status).toBe('not-remembered')
    expect(stored()).toBe(true) // shown before Cognito has it
    await waitFor(() => expect(result.current.remember.isSuccess).toBe(true))
    expect(stored()).toBe(false)
    expect(notFound.count).toBe(1) // the refetch after the change: ResourceNotFoundException
    expect(result.current.current).toMatchObject({ status: 'not-remembered', error: null, isChanging: false })

    statuses.length = 0
    act(() => result.current.remember.mutate({ deviceKey: thisDevice.key, remembered: true }))
    await waitFor(() => expect(result.current.current.isChanging).toBe(true))
    expect(result.current.current.status).toBe('remembered')
    await waitFor(() => expect(result.current.remember.isSuccess).toBe(true))
    expect(stored()).toBe(true)
    expect(result.current.current).toMatchObject({ status: 'remembered', device: { key: thisDevice.key }, isChanging: false })
    expect(statuses.filter((status) => status !== 'remembered')).toEqual([]) // no flicker back on the way
  })

  it('shows "remember this device" at once on a device that was never remembered, then Cognito finds it', async () => {
    const emulator = cognito.emulator
    const { wrapper, session } = await signedInKit(emulator, DEMO_USERS.demo, { remembered: false })
    const deviceKey = session.deviceKey!
    getDeviceAnswersLikeCognito(emulator, DEMO_USERS.demo)
    const { result } = renderHook(() => ({ current: useCurrentDeviceStatus(), remember: useSetDeviceRemembered() }), { wrapper })
    await waitFor(() => expect(result.current.current.status).toBe('not-remembered'))
    emulator.faults.set('UpdateDeviceStatus', { latency: { ms: 150 } })
    emulator.resetCalls()

    act(() => result.current.remember.mutate({ deviceKey, remembered: true }))
    await waitFor(() => expect(result.current.current.isChanging).toBe(true))
    expect(result.current.current.status).toBe('remembered')
    await waitFor(() => expect(result.current.remember.isSuccess).toBe(true))

    expect(emulator.calls('GetDevice')).toBe(1) // the refetch found it
    expect(result.current.current).toMatchObject({ status: 'remembered', device: { key: deviceKey }, isChanging: false })
  })

  it('goes back to what Cognito holds when the change fails', async () => {
    const emulator = cognito.emulator
    const thisDevice = emulator.devices(DEMO_USERS.demo).find((device) => device.remembered)!
    const { wrapper } = await signedInKit(emulator, DEMO_USERS.demo, { deviceKey: thisDevice.key })
    getDeviceAnswersLikeCognito(emulator, DEMO_USERS.demo)
    const { result } = renderHook(() => ({ current: useCurrentDeviceStatus(), remember: useSetDeviceRemembered() }), { wrapper })
    await waitFor(() => expect(result.current.current.status).toBe('remembered'))
    emulator.faults.set('UpdateDeviceStatus', { error: { name: 'InternalErrorException' }, latency: { ms: 100 } })

    act(() => result.current.remember.mutate({ deviceKey: thisDevice.key, remembered: false }))
    await waitFor(() => expect(result.current.current.status).toBe('not-remembered'))
    await waitFor(() => expect(result.current.remember.isError).toBe(true))

    expect(result.current.current.status).toBe('remembered')
  })
})
