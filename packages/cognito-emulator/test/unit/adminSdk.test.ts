import {
  AdminForgetDeviceCommand,
  AdminGetDeviceCommand,
  AdminListDevicesCommand,
  AdminUpdateDeviceStatusCommand,
  CognitoIdentityProviderClient,
  ConfirmDeviceCommand,
  InitiateAuthCommand,
  ResourceNotFoundException,
  UpdateDeviceStatusCommand,
  type DeviceType,
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulatorServer, type EmulatorServer } from '../../src/node.ts'

const POOL = 'us-east-1_AdminPool'
const CLIENT_ID = 'adminclient'
const CREDENTIALS = { accessKeyId: 'AKIAEMULATORADMIN001', secretAccessKey: 'emulator-admin-secret' }
/** A principal whose policy allows reading devices but not forgetting them (`allowedActions`). */
const READ_ONLY = { accessKeyId: 'AKIAEMULATORREADONLY', secretAccessKey: 'emulator-read-only-secret', allowedActions: ['AdminGetDevice', 'AdminListDevices'] } as const

let server: EmulatorServer
const clients: CognitoIdentityProviderClient[] = []

function client(credentials: { accessKeyId: string; secretAccessKey: string }) {
  const created = new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint: server.url, credentials, maxAttempts: 1 })
  clients.push(created)
  return created
}

beforeAll(async () => {
  server = await startEmulatorServer({
    port: 0,
    seed: {
      userPool: { id: POOL, accountId: '123456789012' },
      clients: [{ id: CLIENT_ID }],
      users: [{ username: 'Dana', password: 'pw-dana' }],
      iamCredentials: [CREDENTIALS, READ_ONLY],
    },
  })
})

afterAll(async () => {
  for (const created of clients) created.destroy()
  await server.close()
})

function attributes(device: DeviceType | undefined) {
  return Object.fromEntries((device?.DeviceAttributes ?? []).map((attribute) => [attribute.Name, attribute.Value]))
}

describe('Admin device operations through @aws-sdk/client-cognito-identity-provider (SigV4)', () => {
  it('signed with the seed credentials: sees not_remembered devices with the dev:* attributes, updates and forgets them', async () => {
    const user = client({ accessKeyId: 'unused', secretAccessKey: 'unused' })
    const admin = client(CREDENTIALS)
    const { AuthenticationResult } = await user.send(
      new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: CLIENT_ID, AuthParameters: { USERNAME: 'dana', PASSWORD: 'pw-dana' } }),
    )
    const AccessToken = AuthenticationResult!.AccessToken!
    const DeviceKey = AuthenticationResult!.NewDeviceMetadata!.DeviceKey!
    await user.send(new ConfirmDeviceCommand({ AccessToken, DeviceKey, DeviceName: 'Dana laptop' }))
    await user.send(new UpdateDeviceStatusCommand({ AccessToken, DeviceKey, DeviceRememberedStatus: 'not_remembered' }))

    const { Device } = await admin.send(new AdminGetDeviceCommand({ UserPoolId: POOL, Username: 'dana', DeviceKey }))
    expect(attributes(Device)).toEqual({
      device_status: 'valid',
      device_name: 'Dana laptop',
      last_ip_used: '127.0.0.1',
      'dev:device_remembered_status': 'not_remembered',
      'dev:device_owner': `Dana.${POOL}`,
      'dev:device_arn': `arn:aws:cognito-idp:us-east-1:123456789012:owner/Dana.${POOL}/device/${DeviceKey}`,
      'dev:device_sdk': 'aws-sdk',
    })
    const listed = await admin.send(new AdminListDevicesCommand({ UserPoolId: POOL, Username: 'dana' }))
    expect(listed.Devices?.map((device) => device.DeviceKey)).toEqual([DeviceKey])

    await admin.send(new AdminUpdateDeviceStatusCommand({ UserPoolId: POOL, Username: 'dana', DeviceKey, DeviceRememberedStatus: 'remembered' }))
    const remembered = await admin.send(new AdminGetDeviceCommand({ UserPoolId: POOL, Username: 'dana', DeviceKey }))
    expect(attributes(remembered.Device)['dev:device_remembered_status']).toBe('remembered')

    await admin.send(new AdminForgetDeviceCommand({ UserPoolId: POOL, Username: 'dana', DeviceKey }))
    await expect(admin.send(new AdminGetDeviceCommand({ UserPoolId: POOL, Username: 'dana', DeviceKey }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    )
  })

  it.each([
    ['an access key the pool does not know', { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }, 'UnrecognizedClientException', 'The security token included in the request is invalid.'],
    [
      'the right key with a wrong secret',
      { accessKeyId: CREDENTIALS.accessKeyId, secretAccessKey: 'wrong' },
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    ],
  ])('signed with %s: answers %s', async (_case, credentials, name, message) => {
    const call = client(credentials).send(new AdminListDevicesCommand({ UserPoolId: POOL, Username: 'dana' }))
    await expect(call).rejects.toMatchObject({ name, message, $metadata: { httpStatusCode: 400 } })
  })

  it('signed for another region: answers InvalidSignatureException naming the region, as AWS does', async () => {
    const elsewhere = new CognitoIdentityProviderClient({ region: 'eu-west-1', endpoint: server.url, credentials: CREDENTIALS, maxAttempts: 1 })
    clients.push(elsewhere)
    await expect(elsewhere.send(new AdminListDevicesCommand({ UserPoolId: POOL, Username: 'dana' }))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      message: "Credential should be scoped to a valid region, not 'eu-west-1'. ",
      $metadata: { httpStatusCode: 400 },
    })
  })

  const unsignedCall = () =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.AdminListDevices' },
      body: JSON.stringify({ UserPoolId: POOL, Username: 'dana' }),
    })

  it('unsigned: answers MissingAuthenticationTokenException with 403 (the documented status), or 400 when the seed asks', async () => {
    const response = await unsignedCall()
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({ __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' })

    const settings = server.emulator.settings()
    server.emulator.configurePool({ undocumented: { ...settings.undocumented, unsignedAdminCallStatus: 400 } })
    try {
      expect((await unsignedCall()).status).toBe(400)
    } finally {
      server.emulator.configurePool({ undocumented: settings.undocumented })
    }
  })

  it("an action the principal's policy does not allow: AccessDeniedException as AWS answers it, and nothing changes", async () => {
    const readOnly = client(READ_ONLY)
    const listed = await readOnly.send(new AdminListDevicesCommand({ UserPoolId: POOL, Username: 'dana' }))
    expect(listed.Devices).toBeDefined()

    const forget = readOnly.send(new AdminForgetDeviceCommand({ UserPoolId: POOL, Username: 'dana', DeviceKey: 'us-east-1_00000000-0000-4000-8000-000000000001' }))

    await expect(forget).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message:
        'User: arn:aws:iam::123456789012:user/AKIAEMULATORREADONLY is not authorized to perform: cognito-idp:AdminForgetDevice on resource: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AdminPool because no identity-based policy allows the cognito-idp:AdminForgetDevice action',
      $metadata: { httpStatusCode: 400 },
    })
  })
})
