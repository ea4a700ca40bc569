import { ServiceError } from './ServiceError.ts'
import type { StoredDevice } from './storedDevice.ts'
import { MAX_LIST_DEVICES_LIMIT } from './wireShapes.ts'

/** Where a page ended: kept server-side, so the token itself carries nothing a client could edit. */
interface Cursor {
  /** Whose list it pages, and through which operation (ListDevices or AdminListDevices). */
  readonly scope: string
  /** The creation sequence of the last device already returned. */
  readonly after: number
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

function newToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(48)), (byte) => TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length]).join('')
}

/**
 * An edited, unknown or foreign token. No capture of ListDevices' answer exists; Cognito's other
 * lists answer InvalidParameterException for a bad paging marker (ListUsers: "Paging marker ... is
 * invalid for request ...", aws-sdk-js #3705), so the emulator answers that exception with its own
 * wording.
 */
const invalidToken = () => new ServiceError('InvalidParameterException', 'Invalid pagination token.')

/** ListDevices paging: random server-side tokens, each naming where its page ended. */
export class PaginationTokens {
  private readonly cursors = new Map<string, Cursor>()

  /**
   * One page of `devices` (in creation order) for `scope`. The token records the last device
   * returned, so forgetting a device between pages neither repeats nor skips one; it is absent on
   * the last page. `Limit` 0 or absent means 60.
   */
  page(devices: readonly StoredDevice[], scope: string, limitInput: unknown, tokenInput: unknown) {
    const limit = (limitInput as number | undefined) || MAX_LIST_DEVICES_LIMIT
    let after = 0
    if (tokenInput !== undefined) {
      const cursor = this.cursors.get(tokenInput as string)
      if (!cursor || cursor.scope !== scope) throw invalidToken()
      after = cursor.after
    }
    const remaining = devices.filter((device) => device.sequence > after)
    const page = remaining.slice(0, limit)
    const last = page.at(-1)
    if (remaining.length <= limit || !last) return { page, token: undefined }
    const token = newToken()
    this.cursors.set(token, { scope, after: last.sequence })
    return { page, token }
  }
}
