import { ServiceError } from './ServiceError.ts'

/**
 * Request validation the way Cognito's front end does it: a member of the wrong JSON type is a
 * SerializationException; constraint violations are collected into one InvalidParameterException,
 * worded like AWS ("1 validation error detected: Value 'x' at 'deviceKey' failed to satisfy
 * constraint: Member must ..."), naming each member in lowerCamelCase as AWS does.
 */

export type MemberRule =
  | {
      readonly type: 'string'
      readonly required?: boolean
      readonly min?: number
      readonly max?: number
      readonly pattern?: RegExp
      readonly enum?: readonly string[]
      /** Never echo the value (tokens, passwords). */
      readonly sensitive?: boolean
    }
  | { readonly type: 'integer'; readonly required?: boolean; readonly min: number; readonly max: number }
  | { readonly type: 'boolean'; readonly required?: boolean }
  | { readonly type: 'map'; readonly required?: boolean }
  | { readonly type: 'structure'; readonly required?: boolean; readonly members: InputRules }

export type InputRules = Readonly<Record<string, MemberRule>>

function lowerCamel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function typeMismatch(member: string, rule: MemberRule): ServiceError {
  const expected = { string: 'a string', integer: 'an integer', boolean: 'a boolean', map: 'a map', structure: 'a structure' }[rule.type]
  return new ServiceError('SerializationException', `Expected ${expected} for member ${member}`)
}

function checkMember(name: string, path: string, value: unknown, rule: MemberRule, violations: string[]): void {
  if (value === undefined || value === null) {
    if (rule.required) violations.push(`Value null at '${path}' failed to satisfy constraint: Member must not be null`)
    return
  }
  switch (rule.type) {
    case 'string': {
      if (typeof value !== 'string') throw typeMismatch(name, rule)
      const shown = rule.sensitive ? 'Value' : `Value '${value}'`
      if (rule.min !== undefined && value.length < rule.min) {
        violations.push(`${shown} at '${path}' failed to satisfy constraint: Member must have length greater than or equal to ${rule.min}`)
      }
      if (rule.max !== undefined && value.length > rule.max) {
        violations.push(`${shown} at '${path}' failed to satisfy constraint: Member must have length less than or equal to ${rule.max}`)
      }
      if (rule.pattern && value.length > 0 && !new RegExp(`^(?:${rule.pattern.source})$`).test(value)) {
        violations.push(`${shown} at '${path}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${rule.pattern.source}`)
      }
      if (rule.enum && !rule.enum.includes(value)) {
        violations.push(`${shown} at '${path}' failed to satisfy constraint: Member must satisfy enum value set: [${rule.enum.join(', ')}]`)
      }
      return
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw typeMismatch(name, rule)
      if (value < rule.min) violations.push(`Value '${value}' at '${path}' failed to satisfy constraint: Member must have value greater than or equal to ${rule.min}`)
      if (value > rule.max) violations.push(`Value '${value}' at '${path}' failed to satisfy constraint: Member must have value less than or equal to ${rule.max}`)
      return
    case 'boolean':
      if (typeof value !== 'boolean') throw typeMismatch(name, rule)
      return
    case 'map':
      // A null entry counts as absent (see `mapEntries`); any other non-string entry is refused.
      if (!isObject(value) || Object.values(value).some((entry) => typeof entry !== 'string' && entry !== null)) throw typeMismatch(name, rule)
      return
    case 'structure':
      if (!isObject(value)) throw typeMismatch(name, rule)
      collectViolations(value, rule.members, `${path}.`, violations)
      return
  }
}

function collectViolations(input: Record<string, unknown>, rules: InputRules, prefix: string, violations: string[]): void {
  for (const [name, rule] of Object.entries(rules)) {
    checkMember(name, `${prefix}${lowerCamel(name)}`, input[name], rule, violations)
  }
}

/** Throws unless `input` satisfies `rules`; members the rules do not name are ignored, as AWS does. */
export function validateInput(input: Record<string, unknown>, rules: InputRules): void {
  const violations: string[] = []
  collectViolations(input, rules, '', violations)
  if (violations.length === 0) return
  const count = violations.length === 1 ? '1 validation error detected' : `${violations.length} validation errors detected`
  throw new ServiceError('InvalidParameterException', `${count}: ${violations.join('; ')}`)
}

/**
 * A validated map member without its null entries. AWS's own amazon-cognito-identity-js retries a
 * sign-in with `"DEVICE_KEY": null` after "Device does not exist." and relies on Cognito reading
 * the null as "no device key" (FACTS.md#the-sdks-retry-device_key-null).
 */
export function mapEntries(value: unknown): Record<string, string> {
  if (!isObject(value)) return {}
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}

/** Cognito's wording for a missing entry of a parameter map such as AuthParameters. */
export function missingParameter(name: string): ServiceError {
  return new ServiceError('InvalidParameterException', `Missing required parameter ${name}`)
}
