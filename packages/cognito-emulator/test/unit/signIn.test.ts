import { decodeJwt, createLocalJWKSet, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { createCognitoEmulator, DEMO_PASSWORD, DEMO_USERS, type EmulatorSeed } from '../../src/index.ts'
import { callEmulator, passwordSignIn } from '../support/callEmulator.ts'

const seed = (overrides: Partial<EmulatorSeed> = {}): EmulatorSeed => ({
  userPool: { id: 'eu-west-1_Pool1' },
  clients: [{ id: 'client1' }],
  users: [{ username: 'ann', password: 'pw-ann', attributes: { email: 'ann@example.com' } }],
  ...overrides,
})

function initiate(emulator: ReturnType<typeof createCognitoEmulator>, parameters: Record<string, string>, extra: Record<string, unknown> = {}) {
  return callEmulator(emulator, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: emulator.clientId, AuthParameters: parameters, ...extra })
}

describe('USER_PASSWORD_AUTH', () => {
  it('issues Cognito-shaped tokens and announces a new device', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const result = await passwordSignIn(emulator, 'ann', 'pw-ann')
    expect(result.TokenType).toBe('Bearer')
    expect(result.ExpiresIn).toBe(3600)
    expect(result.NewDeviceMetadata?.DeviceKey).toMatch(/^eu-west-1_[0-9a-f-]{36}$/)
    expect(result.NewDeviceMetadata?.DeviceGroupKey).toMatch(/^-\w{9}$/)
    const claims = decodeJwt(result.AccessToken)
    expect(claims).toMatchObject({
      iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool1',
      client_id: 'client1',
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      username: 'ann',
      device_key: result.NewDeviceMetadata?.DeviceKey,
    })
    for (const claim of ['sub', 'origin_jti', 'event_id', 'auth_time', 'exp', 'iat', 'jti']) expect(claims[claim]).toBeDefined()
    const id = decodeJwt(result.IdToken)
    expect(id).toMatchObject({ token_use: 'id', aud: 'client1', email: 'ann@example.com', 'cognito:username': 'ann', sub: claims.sub })
    const keys = createLocalJWKSet(await emulator.jwks())
    await expect(jwtVerify(result.AccessToken, keys)).resolves.toBeDefined()
  })

  it('reuses a known DEVICE_KEY, updating its last sign-in and last_ip_used', async () => {
    const emulator = createCognitoEmulator({ seed: seed(), now: new Date('2026-01-01T00:00:00Z') })
    const first = await passwordSignIn(emulator, 'ann', 'pw-ann')
    const deviceKey = first.NewDeviceMetadata!.DeviceKey
    emulator.clock.advance(60_000)
    const answer = await initiate(emulator, { USERNAME: 'ann', PASSWORD: 'pw-ann', DEVICE_KEY: deviceKey }, {})
    const second = answer.body?.AuthenticationResult as Record<string, unknown>
    expect(second.NewDeviceMetadata).toBeUndefined()
    expect(decodeJwt(second.AccessToken as string).device_key).toBe(deviceKey)
    await callEmulator(emulator, 'GetUser', { AccessToken: second.AccessToken }, '203.0.113.9')
    const reused = await callEmulator(
      emulator,
      'InitiateAuth',
      { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'client1', AuthParameters: { USERNAME: 'ann', PASSWORD: 'pw-ann', DEVICE_KEY: deviceKey } },
      '203.0.113.9',
    )
    expect(reused.status).toBe(200)
    const [device] = emulator.devices('ann')
    expect(device?.lastIpUsed).toBe('203.0.113.9')
    expect(device?.lastAuthenticatedAt.toISOString()).toBe('2026-01-01T00:01:00.000Z')
  })

  it('answers an unknown DEVICE_KEY with "Device does not exist."', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const answer = await initiate(emulator, { USERNAME: 'ann', PASSWORD: 'pw-ann', DEVICE_KEY: 'eu-west-1_0000' })
    expect(answer.body).toEqual({ __type: 'ResourceNotFoundException', message: 'Device does not exist.' })
  })

  it('issues no device and no device_key claim when device tracking is off', async () => {
    const emulator = createCognitoEmulator({ seed: seed({ userPool: { id: 'eu-west-1_Pool1', deviceTracking: false } }) })
    const result = await passwordSignIn(emulator, 'ann', 'pw-ann', 'eu-west-1_ignored')
    expect(result.NewDeviceMetadata).toBeUndefined()
    expect(decodeJwt(result.AccessToken).device_key).toBeUndefined()
  })

  it.each([
    ['a wrong password', 'ann', 'nope', {}, 'NotAuthorizedException', 'Incorrect username or password.'],
    ['an unknown user', 'bob', 'pw', {}, 'NotAuthorizedException', 'Incorrect username or password.'],
    ['a disabled user', 'ann', 'pw-ann', { disabled: true }, 'NotAuthorizedException', 'User is disabled.'],
    ['a user who must reset the password', 'ann', 'pw-ann', { passwordResetRequired: true }, 'PasswordResetRequiredException', 'Password reset required for the user'],
    ['an unconfirmed user', 'ann', 'pw-ann', { unconfirmed: true }, 'UserNotConfirmedException', 'User is not confirmed.'],
  ])('refuses %s', async (_case, username, password, flags, name, message) => {
    const emulator = createCognitoEmulator({ seed: seed() })
    emulator.setUserFlags('ann', flags)
    const answer = await initiate(emulator, { USERNAME: username, PASSWORD: password })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ __type: name, message })
  })

  it('reveals unknown users when the pool does not prevent user existence errors', async () => {
    const emulator = createCognitoEmulator({ seed: seed({ userPool: { preventUserExistenceErrors: false } }) })
    const answer = await initiate(emulator, { USERNAME: 'bob', PASSWORD: 'pw' })
    expect(answer.body).toEqual({ __type: 'UserNotFoundException', message: 'User does not exist.' })
  })

  it('treats usernames case-insensitively', async () => {
    const emulator = createCognitoEmulator()
    const result = await passwordSignIn(emulator, DEMO_USERS.demo.toUpperCase(), DEMO_PASSWORD)
    expect(decodeJwt(result.AccessToken).username).toBe(DEMO_USERS.demo)
  })

  it('refuses an unknown app client and a flow the client does not allow', async () => {
    const emulator = createCognitoEmulator({ seed: seed({ clients: [{ id: 'client1', explicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] }] }) })
    const unknown = await callEmulator(emulator, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'other', AuthParameters: {} })
    expect(unknown.body).toEqual({ __type: 'ResourceNotFoundException', message: 'User pool client other does not exist.' })
    const disallowed = await initiate(emulator, { USERNAME: 'ann', PASSWORD: 'pw-ann' })
    expect(disallowed.body).toEqual({ __type: 'InvalidParameterException', message: 'USER_PASSWORD_AUTH flow not enabled for this client' })
  })

  it('says plainly which flows and challenges it does not emulate', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const answer = await callEmulator(emulator, 'InitiateAuth', { AuthFlow: 'CUSTOM_AUTH', ClientId: 'client1', AuthParameters: { USERNAME: 'ann' } })
    expect(answer.body).toEqual({ __type: 'InvalidParameterException', message: 'CUSTOM_AUTH is not supported by the emulator' })
    const challenge = await callEmulator(emulator, 'RespondToAuthChallenge', { ClientId: 'client1', ChallengeName: 'SMS_MFA', ChallengeResponses: {} })
    expect(challenge.body).toEqual({ __type: 'InvalidParameterException', message: 'SMS_MFA is not supported by the emulator' })
  })
})

