import { describe, expect, it } from 'vitest'
import { createCognitoEmulator } from '../../src/index.ts'
import { callEmulator } from '../support/callEmulator.ts'

const TOKEN = 'aaa.bbb.ccc'

describe('request validation (service model constraints)', () => {
  it.each([
    ['GetDevice without DeviceKey', 'GetDevice', { AccessToken: TOKEN }, "Value null at 'deviceKey' failed to satisfy constraint: Member must not be null"],
    ['GetDevice without AccessToken', 'GetDevice', { DeviceKey: 'us-east-1_a' }, "Value null at 'accessToken' failed to satisfy constraint: Member must not be null"],
    ['an empty DeviceKey', 'GetDevice', { AccessToken: TOKEN, DeviceKey: '' }, "Value '' at 'deviceKey' failed to satisfy constraint: Member must have length greater than or equal to 1"],
    ['a DeviceKey over 55 characters', 'ForgetDevice', { AccessToken: TOKEN, DeviceKey: `us-east-1_${'a'.repeat(46)}` }, 'Member must have length less than or equal to 55'],
    ['a DeviceKey off the pattern', 'UpdateDeviceStatus', { AccessToken: TOKEN, DeviceKey: 'us-east-1_XYZ' }, "Value 'us-east-1_XYZ' at 'deviceKey' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-f-]+"],
    ['an AccessToken off the pattern, without echoing it', 'GetUser', { AccessToken: 'a b' }, "Value at 'accessToken' failed to satisfy constraint: Member must satisfy regular expression pattern"],
    ['Limit above 60', 'ListDevices', { AccessToken: TOKEN, Limit: 61 }, "Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60"],
    ['Limit below 0', 'ListDevices', { AccessToken: TOKEN, Limit: -1 }, "Value '-1' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 0"],
    ['an empty PaginationToken', 'ListDevices', { AccessToken: TOKEN, PaginationToken: '' }, "at 'paginationToken' failed to satisfy constraint: Member must have length greater than or equal to 1"],
    ['a PaginationToken with spaces', 'ListDevices', { AccessToken: TOKEN, PaginationToken: 'a b' }, "at 'paginationToken' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\S]+"],
    ['an unknown DeviceRememberedStatus', 'UpdateDeviceStatus', { AccessToken: TOKEN, DeviceKey: 'us-east-1_a', DeviceRememberedStatus: 'forever' }, "Value 'forever' at 'deviceRememberedStatus' failed to satisfy constraint: Member must satisfy enum value set: [remembered, not_remembered]"],
    ['a DeviceName over 1024 characters', 'ConfirmDevice', { AccessToken: TOKEN, DeviceKey: 'us-east-1_a', DeviceName: 'x'.repeat(1025) }, "at 'deviceName' failed to satisfy constraint: Member must have length less than or equal to 1024"],
    ['an unknown AuthFlow', 'InitiateAuth', { AuthFlow: 'MAGIC', ClientId: 'c' }, "Value 'MAGIC' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set"],
    ['InitiateAuth without ClientId', 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH' }, "Value null at 'clientId' failed to satisfy constraint: Member must not be null"],
    ['GetTokensFromRefreshToken without RefreshToken', 'GetTokensFromRefreshToken', { ClientId: 'c' }, "Value null at 'refreshToken' failed to satisfy constraint: Member must not be null"],
    ['RevokeToken without Token', 'RevokeToken', { ClientId: 'c' }, "Value null at 'token' failed to satisfy constraint: Member must not be null"],
  ])('refuses %s with InvalidParameterException naming the member', async (_case, operation, input, message) => {
    const answer = await callEmulator(createCognitoEmulator(), operation, input)
    expect(answer.status).toBe(400)
    expect(answer.body?.__type).toBe('InvalidParameterException')
    expect(answer.body?.message).toContain(message)
  })

  it('never echoes a token in a validation message', async () => {
    const answer = await callEmulator(createCognitoEmulator(), 'GetUser', { AccessToken: 'secret token' })
    expect(answer.body?.__type).toBe('InvalidParameterException')
    expect(answer.body?.message).not.toContain('secret')
  })

  it('reports every violation at once, counted', async () => {
    const answer = await callEmulator(createCognitoEmulator(), 'ListDevices', { Limit: 99 })
    expect(answer.body?.message).toMatch(/^2 validation errors detected: Value null at 'accessToken'.*; Value '99' at 'limit'/)
  })

  it.each([
    ['AuthParameters without USERNAME', { PASSWORD: 'x' }, 'Missing required parameter USERNAME'],
    ['AuthParameters without PASSWORD', { USERNAME: 'x' }, 'Missing required parameter PASSWORD'],
  ])('refuses %s', async (_case, AuthParameters, message) => {
    const emulator = createCognitoEmulator()
    const answer = await callEmulator(emulator, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: emulator.clientId, AuthParameters })
    expect(answer.body).toEqual({ __type: 'InvalidParameterException', message })
  })

  it.each([
    ['a string Limit', 'ListDevices', { AccessToken: TOKEN, Limit: '10' }],
    ['a numeric DeviceKey', 'GetDevice', { AccessToken: TOKEN, DeviceKey: 42 }],
    ['a list as AuthParameters', 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'c', AuthParameters: ['x'] }],
    ['a string DeviceSecretVerifierConfig', 'ConfirmDevice', { AccessToken: TOKEN, DeviceKey: 'us-east-1_a', DeviceSecretVerifierConfig: 'x' }],
  ])('answers %s (a member of the wrong JSON type) with SerializationException', async (_case, operation, input) => {
    const answer = await callEmulator(createCognitoEmulator(), operation, input)
    expect(answer.status).toBe(400)
    expect(answer.body?.__type).toBe('SerializationException')
  })

  it('checks the request before the token', async () => {
    const answer = await callEmulator(createCognitoEmulator(), 'GetDevice', { AccessToken: 'expired.or.not', DeviceKey: 'nope' })
    expect(answer.body?.__type).toBe('InvalidParameterException')
  })
})
