import { ADMIN_OPERATION_NAMES } from './operationNames.ts'
import { SeedValidationError } from './SeedValidationError.ts'

type Json = Record<string, unknown>

/** The seed fields for quotas, IAM credentials and undocumented answers (validateSeed calls these). */

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function onlyFields(value: unknown, path: string, allowed: readonly string[]): Json {
  if (!isObject(value)) throw new SeedValidationError(path, 'expected an object')
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new SeedValidationError(`${path}.${key}`, `unknown field (expected one of ${allowed.join(', ')})`)
  }
  return value
}

const THROTTLING_FIELDS = [
  'userAuthenticationPerSecond',
  'userReadPerSecond',
  'userUpdatePerSecond',
  'userResourceReadPerSecond',
  'userResourceUpdatePerSecond',
  'userTokenPerSecond',
  'perUserReadPerSecond',
  'perUserUpdatePerSecond',
]

export function validateThrottling(value: unknown, path: string): void {
  if (value === undefined || value === false) return
  const throttling = onlyFields(value, path, THROTTLING_FIELDS)
  for (const field of THROTTLING_FIELDS) {
    const limit = throttling[field]
    if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit <= 0)) {
      throw new SeedValidationError(`${path}.${field}`, 'expected a positive whole number')
    }
  }
}

export function validateUndocumented(value: unknown, path: string): void {
  if (value === undefined) return
  const answers = onlyFields(value, path, ['missingAccessToken', 'forgottenDeviceAccessToken', 'unsignedAdminCallStatus'])
  if (answers.missingAccessToken !== undefined && !['validation', 'not-authorized'].includes(answers.missingAccessToken as string)) {
    throw new SeedValidationError(`${path}.missingAccessToken`, 'expected "validation" or "not-authorized"')
  }
  if (answers.forgottenDeviceAccessToken !== undefined && !['valid', 'revoked'].includes(answers.forgottenDeviceAccessToken as string)) {
    throw new SeedValidationError(`${path}.forgottenDeviceAccessToken`, 'expected "valid" or "revoked"')
  }
  if (answers.unsignedAdminCallStatus !== undefined && ![400, 403].includes(answers.unsignedAdminCallStatus as number)) {
    throw new SeedValidationError(`${path}.unsignedAdminCallStatus`, 'expected 400 or 403')
  }
}

export function validateAccountId(value: unknown, path: string): void {
  if (value !== undefined && (typeof value !== 'string' || !/^\d{12}$/.test(value))) {
    throw new SeedValidationError(path, 'expected 12 digits')
  }
}

export function validateIamCredentials(value: unknown, path: string): void {
  if (value === undefined) return
  if (!Array.isArray(value)) throw new SeedValidationError(path, 'expected an array')
  value.forEach((entry, index) => {
    const at = `${path}[${index}]`
    const credentials = onlyFields(entry, at, ['accessKeyId', 'secretAccessKey', 'allowedActions'])
    if (typeof credentials.accessKeyId !== 'string' || !/^[A-Z0-9]{16,128}$/.test(credentials.accessKeyId)) {
      throw new SeedValidationError(`${at}.accessKeyId`, 'expected 16-128 capital letters and digits, e.g. AKIAEMULATOREXAMPLE1')
    }
    if (typeof credentials.secretAccessKey !== 'string' || credentials.secretAccessKey.length === 0) {
      throw new SeedValidationError(`${at}.secretAccessKey`, 'expected a non-empty string')
    }
    const actions = credentials.allowedActions
    if (actions !== undefined && (!Array.isArray(actions) || actions.some((action) => !(ADMIN_OPERATION_NAMES as readonly unknown[]).includes(action)))) {
      throw new SeedValidationError(`${at}.allowedActions`, `expected an array of ${ADMIN_OPERATION_NAMES.join(', ')}`)
    }
  })
}
