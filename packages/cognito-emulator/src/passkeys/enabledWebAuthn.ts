import { ServiceError } from '../ServiceError.ts'
import type { OperationContext } from '../OperationContext.ts'
import type { WebAuthnSettings } from './passkeyStore.ts'

export interface ReadyWebAuthn extends WebAuthnSettings {
  readonly relyingPartyId: string
}

/** The pool's passkey settings for a registration, or the exception Cognito answers without them. */
export function enabledWebAuthn(context: OperationContext): ReadyWebAuthn {
  const settings = context.state.passkeys.settings
  if (settings === false) throw new ServiceError('WebAuthnNotEnabledException', 'Passkeys are not enabled for this user pool.')
  if (settings.relyingPartyId === undefined) {
    throw new ServiceError('WebAuthnConfigurationMissingException', 'The user pool has no relying party id or domain for passkeys.')
  }
  return { ...settings, relyingPartyId: settings.relyingPartyId }
}

/**
 * Emulator choice (Cognito documents no list): the seed's origins, or else `https://` on the relying
 * party or a subdomain of it, and any `http://localhost` port for relying party `localhost`.
 */
export function isAllowedOrigin(origin: string, settings: ReadyWebAuthn): boolean {
  if (settings.allowedOrigins) return settings.allowedOrigins.includes(origin)
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  if (url.origin !== origin) return false
  const rp = settings.relyingPartyId
  const hostMatches = url.hostname === rp || url.hostname.endsWith(`.${rp}`)
  if (url.protocol === 'https:') return hostMatches
  return url.protocol === 'http:' && rp === 'localhost' && url.hostname === 'localhost'
}
