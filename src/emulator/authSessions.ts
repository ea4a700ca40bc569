import { notAuthorized } from './ServiceError'

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

  /** Ends a session once its challenge was answered successfully. */
  close(id: string): void {
    this.sessions.delete(id)
  }
}