describe('refreshing tokens', () => {
  it('refreshes with GetTokensFromRefreshToken and REFRESH_TOKEN_AUTH when the device key matches', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const signedIn = await passwordSignIn(emulator, 'ann', 'pw-ann')
    const deviceKey = signedIn.NewDeviceMetadata!.DeviceKey
    // Cognito refreshes a device-bound token only once the device was confirmed (amplify-android #2506).
    await callEmulator(emulator, 'ConfirmDevice', { AccessToken: signedIn.AccessToken, DeviceKey: deviceKey })
    const viaOperation = await callEmulator(emulator, 'GetTokensFromRefreshToken', { ClientId: 'client1', RefreshToken: signedIn.RefreshToken, DeviceKey: deviceKey })
    const refreshed = viaOperation.body?.AuthenticationResult as Record<string, unknown>
    expect(refreshed.RefreshToken).toBeUndefined()
    expect(decodeJwt(refreshed.AccessToken as string)).toMatchObject({ device_key: deviceKey, origin_jti: decodeJwt(signedIn.AccessToken).origin_jti })
    for (const flow of ['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN']) {
      const viaFlow = await callEmulator(emulator, 'InitiateAuth', {
        AuthFlow: flow,
        ClientId: 'client1',
        AuthParameters: { REFRESH_TOKEN: signedIn.RefreshToken, DEVICE_KEY: deviceKey },
      })
      expect(viaFlow.status).toBe(200)
    }
  })

  it.each([
    ['without the device key', undefined],
    ['with another device key', 'eu-west-1_0123'],
  ])('answers "Invalid Refresh Token." %s', async (_case, deviceKey) => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const signedIn = await passwordSignIn(emulator, 'ann', 'pw-ann')
    const answer = await callEmulator(emulator, 'GetTokensFromRefreshToken', { ClientId: 'client1', RefreshToken: signedIn.RefreshToken, DeviceKey: deviceKey })
    expect(answer.body).toEqual({ __type: 'NotAuthorizedException', message: 'Invalid Refresh Token.' })
  })

  it('stops refreshing once the device is forgotten, the token revoked or expired', async () => {
    const emulator = createCognitoEmulator({ seed: seed(), now: new Date('2026-01-01T00:00:00Z') })
    const refresh = (token: string, deviceKey: string) =>
      callEmulator(emulator, 'GetTokensFromRefreshToken', { ClientId: 'client1', RefreshToken: token, DeviceKey: deviceKey })

    const forgotten = await passwordSignIn(emulator, 'ann', 'pw-ann')
    await callEmulator(emulator, 'ForgetDevice', { AccessToken: forgotten.AccessToken, DeviceKey: forgotten.NewDeviceMetadata!.DeviceKey })
    expect((await refresh(forgotten.RefreshToken, forgotten.NewDeviceMetadata!.DeviceKey)).body?.message).toBe('Invalid Refresh Token.')

    const revoked = await passwordSignIn(emulator, 'ann', 'pw-ann')
    await callEmulator(emulator, 'ConfirmDevice', { AccessToken: revoked.AccessToken, DeviceKey: revoked.NewDeviceMetadata!.DeviceKey })
    await callEmulator(emulator, 'RevokeToken', { ClientId: 'client1', Token: revoked.RefreshToken })
    expect((await refresh(revoked.RefreshToken, revoked.NewDeviceMetadata!.DeviceKey)).body?.message).toBe('Refresh Token has been revoked')

    const expired = await passwordSignIn(emulator, 'ann', 'pw-ann')
    emulator.clock.advance(30 * 86_400_000)
    expect((await refresh(expired.RefreshToken, expired.NewDeviceMetadata!.DeviceKey)).body).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Refresh Token has expired',
    })
  })
})

