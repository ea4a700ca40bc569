import { SeedValidationError } from './SeedValidationError.ts'
import { validateAccountId, validateIamCredentials, validateThrottling, validateUndocumented } from './validateSeedExtras.ts'
import type { EmulatorSeed } from './seedTypes.ts'
import { validatePasskeys, validateWebAuthn } from './passkeys/validateSeedWebAuthn.ts'
import { CLIENT_ID_PATTERN, DEVICE_KEY_MAX_LENGTH, DEVICE_KEY_PATTERN, USER_POOL_ID_PATTERN } from './wireShapes.ts'

type Json = Record<string, unknown>

const AUTH_FLOWS = [
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_CUSTOM_AUTH',
  'ALLOW_USER_AUTH',
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
]

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'string' ? `"${value.slice(0, 60)}"` : `${typeof value} ${String(value)}`
}

function object(value: unknown, path: string, allowed: readonly string[]): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SeedValidationError(path, `expected an object, got ${describe(value)}`)
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new SeedValidationError(path ? `${path}.${key}` : key, `unknown field (expected one of ${allowed.join(', ')})`)
    }
  }
  return value as Json
}

function array(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new SeedValidationError(path, `expected an array, got ${describe(value)}`)
  return value
}

function optionalString(value: unknown, path: string, pattern?: RegExp, maxLength = Infinity): void {
  if (value === undefined) return
  if (typeof value !== 'string' || value.length === 0) {
    throw new SeedValidationError(path, `expected a non-empty string, got ${describe(value)}`)
  }
  if (value.length > maxLength) throw new SeedValidationError(path, `longer than ${maxLength} characters`)
  if (pattern && !pattern.test(value)) throw new SeedValidationError(path, `${describe(value)} does not match ${pattern.source}`)
}

function requiredString(value: unknown, path: string, pattern?: RegExp): void {
  if (value === undefined) throw new SeedValidationError(path, 'is required')
  optionalString(value, path, pattern)
}

function optionalBoolean(value: unknown, path: string): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new SeedValidationError(path, `expected true or false, got ${describe(value)}`)
  }
}

function optionalPositiveInteger(value: unknown, path: string): void {
  if (value === undefined) return
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new SeedValidationError(path, `expected a positive whole number, got ${describe(value)}`)
  }
}

function optionalDate(value: unknown, path: string): void {
  if (value === undefined) return
  if (value instanceof Date && !Number.isNaN(value.getTime())) return
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return
  throw new SeedValidationError(path, `expected an ISO-8601 date like "2024-05-01T12:00:00Z", got ${describe(value)}`)
}

function validateUserPool(value: unknown, path: string): void {
  const pool = object(value, path, [
    'id',
    'name',
    'deviceTracking',
    'accessTokenValiditySeconds',
    'refreshTokenValiditySeconds',
    'preventUserExistenceErrors',
    'accountId',
    'throttling',
    'undocumented',
    'webAuthn',
  ])
  validateAccountId(pool.accountId, `${path}.accountId`)
  validateThrottling(pool.throttling, `${path}.throttling`)
  validateUndocumented(pool.undocumented, `${path}.undocumented`)
  validateWebAuthn(pool.webAuthn, `${path}.webAuthn`)
  optionalString(pool.id, `${path}.id`, USER_POOL_ID_PATTERN, 55)
  optionalString(pool.name, `${path}.name`)
  if (pool.deviceTracking !== undefined && pool.deviceTracking !== false) {
    const tracking = object(pool.deviceTracking, `${path}.deviceTracking`, [
      'challengeRequiredOnNewDevice',
      'deviceOnlyRememberedOnUserPrompt',
    ])
    optionalBoolean(tracking.challengeRequiredOnNewDevice, `${path}.deviceTracking.challengeRequiredOnNewDevice`)
    optionalBoolean(tracking.deviceOnlyRememberedOnUserPrompt, `${path}.deviceTracking.deviceOnlyRememberedOnUserPrompt`)
  }
  optionalPositiveInteger(pool.accessTokenValiditySeconds, `${path}.accessTokenValiditySeconds`)
  optionalPositiveInteger(pool.refreshTokenValiditySeconds, `${path}.refreshTokenValiditySeconds`)
  optionalBoolean(pool.preventUserExistenceErrors, `${path}.preventUserExistenceErrors`)
}

function validateClient(value: unknown, path: string): void {
  const client = object(value, path, ['id', 'name', 'explicitAuthFlows'])
  requiredString(client.id, `${path}.id`, CLIENT_ID_PATTERN)
  optionalString(client.name, `${path}.name`)
  if (client.explicitAuthFlows !== undefined) {
    array(client.explicitAuthFlows, `${path}.explicitAuthFlows`).forEach((flow, index) => {
      if (typeof flow !== 'string' || !AUTH_FLOWS.includes(flow)) {
        throw new SeedValidationError(`${path}.explicitAuthFlows[${index}]`, `expected one of ${AUTH_FLOWS.join(', ')}, got ${describe(flow)}`)
      }
    })
  }
}

