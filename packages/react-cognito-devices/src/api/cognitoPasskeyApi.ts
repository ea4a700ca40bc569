import { callCognito } from '../cognito/client'
import { MAX_PASSKEY_PAGE_SIZE } from '../cognito/passkey'
import { parseListPasskeysResponse, parseStartPasskeyRegistrationResponse } from '../cognito/parsePasskey'
import type { CognitoConnection } from './cognitoDeviceApi'
import type { CallOptions } from './DeviceApi'
import type { PasskeyApi } from './PasskeyApi'

/** The four passkey operations over the wire client, with the same access token as the device operations. */
export function cognitoPasskeyOperations(connection: CognitoConnection): PasskeyApi {
  async function call(operation: string, input: object, options: CallOptions | undefined): Promise<unknown> {
    const [endpoint, accessToken] = await Promise.all([connection.endpoint(), connection.accessToken()])
    return callCognito(
      operation,
      { ...input, AccessToken: accessToken },
      { endpoint, signal: options?.signal, fetch: connection.fetch, timeoutMs: connection.timeoutMs },
    )
  }
  return {
    async listPasskeys(cursor, options) {
      const limit = pageLimit(options?.limit)
      const input = cursor === undefined ? { MaxResults: limit } : { MaxResults: limit, NextToken: cursor }
      return parseListPasskeysResponse(await call('ListWebAuthnCredentials', input, options))
    },
    async startPasskeyRegistration(options) {
      return parseStartPasskeyRegistrationResponse(await call('StartWebAuthnRegistration', {}, options))
    },
    async completePasskeyRegistration(credential, options) {
      await call('CompleteWebAuthnRegistration', { Credential: credential }, options)
    },
    async deletePasskey(credentialId, options) {
      await call('DeleteWebAuthnCredential', { CredentialId: credentialId }, options)
    },
  }
}

/** `MaxResults` is 0 to 20; anything else, and 0 (whose meaning Cognito does not document), asks for a full page. */
function pageLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit) || limit < 1) return MAX_PASSKEY_PAGE_SIZE
  return Math.min(Math.trunc(limit), MAX_PASSKEY_PAGE_SIZE)
}