describe('access tokens on every call', () => {
  it('answers "Access Token has expired" once the clock passes exp', async () => {
    const emulator = createCognitoEmulator({ seed: seed(), now: new Date('2026-01-01T00:00:00Z') })
    const { AccessToken } = await passwordSignIn(emulator, 'ann', 'pw-ann')
    emulator.clock.advance(3599_000)
    expect((await callEmulator(emulator, 'GetUser', { AccessToken })).status).toBe(200)
    emulator.clock.advance(1_000)
    expect((await callEmulator(emulator, 'GetUser', { AccessToken })).body).toEqual({ __type: 'NotAuthorizedException', message: 'Access Token has expired' })
  })

  it('answers "Invalid Access Token" for a forged signature, garbage and an id token', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const other = createCognitoEmulator({ seed: seed() })
    const forged = (await passwordSignIn(other, 'ann', 'pw-ann')).AccessToken
    const { IdToken } = await passwordSignIn(emulator, 'ann', 'pw-ann')
    for (const AccessToken of [forged, 'not.a.jwt', IdToken]) {
      expect((await callEmulator(emulator, 'GetUser', { AccessToken })).body).toEqual({ __type: 'NotAuthorizedException', message: 'Invalid Access Token' })
    }
  })

  it('answers "Access Token has been revoked" after GlobalSignOut, and after RevokeToken of its refresh token', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const first = await passwordSignIn(emulator, 'ann', 'pw-ann')
    const second = await passwordSignIn(emulator, 'ann', 'pw-ann')
    expect((await callEmulator(emulator, 'GlobalSignOut', { AccessToken: first.AccessToken })).body).toEqual({})
    for (const { AccessToken } of [first, second]) {
      expect((await callEmulator(emulator, 'GetUser', { AccessToken })).body).toEqual({ __type: 'NotAuthorizedException', message: 'Access Token has been revoked' })
    }
    const third = await passwordSignIn(emulator, 'ann', 'pw-ann')
    expect((await callEmulator(emulator, 'GetUser', { AccessToken: third.AccessToken })).status).toBe(200)
    expect((await callEmulator(emulator, 'RevokeToken', { ClientId: 'client1', Token: third.RefreshToken })).body).toEqual({})
    expect((await callEmulator(emulator, 'GetUser', { AccessToken: third.AccessToken })).body?.message).toBe('Access Token has been revoked')
  })

  it('refuses to revoke an access token or another client\'s token, and ignores an unknown one', async () => {
    const emulator = createCognitoEmulator({ seed: seed({ clients: [{ id: 'client1' }, { id: 'client2' }] }) })
    const signedIn = await passwordSignIn(emulator, 'ann', 'pw-ann')
    expect((await callEmulator(emulator, 'RevokeToken', { ClientId: 'client1', Token: signedIn.AccessToken })).body?.__type).toBe('UnsupportedTokenTypeException')
    expect((await callEmulator(emulator, 'RevokeToken', { ClientId: 'client2', Token: signedIn.RefreshToken })).body?.__type).toBe('UnauthorizedException')
    expect((await callEmulator(emulator, 'RevokeToken', { ClientId: 'client1', Token: 'unknown' })).status).toBe(200)
  })

  it('blocks a signed-in user who is disabled, must reset the password or is unconfirmed afterwards', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const { accessToken } = await emulator.signIn('ann')
    emulator.setUserFlags('ann', { disabled: true })
    expect((await callEmulator(emulator, 'ListDevices', { AccessToken: accessToken })).body).toEqual({ __type: 'NotAuthorizedException', message: 'User is disabled.' })
    emulator.setUserFlags('ann', { disabled: false, passwordResetRequired: true })
    expect((await callEmulator(emulator, 'ListDevices', { AccessToken: accessToken })).body?.__type).toBe('PasswordResetRequiredException')
    emulator.setUserFlags('ann', { passwordResetRequired: false, unconfirmed: true })
    expect((await callEmulator(emulator, 'ListDevices', { AccessToken: accessToken })).body?.__type).toBe('UserNotConfirmedException')
  })

  it('returns the user and attributes from GetUser', async () => {
    const emulator = createCognitoEmulator({ seed: seed() })
    const { accessToken } = await emulator.signIn('ann')
    const answer = await callEmulator(emulator, 'GetUser', { AccessToken: accessToken })
    expect(answer.body).toEqual({
      Username: 'ann',
      UserAttributes: [
        { Name: 'sub', Value: decodeJwt(accessToken).sub },
        { Name: 'email', Value: 'ann@example.com' },
      ],
    })
  })
})
