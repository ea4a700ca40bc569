import { ServiceError } from '../ServiceError'
import { authorizeAccessToken } from '../authorizeAccessToken'
import { toDeviceType } from '../deviceType'
import { validateInput } from '../inputValidation'
import { accessTokenRule, limitRule, paginationTokenRule } from '../memberRules'
import type { Operation } from '../OperationContext'
import { MAX_LIST_DEVICES_LIMIT } from '../wireShapes'

interface Cursor {
  /** Whose list it pages. */
  readonly sub: string
  /** The creation sequence of the last device already returned. */
  readonly after: number
}

function encodeCursor(cursor: Cursor): string {
  return btoa(JSON.stringify(cursor)).replaceAll('=', '')
}

function decodeCursor(token: string, sub: string): Cursor {
  try {
    const cursor = JSON.parse(atob(token)) as Partial<Cursor>
    if (cursor.sub === sub && typeof cursor.after === 'number') return { sub, after: cursor.after }
  } catch {
    // fall through to the error below
  }
  throw new ServiceError('InvalidParameterException', 'Invalid pagination token.')
}

/**
 * The caller's devices in creation order, a page at a time. The token is opaque (it records the
 * last device returned, so forgetting a device between pages neither repeats nor skips one) and
 * absent on the last page. Only remembered devices, unless the emulator lists not-remembered
 * ones too. `Limit` 0 or absent means 60.
 */
export const listDevices: Operation = async (input, context) => {
  validateInput(input, { AccessToken: accessTokenRule, Limit: limitRule, PaginationToken: paginationTokenRule })
  const { user } = await authorizeAccessToken(input.AccessToken as string, context)
  const limit = (input.Limit as number | undefined) || MAX_LIST_DEVICES_LIMIT
  const after = input.PaginationToken === undefined ? 0 : decodeCursor(input.PaginationToken as string, user.sub).after
  const listed = context.state
    .devicesOf(user.username)
    .filter((device) => device.confirmed && (device.remembered || context.listIncludesNotRemembered))
    .filter((device) => device.sequence > after)
  const page = listed.slice(0, limit)
  const last = page.at(-1)
  return {
    Devices: page.map((device) => toDeviceType(device, context.state.settings.region, user.sub)),
    ...(listed.length > limit && last ? { PaginationToken: encodeCursor({ sub: user.sub, after: last.sequence }) } : {}),
  }
}
