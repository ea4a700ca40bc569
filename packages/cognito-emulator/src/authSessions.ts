import { notAuthorized } from './ServiceError.ts'

/**
 * The `Session` a challenge answer carries between InitiateAuth and RespondToAuthChallenge
 * (SRP and device challenges keep their numbers in `data`).
 */
export interface AuthSession {
  readonly id: string
  readonly username: string
  readonly clientId: string
  readonly challengeName: string
  /** Epoch ms; Cognito sessions last 3 minutes by default. */
  readonly expiresAt: number
  readonly data: Readonly<Record<string, string>>
}

const SESSION_LIFETIME_MS = 3 * 60_000

export class AuthSessions {
  private readonly sessions = new Map<string, AuthSession>()

  open(fields: Omit<AuthSession, 'id' | 'expiresAt'>, now: Date): AuthSession {
    const session = { ...fields, id: `${crypto.randomUUID()}${crypto.randomUUID()}`.replaceAll('-', ''), expiresAt: now.getTime() + SESSION_LIFETIME_MS }
    this.sessions.set(session.id, session)
    return session
  }

  /**
   * The session a challenge answer names; unknown or expired answers as Cognito does. It stays
   * open until `close`: a failed answer (e.g. "Device does not exist.") may be sent again.
   */
  find(id: string | undefined, clientId: string, now: Date): AuthSession {
    const session = id === undefined ? undefined : this.sessions.get(id)
    if (!session || session.clientId !== clientId || session.expiresAt <= now.getTime()) {
      throw notAuthorized('Invalid session for the user, session is expired.')
    }
    return session
  }

  /**
   * A challenge answer sent without `Session`: the user's newest open session for that challenge on
   * that client. AWS's own SRP example (aws-doc-sdk-examples, UserAuthDemo / DeviceAuthDemo) answers
   * PASSWORD_VERIFIER, DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER without a Session and Cognito
   * accepts it; the SRP numbers still have to match that session's.
   */
  findWithoutId(username: string | undefined, clientId: string, challengeName: string, now: Date): AuthSession {
    const wanted = username?.toLowerCase()
    const candidates = [...this.sessions.values()].filter(
      (session) =>
        session.username.toLowerCase() === wanted &&
        session.clientId === clientId &&
        session.challengeName === challengeName &&
        session.expiresAt > now.getTime(),
    )
    const newest = candidates.at(-1)
    if (!newest) throw notAuthorized('Invalid session for the user, session is expired.')
    return newest
  }

  /** Ends a session once its challenge was answered successfully. */
  close(id: string): void {
    this.sessions.delete(id)
  }
}
