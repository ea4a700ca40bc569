/**
 * Where the conformance cases run: the emulator (default) or a real user pool named by the
 * COGNITO_CONFORMANCE_* variables.
 */
export interface IamCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string
}

/** A second pool at the same endpoint, with device tracking "User opt-in" and the same user. */
export interface OptInPool {
  readonly endpoint: string
  readonly userPoolId: string
  readonly clientId: string
}

/** What the emulator lets a case do that the API cannot (a real pool has no such controls). */
export interface EmulatorControls {
  setUserFlags(flags: { disabled?: boolean; passwordResetRequired?: boolean; unconfirmed?: boolean }): void
}

export interface ConformanceTarget {
  readonly name: 'emulator' | 'real pool'
  /** The cognito-idp endpoint, e.g. `https://cognito-idp.us-east-1.amazonaws.com/`. */
  readonly endpoint: string
  readonly region: string
  readonly userPoolId: string
  /** An app client without a secret, allowing USER_PASSWORD_AUTH, USER_SRP_AUTH and refresh. */
  readonly clientId: string
  readonly username: string
  readonly password: string
  /** For the Admin cases; without them those cases are skipped on a real pool. */
  readonly iam: IamCredentials | undefined
  /** A principal whose IAM policy allows none of the Admin device operations (the AccessDeniedException case). */
  readonly deniedIam?: IamCredentials | undefined
  /** For the "User opt-in" case. */
  readonly optInPool?: OptInPool | undefined
  readonly emulatorControls?: EmulatorControls | undefined
  /** The pool has passkeys on with a relying party id, reachable from `https://<relying party id>`: the passkey cases. */
  readonly passkeys?: boolean | undefined
}

export const REAL_POOL_VARIABLES = [
  'COGNITO_CONFORMANCE_USER_POOL_ID',
  'COGNITO_CONFORMANCE_CLIENT_ID',
  'COGNITO_CONFORMANCE_USERNAME',
  'COGNITO_CONFORMANCE_PASSWORD',
] as const

export const REAL_POOL_IAM_VARIABLES = ['COGNITO_CONFORMANCE_AWS_ACCESS_KEY_ID', 'COGNITO_CONFORMANCE_AWS_SECRET_ACCESS_KEY'] as const

/** Optional: the cases that need them are left out without them. */
export const REAL_POOL_OPTIONAL_VARIABLES = [
  'COGNITO_CONFORMANCE_DENIED_AWS_ACCESS_KEY_ID',
  'COGNITO_CONFORMANCE_DENIED_AWS_SECRET_ACCESS_KEY',
  'COGNITO_CONFORMANCE_OPT_IN_USER_POOL_ID',
  'COGNITO_CONFORMANCE_OPT_IN_CLIENT_ID',
  'COGNITO_CONFORMANCE_OPT_IN_ENDPOINT',
  'COGNITO_CONFORMANCE_PASSKEYS',
] as const

type Env = Readonly<Record<string, string | undefined>>

function credentials(env: Env, prefix: string): IamCredentials | undefined {
  const accessKeyId = env[`${prefix}_ACCESS_KEY_ID`]
  const secretAccessKey = env[`${prefix}_SECRET_ACCESS_KEY`]
  const sessionToken = env[`${prefix}_SESSION_TOKEN`]
  return accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } : undefined
}

/** The real pool the variables name, or why there is none. */
export function realPoolTarget(env: Env): ConformanceTarget | { readonly missing: string[] } {
  const missing = REAL_POOL_VARIABLES.filter((name) => !env[name])
  if (missing.length > 0) return { missing }
  const userPoolId = env.COGNITO_CONFORMANCE_USER_POOL_ID!
  const region = userPoolId.split('_')[0]!
  // COGNITO_CONFORMANCE_ENDPOINT: another Cognito-compatible endpoint (e.g. this emulator, to try the recording).
  const endpoint = env.COGNITO_CONFORMANCE_ENDPOINT || `https://cognito-idp.${region}.amazonaws.com/`
  const optInPoolId = env.COGNITO_CONFORMANCE_OPT_IN_USER_POOL_ID
  const optInClientId = env.COGNITO_CONFORMANCE_OPT_IN_CLIENT_ID
  return {
    name: 'real pool',
    endpoint,
    region,
    userPoolId,
    clientId: env.COGNITO_CONFORMANCE_CLIENT_ID!,
    username: env.COGNITO_CONFORMANCE_USERNAME!,
    password: env.COGNITO_CONFORMANCE_PASSWORD!,
    iam: credentials(env, 'COGNITO_CONFORMANCE_AWS'),
    deniedIam: credentials(env, 'COGNITO_CONFORMANCE_DENIED_AWS'),
    passkeys: env.COGNITO_CONFORMANCE_PASSKEYS === 'true',
    optInPool: optInPoolId && optInClientId ? { endpoint: env.COGNITO_CONFORMANCE_OPT_IN_ENDPOINT || endpoint, userPoolId: optInPoolId, clientId: optInClientId } : undefined,
  }
}
