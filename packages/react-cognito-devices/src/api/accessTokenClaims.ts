import { NoSessionError } from '../model/errors'
import type { DeviceSession } from './DeviceApi'

/**
 * Reads `sub` and `device_key` from a Cognito access token (decoded, not verified: Cognito verifies
 * it on every call). The token itself never leaves this function, not even in an error message.
 */
export function sessionFromAccessToken(accessToken: string): DeviceSession {
  const payload = decodePayload(accessToken)
  return sessionFromClaims(payload)
}

export function sessionFromClaims(claims: Record<string, unknown> | undefined): DeviceSession {
  const { sub: userId, device_key: deviceKey, exp, iat } = claims ?? {}
  if (typeof userId !== 'string' || userId === '') throw new NoSessionError('The access token has no user.')
  return {
    userId,
    currentDeviceKey: typeof deviceKey === 'string' && deviceKey !== '' ? deviceKey : undefined,
    accessTokenLifetimeSeconds: typeof exp === 'number' && typeof iat === 'number' && exp > iat ? exp - iat : undefined,
  }
}

function decodePayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1]
  if (!part) return undefined
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/')
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes))
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
