import type { MemberRule } from './inputValidation.ts'
import { DEVICE_KEY_MAX_LENGTH, DEVICE_REMEMBERED_STATUSES, MAX_LIST_DEVICES_LIMIT } from './wireShapes.ts'

/** Member shapes shared by several operations, as the service model defines them. */

export const accessTokenRule = { type: 'string', required: true, pattern: /[A-Za-z0-9-_=.]+/, sensitive: true } as const satisfies MemberRule
export const deviceKeyRule = { type: 'string', required: true, min: 1, max: DEVICE_KEY_MAX_LENGTH, pattern: /[\w-]+_[0-9a-f-]+/ } as const satisfies MemberRule
export const clientIdRule = { type: 'string', required: true, min: 1, max: 128, pattern: /[\w+]+/, sensitive: true } as const satisfies MemberRule
export const limitRule = { type: 'integer', min: 0, max: MAX_LIST_DEVICES_LIMIT } as const satisfies MemberRule
export const paginationTokenRule = { type: 'string', min: 1, pattern: /[\S]+/ } as const satisfies MemberRule
export const rememberedStatusRule = { type: 'string', enum: DEVICE_REMEMBERED_STATUSES } as const satisfies MemberRule
export const deviceNameRule = { type: 'string', min: 1, max: 1024 } as const satisfies MemberRule
export const tokenModelRule = { type: 'string', required: true, sensitive: true } as const satisfies MemberRule
