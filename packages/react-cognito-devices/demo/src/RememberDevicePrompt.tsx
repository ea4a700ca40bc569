import { useQueryClient } from '@tanstack/react-query'
import { rememberDevice } from 'aws-amplify/auth'
import { useId, useState } from 'react'
import { DeviceErrorBoundary, deviceErrorStates, deviceKeys, useCurrentDeviceStatus, type DeviceErrorBoundaryProps } from '../../src'

type Phase = 'ask' | 'saving' | 'remembered' | 'failed' | 'dismissed'

/**
 * "Remember this device?" right after signing in, when the pool leaves that to the user
 * (DeviceOnlyRememberedOnUserPrompt). The client cannot read that pool setting (DescribeUserPool
 * is an admin call), so the page infers it: the session has a device (`device_key`) and GetDevice
 * does not find it (Cognito's answer for a device that is not remembered: useCurrentDeviceStatus). With "always remember", ConfirmDevice has already remembered it and
 * nothing is asked. Shown once per sign-in, not on reloads; the device list below can change it
 * at any time.
 */
export function RememberDevicePrompt({ active }: { active: boolean }) {
  // The kit's hooks throw states such as "signed out" to the nearest DeviceErrorBoundary. This
  // prompt has nothing to say then (the DeviceManager shows the state), so its boundary shows nothing.
  return (
    <DeviceErrorBoundary fallback={showNothing}>
      <Prompt active={active} />
    </DeviceErrorBoundary>
  )
}

const showNothing: DeviceErrorBoundaryProps['fallback'] = Object.fromEntries(deviceErrorStates.map((state) => [state, () => null]))

function Prompt({ active }: { active: boolean }) {
  const { status } = useCurrentDeviceStatus()
  const queryClient = useQueryClient()
  const [phase, setPhase] = useState<Phase>('ask')
  const titleId = useId()

  if (!active || phase === 'dismissed') return null
  const asking = phase === 'ask' || phase === 'saving' || phase === 'failed'
  if (asking && status !== 'not-remembered') return null

  async function remember() {
    setPhase('saving')
    try {
      await rememberDevice()
      setPhase('remembered')
      await queryClient.invalidateQueries({ queryKey: deviceKeys.root })
    } catch {
      setPhase('failed')
    }
  }

  return (
    <section className="prompt" aria-labelledby={titleId} data-prompt="remember-device">
      {phase === 'remembered' ? (
        <>
          <h2 id={titleId} className="prompt__title">
            This device is remembered
          </h2>
          <p role="status">You can stop remembering it at any time under “Your devices”.</p>
          <div className="prompt__actions">
            <button type="button" className="button button--secondary" onClick={() => setPhase('dismissed')}>
              Close
            </button>
          </div>
        </>
      ) : (
        <>
          <h2 id={titleId} className="prompt__title">
            Remember this device?
          </h2>
          <p>
            A remembered device is listed under “Your devices” and may skip extra verification steps when you sign in here again. Only
            remember devices you trust and don’t share.
          </p>
          {phase === 'failed' ? (
            <p role="alert" className="prompt__error">
              This device could not be remembered. Try again, or use “Remember” in the device list.
            </p>
          ) : null}
          <div className="prompt__actions">
            <button type="button" className="button button--primary" aria-disabled={phase === 'saving' || undefined} onClick={() => phase !== 'saving' && void remember()}>
              {phase === 'saving' ? 'Remembering…' : 'Remember this device'}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setPhase('dismissed')}>
              Not now
            </button>
          </div>
        </>
      )}
    </section>
  )
}
