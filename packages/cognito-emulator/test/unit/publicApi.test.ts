import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// The package's public names, entry by entry: a rename or a removal here is a breaking change (CHANGELOG).
const emulator = [
  'createCognitoEmulator', 'type CognitoEmulator', 'type CognitoEmulatorOptions', 'type DirectSignInOptions', 'type DirectSignInResult',
  'type EmulatedDevice', 'type HandleContext', 'type UserFlags',
  'DEFAULT_CLIENT_ID', 'DEFAULT_USER_POOL_ID', 'DEMO_IAM_CREDENTIALS', 'COGNITO_DEFAULT_QUOTAS', 'DEMO_PASSWORD', 'DEMO_USERS', 'defaultSeed', 'deviceKeyFor', 'generateDevices', 'type GenerateDevicesOptions',
  'validateSeed', 'SeedValidationError',
  'type EmulatorSeed', 'type SeedAppClient', 'type SeedAuthFlow', 'type SeedDevice', 'type SeedDeviceAttribute', 'type SeedDeviceTracking', 'type SeedIamCredentials', 'type AdminActionName', 'type SeedThrottling', 'type SeedUndocumentedAnswers', 'type SeedUser', 'type SeedUserPool', 'type SeedWebAuthn', 'type SeedWebAuthnCredential', 'createSoftwareAuthenticator', 'type CreationOptionsJson', 'type RegisterOptions', 'type SoftwareAuthenticator', 'type SoftwareRegistration',
  'type EmulatorClock', 'type ErrorFault', 'type FaultControl', 'type FaultTarget', 'type LatencyFault', 'type MalformedBodyFault', 'type OperationFault', 'type ThrottleFault',
  'type RecordedRequest', 'type PoolSettings', 'type DeviceTrackingSettings', 'OPERATION_NAMES', 'type OperationName',
]

const entries: Record<string, readonly string[]> = {
  'src/index.ts': emulator,
  'src/node.ts': [...emulator, 'startEmulatorServer', 'type EmulatorServer', 'type EmulatorServerOptions'],
  'src/msw.ts': ['cognitoHandlers', 'type CognitoHandlersOptions'],
}

/** What an entry module exports, as TypeScript sees it: values by name, type-only names as "type X". */
function exportsOf(program: ts.Program, file: string): string[] {
  const checker = program.getTypeChecker()
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
    return target.flags & ts.SymbolFlags.Value ? symbol.name : `type ${symbol.name}`
  })
}

describe('public exports', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const program = ts.createProgram(
    Object.keys(entries).map((entry) => `${root}${entry}`),
    { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, allowImportingTsExtensions: true, skipLibCheck: true, noEmit: true },
  )

  it.each(Object.entries(entries))('%s exports exactly its documented names', (entry, expected) => {
    expect(exportsOf(program, `${root}${entry}`).sort()).toEqual([...expected].sort())
  })
})
