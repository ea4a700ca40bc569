import { SignJWT, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose'
import { notAuthorized } from './ServiceError.ts'
import type { SigningKey } from './signingKey.ts'
import type { PoolSettings, StoredUser } from './poolState.ts'

/** The access-token claims Cognito issues (and the emulator checks). */
export interface AccessTokenClaims extends JWTPayload {
  sub: string
  iss: string
  client_id: string
  origin_jti: string
  event_id: string
  token_use: 'access'
  scope: string
  auth_time: number
  exp: number
  iat: number
  jti: string
  username: string
  device_key?: string
}

/** What one sign-in (and each refresh of it) issues tokens for. */
export interface TokenGrant {
  readonly user: StoredUser
  readonly clientId: string
  readonly deviceKey: string | undefined
  readonly originJti: string
  /** Epoch seconds of the password sign-in; refreshes keep it. */
  readonly authTime: number
}

export interface IssuedTokens {
  readonly accessToken: string
  readonly idToken: string
  readonly expiresIn: number
}

export const USER_ADMIN_SCOPE = 'aws.cognito.signin.user.admin'

/** Issues Cognito-shaped RS256 access and id tokens and verifies access tokens. */
export class TokenService {
  constructor(
    private readonly signingKey: () => Promise<SigningKey>,
    private readonly issuer: () => string,
    private readonly settings: () => PoolSettings,
  ) {}

  async issue(grant: TokenGrant, now: Date): Promise<IssuedTokens> {
    const key = await this.signingKey()
    const iat = Math.floor(now.getTime() / 1000)
    const expiresIn = this.settings().accessTokenValiditySeconds
    const exp = iat + expiresIn
    const eventId = crypto.randomUUID()
    const header = { alg: 'RS256', kid: key.kid }
    const access: Omit<AccessTokenClaims, 'iss'> = {
      sub: grant.user.sub,
      ...(grant.deviceKey ? { device_key: grant.deviceKey } : {}),
      client_id: grant.clientId,
      origin_jti: grant.originJti,
      event_id: eventId,
      token_use: 'access',
      scope: USER_ADMIN_SCOPE,
      auth_time: grant.authTime,
      exp,
      iat,
      jti: crypto.randomUUID(),
      username: grant.user.username,
    }
    const accessToken = await new SignJWT(access).setProtectedHeader(header).setIssuer(this.issuer()).sign(key.privateKey)
    const id = {
      sub: grant.user.sub,
      ...grant.user.attributes,
      ...(grant.user.attributes.email_verified ? { email_verified: grant.user.attributes.email_verified === 'true' } : {}),
      aud: grant.clientId,
      origin_jti: grant.originJti,
      event_id: eventId,
      token_use: 'id',
      auth_time: grant.authTime,
      'cognito:username': grant.user.username,
      exp,
      iat,
      jti: crypto.randomUUID(),
    }
    const idToken = await new SignJWT(id).setProtectedHeader(header).setIssuer(this.issuer()).sign(key.privateKey)
    return { accessToken, idToken, expiresIn }
  }

  /**
   * Checks signature, issuer, expiry (against the emulated clock) and `token_use`, answering with
   * Cognito's wording. Revocation and the user's state are the caller's to check.
   */
  async verifyAccessToken(token: string, now: Date): Promise<AccessTokenClaims> {
    const key = await this.signingKey()
    let payload: JWTPayload
    try {
      ;({ payload } = await jwtVerify(token, key.publicKey, { algorithms: ['RS256'], issuer: this.issuer(), currentDate: now }))
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw notAuthorized('Access Token has expired')
      throw notAuthorized('Invalid Access Token')
    }
    if (payload.token_use !== 'access' || typeof payload.username !== 'string' || typeof payload.origin_jti !== 'string') {
      throw notAuthorized('Invalid Access Token')
    }
    return payload as AccessTokenClaims
  }
}

/** The `username` claim of a token without verifying it (throttling keys only; never for trust). */
export function unverifiedUsername(token: unknown): string | undefined {
  if (typeof token !== 'string') return undefined
  try {
    const claims = decodeJwt(token)
    return typeof claims.username === 'string' ? claims.username : undefined
  } catch {
    return undefined
  }
}
