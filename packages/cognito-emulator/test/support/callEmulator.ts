import type { CognitoEmulator } from '../../src/index.ts'

export interface EmulatorAnswer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  /** The parsed body; `undefined` when it is empty or not JSON. */
  readonly body: Record<string, unknown> | undefined
}

function parseBody(text: string): Record<string, unknown> | undefined {
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** Sends one awsJson1_1 call to `emulator.handle` as a client would. */
export async function callEmulator(
  emulator: CognitoEmulator,
  operation: string,
  input: unknown,
  sourceIp?: string,
): Promise<EmulatorAnswer> {
  const request = new Request('http://cognito.test/', {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(input),
  })
  const response = await emulator.handle(request, sourceIp === undefined ? {} : { sourceIp })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, body: parseBody(text) }
}

/** Signs in with USER_PASSWORD_AUTH over the wire and returns the AuthenticationResult. */
export async function passwordSignIn(emulator: CognitoEmulator, username: string, password: string, deviceKey?: string) {
  const answer = await callEmulator(emulator, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: emulator.clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) },
  })
  if (answer.status !== 200) throw new Error(`sign-in failed: ${answer.text}`)
  return answer.body?.AuthenticationResult as {
    AccessToken: string
    IdToken: string
    RefreshToken: string
    ExpiresIn: number
    TokenType: string
    NewDeviceMetadata?: { DeviceKey: string; DeviceGroupKey: string }
  }
}
