/**
 * Where the conformance cases run: the emulator (default) or a real user pool named by the
 * COGNITO_CONFORMANCE_* variables.
 */
export interface IamCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string
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
}

export const REAL_POOL_VARIABLES = [
  'COGNITO_CONFORMANCE_USER_POOL_ID',
  'COGNITO_CONFORMANCE_CLIENT_ID',
  'COGNITO_CONFORMANCE_USERNAME',
  'COGNITO_CONFORMANCE_PASSWORD',
] as const

export const REAL_POOL_IAM_VARIABLES = ['COGNITO_CONFORMANCE_AWS_ACCESS_KEY_ID', 'COGNITO_CONFORMANCE_AWS_SECRET_ACCESS_KEY'] as const

/** The real pool the variables name, or why there is none. */
export function realPoolTarget(env: Readonly<Record<string, string | undefined>>): ConformanceTarget | { readonly missing: string[] } {
  const missing = REAL_POOL_VARIABLES.filter((name) => !env[name])
  if (missing.length > 0) return { missing }
  const userPoolId = env.COGNITO_CONFORMANCE_USER_POOL_ID!
  const region = userPoolId.split('_')[0]!
  const accessKeyId = env.COGNITO_CONFORMANCE_AWS_ACCESS_KEY_ID
  const secretAccessKey = env.COGNITO_CONFORMANCE_AWS_SECRET_ACCESS_KEY
  const sessionToken = env.COGNITO_CONFORMANCE_AWS_SESSION_TOKEN
  return {
    name: 'real pool',
    // COGNITO_CONFORMANCE_ENDPOINT: another Cognito-compatible endpoint (e.g. this emulator, to try the recording).
    endpoint: env.COGNITO_CONFORMANCE_ENDPOINT || `https://cognito-idp.${region}.amazonaws.com/`,
    region,
    userPoolId,
    clientId: env.COGNITO_CONFORMANCE_CLIENT_ID!,
    username: env.COGNITO_CONFORMANCE_USERNAME!,
    password: env.COGNITO_CONFORMANCE_PASSWORD!,
    iam: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } : undefined,
  }
}
