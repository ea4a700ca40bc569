import { http, HttpResponse } from 'msw'

/**
 * A stand-in for Cognito's Admin device operations until the emulator has them: the answer shapes of
 * the API reference (AdminGetDevice `{Device}`, AdminListDevices `{Devices, PaginationToken?}`, empty
 * answers for AdminForgetDevice and AdminUpdateDeviceStatus) and the admin-only attribute
 * `dev:device_remembered_status`, with not-remembered devices still listed. Requests without a SigV4
 * Authorization for `accessKeyId` are answered UnrecognizedClientException, an unknown user
 * UserNotFoundException, an unknown device ResourceNotFoundException.
 */
export interface WireDevice {
  DeviceKey: string
  DeviceAttributes: { Name: string; Value: string }[]
  DeviceCreateDate: number
  DeviceLastModifiedDate: number
  DeviceLastAuthenticatedDate: number
}

export function wireDevice(deviceKey: string, name: string, remembered: boolean, owner: string): WireDevice {
  return {
    DeviceKey: deviceKey,
    DeviceAttributes: [
      { Name: 'device_status', Value: 'valid' },
      { Name: 'device_name', Value: name },
      { Name: 'dev:device_remembered_status', Value: remembered ? 'remembered' : 'not_remembered' },
      { Name: 'dev:device_owner', Value: `${owner}.eu-west-1_AbC123` },
      { Name: 'last_ip_used', Value: '203.0.113.7' },
    ],
    DeviceCreateDate: 1767225600.123,
    DeviceLastModifiedDate: 1767312000.456,
    DeviceLastAuthenticatedDate: 1767398400,
  }
}

export function adminCognitoDouble(options: { endpoint: string; userPoolId: string; accessKeyId: string; devices: Record<string, WireDevice[]> }) {
  const devices = new Map(Object.entries(options.devices).map(([username, list]) => [username, [...list]]))
  /** Every Admin operation received, as `Operation:Username`. */
  const calls: string[] = []

  const error = (type: string, message: string) =>
    HttpResponse.json({ __type: type, message }, { status: 400, headers: { 'x-amzn-errortype': `${type}:`, 'x-amzn-requestid': 'double-request' } })

  const handler = http.post(options.endpoint, async ({ request }) => {
    if (!request.headers.get('authorization')?.startsWith(`AWS4-HMAC-SHA256 Credential=${options.accessKeyId}/`)) {
      return error('UnrecognizedClientException', 'The security token included in the request is invalid.')
    }
    const operation = request.headers.get('x-amz-target')?.replace('AWSCognitoIdentityProviderService.', '') ?? ''
    const input = (await request.json()) as { UserPoolId?: string; Username?: string; DeviceKey?: string; DeviceRememberedStatus?: string; Limit?: number; PaginationToken?: string }
    calls.push(`${operation}:${input.Username}`)
    if (input.UserPoolId !== options.userPoolId) return error('ResourceNotFoundException', 'User pool does not exist.')
    const list = devices.get(input.Username ?? '')
    if (!list) return error('UserNotFoundException', 'User does not exist.')
    const device = list.find((candidate) => candidate.DeviceKey === input.DeviceKey)

    switch (operation) {
      case 'AdminListDevices': {
        const start = Number(input.PaginationToken ?? 0)
        const end = start + (input.Limit ?? 60)
        return HttpResponse.json({ Devices: list.slice(start, end), ...(end < list.length ? { PaginationToken: String(end) } : {}) })
      }
      case 'AdminGetDevice':
        return device ? HttpResponse.json({ Device: device }) : error('ResourceNotFoundException', 'Device does not exist.')
      case 'AdminForgetDevice':
        if (!device) return error('ResourceNotFoundException', 'Device does not exist.')
        list.splice(list.indexOf(device), 1)
        return HttpResponse.json({})
      case 'AdminUpdateDeviceStatus': {
        if (!device) return error('ResourceNotFoundException', 'Device does not exist.')
        const status = device.DeviceAttributes.find((attribute) => attribute.Name === 'dev:device_remembered_status')
        if (status) status.Value = input.DeviceRememberedStatus ?? ''
        return HttpResponse.json({})
      }
      default:
        return error('UnknownOperationException', '')
    }
  })

  return { handler, calls, devicesOf: (username: string) => devices.get(username) ?? [] }
}
