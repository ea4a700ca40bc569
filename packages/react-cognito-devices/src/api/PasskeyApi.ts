import type { PasskeyCreationOptionsJson, PasskeyPage, PasskeyRegistrationJson } from '../cognito/passkey'
import type { CallOptions } from './DeviceApi'

/**
 * The port between the kit's passkey parts and Cognito, beside DeviceApi (a host that shows only
 * devices never loads it). `tokenPasskeyApi()` and `amplifyPasskeyApi()` implement it.
 */
export interface PasskeyApi {
  /** ListWebAuthnCredentials: a page (up to 20) of the user's passkeys. */
  listPasskeys(cursor?: string, options?: CallOptions & { limit?: number }): Promise<PasskeyPage>
  /** StartWebAuthnRegistration: the options to give `navigator.credentials.create`. */
  startPasskeyRegistration(options?: CallOptions): Promise<PasskeyCreationOptionsJson>
  /** CompleteWebAuthnRegistration with what the browser created. */
  completePasskeyRegistration(credential: PasskeyRegistrationJson, options?: CallOptions): Promise<void>
  /** DeleteWebAuthnCredential. */
  deletePasskey(credentialId: string, options?: CallOptions): Promise<void>
}
