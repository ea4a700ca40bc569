import { AdminCredentialsError } from './errors'

/** AWS credentials, as Amplify's `fetchAuthSession().credentials` and STS hand them out. */
export interface AwsCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  /** Present for temporary credentials (an assumed role, Cognito identity pool), which a browser should hold. */
  readonly sessionToken?: string | undefined
  /** When temporary credentials stop working; past it, the kit does not send them. */
  readonly expiration?: Date | undefined
}

/**
 * Asked before every request, so it can refresh: e.g.
 * `async () => (await fetchAuthSession()).credentials` or a call to the host's backend.
 * Resolving to nothing means "no credentials" (nobody with the admin role is signed in).
 */
export type AwsCredentialsProvider = () => AwsCredentials | null | undefined | Promise<AwsCredentials | null | undefined>

/** Current credentials from `provider`, or AdminCredentialsError. Nothing thrown carries them. */
export async function currentCredentials(provider: AwsCredentialsProvider, now: number = Date.now()): Promise<AwsCredentials> {
  let credentials: AwsCredentials | null | undefined
  try {
    credentials = await provider()
  } catch {
    // What the provider threw is dropped on purpose: its message or fields may quote the keys.
    throw new AdminCredentialsError('provider-failed')
  }
  if (!credentials || !nonEmpty(credentials.accessKeyId) || !nonEmpty(credentials.secretAccessKey)) {
    throw new AdminCredentialsError('missing')
  }
  const expiration = credentials.expiration
  if (expiration instanceof Date && !(expiration.getTime() > now)) throw new AdminCredentialsError('expired')
  return credentials
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value !== ''
}
