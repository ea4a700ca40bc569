import type { DeviceErrorBoundaryProps } from '../boundary/DeviceErrorBoundary'

const nothing = () => null

/**
 * A `fallback` for a section beside a DeviceManager, which already says the states about the whole
 * session (signed out, password reset required, account not confirmed): the section steps aside for
 * them, so the page says "Your session has ended" once. `<PasskeyManager fallback={sessionStatesShownElsewhere} />`.
 */
export const sessionStatesShownElsewhere: NonNullable<DeviceErrorBoundaryProps['fallback']> = {
  'signed-out': nothing,
  'password-reset-required': nothing,
  'account-unconfirmed': nothing,
}