function validateDevice(value: unknown, path: string): void {
  const device = object(value, path, ['key', 'name', 'remembered', 'lastIpUsed', 'createdAt', 'lastModifiedAt', 'lastAuthenticatedAt', 'attributes'])
  optionalString(device.key, `${path}.key`, DEVICE_KEY_PATTERN, DEVICE_KEY_MAX_LENGTH)
  optionalString(device.name, `${path}.name`, undefined, 1024)
  optionalBoolean(device.remembered, `${path}.remembered`)
  optionalString(device.lastIpUsed, `${path}.lastIpUsed`)
  optionalDate(device.createdAt, `${path}.createdAt`)
  optionalDate(device.lastModifiedAt, `${path}.lastModifiedAt`)
  optionalDate(device.lastAuthenticatedAt, `${path}.lastAuthenticatedAt`)
  if (device.attributes !== undefined) {
    array(device.attributes, `${path}.attributes`).forEach((attribute, index) => {
      const at = `${path}.attributes[${index}]`
      const pair = object(attribute, at, ['Name', 'Value'])
      requiredString(pair.Name, `${at}.Name`)
      if ((pair.Name as string).length > 32) throw new SeedValidationError(`${at}.Name`, 'longer than 32 characters')
      if (typeof pair.Value !== 'string') throw new SeedValidationError(`${at}.Value`, `expected a string, got ${describe(pair.Value)}`)
      if (pair.Value.length > 2048) throw new SeedValidationError(`${at}.Value`, 'longer than 2048 characters')
    })
  }
}

function validateUser(value: unknown, path: string): void {
  const user = object(value, path, ['username', 'password', 'sub', 'attributes', 'passwordResetRequired', 'unconfirmed', 'disabled', 'devices', 'passkeys'])
  requiredString(user.username, `${path}.username`)
  requiredString(user.password, `${path}.password`)
  optionalString(user.sub, `${path}.sub`)
  if (user.attributes !== undefined) {
    const attributes = object(user.attributes, `${path}.attributes`, Object.keys(user.attributes ?? {}))
    for (const [name, attributeValue] of Object.entries(attributes)) {
      if (typeof attributeValue !== 'string') {
        throw new SeedValidationError(`${path}.attributes.${name}`, `expected a string, got ${describe(attributeValue)}`)
      }
    }
  }
  optionalBoolean(user.passwordResetRequired, `${path}.passwordResetRequired`)
  optionalBoolean(user.unconfirmed, `${path}.unconfirmed`)
  optionalBoolean(user.disabled, `${path}.disabled`)
  if (user.devices !== undefined) {
    array(user.devices, `${path}.devices`).forEach((device, index) => validateDevice(device, `${path}.devices[${index}]`))
  }
  validatePasskeys(user.passkeys, `${path}.passkeys`)
}

function rejectDuplicates(values: readonly unknown[], field: string, path: (index: number) => string): void {
  const seen = new Set<unknown>()
  values.forEach((value, index) => {
    if (value === undefined) return
    if (seen.has(value)) throw new SeedValidationError(`${path(index)}.${field}`, `duplicate ${field} ${describe(value)}`)
    seen.add(value)
  })
}

/**
 * Checks a seed (typically parsed from a JSON file) and returns it typed. Throws
 * `SeedValidationError` whose `path` names the first bad field.
 */
export function validateSeed(value: unknown): EmulatorSeed {
  const seed = object(value, '', ['userPool', 'clients', 'users', 'iamCredentials'])
  validateIamCredentials(seed.iamCredentials, 'iamCredentials')
  if (seed.userPool !== undefined) validateUserPool(seed.userPool, 'userPool')
  if (seed.clients !== undefined) {
    const clients = array(seed.clients, 'clients')
    clients.forEach((client, index) => validateClient(client, `clients[${index}]`))
    rejectDuplicates(clients.map((client) => (client as Json).id), 'id', (index) => `clients[${index}]`)
  }
  if (seed.users !== undefined) {
    const users = array(seed.users, 'users')
    users.forEach((user, index) => validateUser(user, `users[${index}]`))
    rejectDuplicates(users.map((user) => (user as Json).username), 'username', (index) => `users[${index}]`)
    const devices = users.flatMap((user, userIndex) =>
      ((user as Json).devices as Json[] | undefined ?? []).map((device, deviceIndex) => ({ key: device.key, path: `users[${userIndex}].devices[${deviceIndex}]` })),
    )
    rejectDuplicates(devices.map((device) => device.key), 'key', (index) => devices[index]?.path ?? 'users')
  }
  return seed as EmulatorSeed
}
