import { QueryClient, type UseInfiniteQueryResult, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type {
  DeviceKitProviderProps,
  UseCurrentDeviceResult,
  UseDeviceResult,
  UseDevicesResult,
  UseForgetDeviceResult,
  UseSetDeviceRememberedResult,
  deviceQueries,
  useCurrentDevice,
  useDevices,
  useForgetDevice,
  useSetDeviceRemembered} from '../../src';
import {
  ConfigurationError,
  DeviceManager,
  describeDeviceName,
  deviceKeys,
  deviceLocationQuery,
  deviceMutations,
  formatDeviceName,
  forgetOtherDevicesMutation,
  orderDevices,
  signOutEverywhereMutation,
  tokenDeviceApi,
  type DeviceActionsProps,
  type DeviceManagerHeaderProps,
  useDevice,
  type Device,
  type DeviceApi,
  type DeviceNameDescription,
  type DevicePage,
  type DeviceSession,
} from '../../src'

// The types a host codes against. These fail to compile (and so fail `npm test`'s type-check)
// when a public signature drifts.
describe('public types', () => {
  it('useDevice gives a Device query', () => {
    expectTypeOf(useDevice).parameters.toEqualTypeOf<[deviceKey: string]>()
    expectTypeOf<ReturnType<typeof useDevice>>().toMatchTypeOf<UseQueryResult<Device, Error>>()
    expectTypeOf<ReturnType<typeof useDevice>['data']>().toEqualTypeOf<Device | undefined>()
  })

  it('useDevices gives every loaded device, the paging controls and this device', () => {
    type Result = ReturnType<typeof useDevices>
    expectTypeOf<Result['devices']>().toEqualTypeOf<readonly Device[]>()
    expectTypeOf<Result['currentDeviceKey']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Result>().toMatchTypeOf<Pick<UseInfiniteQueryResult<readonly Device[], Error>, 'fetchNextPage' | 'hasNextPage'>>()
  })

  it('useCurrentDevice says which device key it is about', () => {
    expectTypeOf<ReturnType<typeof useCurrentDevice>['deviceKey']>().toEqualTypeOf<string | undefined>()
  })

  it('mutations take exactly what Cognito needs', () => {
    expectTypeOf<ReturnType<typeof useForgetDevice>['forget']>().parameter(0).toEqualTypeOf<string>()
    expectTypeOf<ReturnType<typeof useForgetDevice>['pendingKeys']>().toEqualTypeOf<string[]>()
    expectTypeOf<ReturnType<typeof useSetDeviceRemembered>>().toMatchTypeOf<
      UseMutationResult<void, Error, { readonly deviceKey: string; readonly remembered: boolean }, unknown>
    >()
  })

  it('Device dates are Dates or undefined, never strings or numbers', () => {
    expectTypeOf<Device['createdAt']>().toEqualTypeOf<Date | undefined>()
    expectTypeOf<Device['lastModifiedAt']>().toEqualTypeOf<Date | undefined>()
    expectTypeOf<Device['lastAuthenticatedAt']>().toEqualTypeOf<Date | undefined>()
    expectTypeOf<Device['remembered']>().toEqualTypeOf<boolean | undefined>()
  })

  it('query options carry typed keys and data', () => {
    type Detail = ReturnType<typeof deviceQueries.detail>
    expectTypeOf<Detail['queryKey']>().toMatchTypeOf<readonly unknown[]>()
    expectTypeOf<Parameters<typeof deviceQueries.detail>[1]>().toEqualTypeOf<string>()
    expectTypeOf(deviceKeys.detail('user', 'key')).toEqualTypeOf<readonly ['cognito-devices', 'user', string, 'detail', string]>()
    type List = ReturnType<typeof deviceQueries.list>
    expectTypeOf<List['getNextPageParam']>().returns.toEqualTypeOf<string | undefined | null>()
    expectTypeOf<Parameters<List['getNextPageParam']>[0]>().toEqualTypeOf<DevicePage>()
    expectTypeOf<Parameters<typeof deviceQueries.session>[0]>().toMatchTypeOf<{ api: DeviceApi }>()
    expectTypeOf<DeviceSession>().toEqualTypeOf<{
      readonly userId: string
      readonly currentDeviceKey: string | undefined
      readonly accessTokenLifetimeSeconds?: number | undefined
    }>()
  })

  it("DeviceManager's default parts are statics a host can wrap in `components`", () => {
    expectTypeOf(DeviceManager.Header).parameter(0).toEqualTypeOf<DeviceManagerHeaderProps>()
    expectTypeOf(DeviceManager.Actions).parameter(0).toEqualTypeOf<DeviceActionsProps>()
  })

  // Issue 25 (before -> after): hook results have names; useCurrentDevice's data may be null (no
  // device_key: settled, not pending); every option factory takes the kit's context first;
  // onSignIn became onSessionEnded, the old names still accepted for one release.
  it('every hook result has a name to annotate with', () => {
    expectTypeOf(useDevice).returns.toEqualTypeOf<UseDeviceResult>()
    expectTypeOf<ReturnType<typeof useDevices>>().toEqualTypeOf<UseDevicesResult>()
    expectTypeOf<ReturnType<typeof useCurrentDevice>>().toEqualTypeOf<UseCurrentDeviceResult>()
    expectTypeOf<ReturnType<typeof useForgetDevice>>().toEqualTypeOf<UseForgetDeviceResult>()
    expectTypeOf<ReturnType<typeof useSetDeviceRemembered>>().toEqualTypeOf<UseSetDeviceRememberedResult>()
    expectTypeOf<UseDevicesResult>().toMatchTypeOf<UseInfiniteQueryResult<readonly Device[], Error>>()
  })

  it('useCurrentDevice: before, data was Device | undefined and stayed pending without a device_key; now null says "no device"', () => {
    expectTypeOf<UseCurrentDeviceResult['data']>().toEqualTypeOf<Device | null | undefined>()
    expectTypeOf<UseCurrentDeviceResult>().toMatchTypeOf<UseQueryResult<Device | null, Error>>()
  })

  it('option factories take the context first; mutations no longer need a queryClient', () => {
    const api = tokenDeviceApi({ region: 'eu-west-1', getAccessToken: () => 'token' })
    const session: DeviceSession = { userId: 'user', currentDeviceKey: undefined }
    expectTypeOf(deviceMutations.forget).toBeCallableWith({ api, session })
    expectTypeOf(forgetOtherDevicesMutation).toBeCallableWith({ api, session, queryClient: new QueryClient() }) // it writes its progress while it runs
    expectTypeOf(signOutEverywhereMutation).toBeCallableWith({ api, onSessionEnded: () => undefined })
    expectTypeOf(deviceLocationQuery).toBeCallableWith({ resolveLocation: async () => 'Berlin' }, '192.0.2.1')
    // Before: still accepted, deprecated.
    expectTypeOf(signOutEverywhereMutation).toBeCallableWith({ api, queryClient: new QueryClient(), onSignIn: () => undefined })
    expectTypeOf(deviceLocationQuery).toBeCallableWith(async () => 'Berlin', '192.0.2.1')
  })

  it('DeviceKitProvider takes onSessionEnded; onSignIn, its old name, still', () => {
    expectTypeOf<DeviceKitProviderProps['onSessionEnded']>().toEqualTypeOf<(() => void) | undefined>()
    expectTypeOf<DeviceKitProviderProps['onSignIn']>().toEqualTypeOf<(() => void) | undefined>()
  })

  it('a host names and orders devices as the panel does', () => {
    expectTypeOf(formatDeviceName).toBeCallableWith({ name: undefined })
    expectTypeOf(formatDeviceName).returns.toEqualTypeOf<string>()
    expectTypeOf(describeDeviceName).parameter(0).toEqualTypeOf<string | undefined>()
    expectTypeOf<DeviceNameDescription['deviceType']>().toEqualTypeOf<'desktop' | 'mobile' | 'tablet' | 'unknown'>()
    expectTypeOf(orderDevices).toBeCallableWith([] as readonly Device[], undefined)
    expectTypeOf(orderDevices).returns.toEqualTypeOf<readonly Device[]>()
  })

  it('tokenDeviceApi needs a region or an endpoint, and a token getter', () => {
    expectTypeOf(tokenDeviceApi).toBeCallableWith({ region: 'eu-west-1', getAccessToken: () => 'token' })
    expectTypeOf(tokenDeviceApi).toBeCallableWith({ endpoint: 'http://127.0.0.1:9229/', getAccessToken: async () => undefined })
    // Refused by the types, and at run time with a ConfigurationError (test/api/tokenDeviceApi.test.ts).
    // @ts-expect-error: neither a region nor an endpoint
    expect(() => tokenDeviceApi({ getAccessToken: () => 'token' })).toThrow(ConfigurationError)
    // @ts-expect-error: no way to get the token
    expect(() => tokenDeviceApi({ region: 'eu-west-1' })).toThrow(ConfigurationError)
  })
})

// Every name each package entry exports, values and types ("type X"). A host imports these; a name
// added or removed here is a change of the public API, to be documented (or kept internal).

/** The kit's own layers: data types and errors, the DeviceApi port and adapter, query options, hooks, provider. */
const kit = [
  'CognitoError', 'ConfigurationError', 'InvalidDeviceKeyError', 'MalformedResponseError', 'NetworkError', 'NoSessionError', 'TimeoutError',
  'isRemembered', 'type Device', 'type DeviceAttribute', 'type DevicePage',
  'type CallOptions', 'type DeviceApi', 'type DeviceApiEvent', 'type DeviceSession',
  'tokenDeviceApi', 'type TokenDeviceApi', 'type TokenDeviceApiOptions',
  'deviceKeys', 'deviceQueries', 'type DeviceQueryContext', 'deviceMutations', 'type SetRememberedVariables', 'forgetOtherDevicesMutation',
  'forgetOthersProgressQuery', 'type ForgetFailure', 'type ForgetOthersProgress', 'type ForgetOthersVariables',
  'useDeviceSession', 'type UseDeviceSessionResult', 'useDevice', 'type UseDeviceResult', 'useDevices', 'type UseDevicesResult',
  'useCurrentDevice', 'type UseCurrentDeviceOptions', 'type UseCurrentDeviceResult',
  'useForgetDevice', 'type UseForgetDeviceResult', 'useForgetOtherDevices',
  'useSetDeviceRemembered', 'type UseSetDeviceRememberedResult', 'useRefreshDevices',
  'useCurrentDeviceStatus', 'type CurrentDeviceStatus', 'type CurrentDeviceStatusResult', 'type UseCurrentDeviceStatusResult',
  'useSignOutEverywhere', 'type UseSignOutEverywhereResult', 'signOutEverywhereMutation', 'type SignOutEverywhereContext',
  'useDeviceLocation', 'type DeviceLocation', 'deviceLocationQuery', 'type ResolveLocation', 'formatIpAddress',
  'describeDeviceName', 'formatDeviceName', 'type DeviceNameDescription', 'type DeviceNameText', 'orderDevices',
  'DeviceKitProvider', 'useDeviceKit', 'type DeviceKitProviderProps', 'useDeviceText',
]

/** Text, the error layer, the boundary and the components (each named in src/index.ts, no `export *`). */
const presentation = [
  'registerTranslations', 'type DeviceKitTranslation',
  'classifyError', 'deviceErrorStates', 'misconfigurationOf', 'policyFor', 'errorDetails',
  'type AdminErrorState', 'type ClassifyContext', 'type DeviceErrorState', 'type UserErrorState', 'type ErrorPolicy', 'type ErrorSurface', 'type Misconfiguration', 'type RetryPolicy', 'type ErrorDetails',
  'DeviceErrorBoundary', 'type DeviceErrorBoundaryProps', 'type DeviceErrorFallbackProps', 'DeviceErrorView', 'type DeviceErrorViewProps',
  'englishErrorText',
  'type ErrorSentence', 'type ErrorStateText', 'type ErrorText', 'type ErrorTextDetails', 'type ErrorTextOverrides',
  'DeviceAttributes', 'type DeviceAttributesProps', 'DeviceTimestamps', 'type DeviceTimestampsProps', 'type DeviceTimestampKind',
  'DeviceCard', 'type DeviceCardProps', 'type DeviceCardState', 'type HeadingLevel',
  'DeviceListView', 'type DeviceListViewProps', 'type DeviceListState', 'type DeviceRowContext',
  'ConfirmDialog', 'type ConfirmDialogProps', 'type ConfirmDialogVariant',
  // deprecated aliases of ConfirmDialog's names, for one release
  'ConfirmForgetDialog', 'type ConfirmForgetDialogProps', 'type ForgetVariant',
  'englishDisplayText', 'type DeviceText', 'type DeviceTextTranslation', 'type ResolvedDeviceText', 'type DeviceType', 'type UserAgentDescription',
  'DeviceDetails', 'type DeviceDetailsProps', 'DeviceList', 'type DeviceListProps',
  'DeviceManager', 'type DeviceActionsProps', 'type DeviceManagerAction', 'type DeviceManagerErrorEvent', 'type DeviceManagerEvent',
  'type DeviceManagerHeaderProps', 'type DeviceManagerProps', 'englishManagerText', 'type ManagerText', 'type ResolvedManagerText',
]

/** Passkeys beside devices: model, port, adapter, errors, query options, hooks. */
const passkeys = [
  'type Passkey', 'type PasskeyAttachment', 'type PasskeyCreationOptionsJson', 'type PasskeyPage', 'type PasskeyRegistrationJson',
  'type PasskeyApi', 'tokenPasskeyApi', 'PasskeysUnsupportedError', 'classifyPasskeyError', 'type PasskeyErrorState', 'type PasskeyOnlyErrorState',
  'passkeyKeys', 'passkeyQueries', 'type PasskeyQueryContext', 'passkeyMutations', 'type AddPasskeyResult', 'type RemovePasskeySnapshot',
  'usePasskeys', 'useAddPasskey', 'useRemovePasskey',
  'englishPasskeyText', 'registerPasskeyTranslations', 'type PasskeyText', 'type PasskeyTranslation', 'type ResolvedPasskeyText',
  'PasskeyCard', 'type PasskeyCardProps', 'ConfirmRemovePasskeyDialog', 'type ConfirmRemovePasskeyDialogProps', 'PasskeyManager', 'type PasskeyManagerProps',
  'sessionStatesShownElsewhere',
]

const entries: Record<string, readonly string[]> = {
  'src/index.ts': [...kit, ...presentation, ...passkeys],
  'src/amplify.ts': ['amplifyDeviceApi', 'type AmplifyDeviceApiOptions', 'amplifyPasskeyApi'],
  'src/admin.ts': [
    'adminDeviceApi', 'type AdminDeviceApiOptions', 'type AwsCredentials', 'type AwsCredentialsProvider',
    'AdminCredentialsError', 'type AdminCredentialsProblem', 'TargetUserNotFoundError',
    'AdminDeviceManager', 'type AdminDeviceManagerProps', 'adminErrorText',
    'registerAdminTranslations', 'type AdminTranslation', 'type AdminText', 'type AdminErrorWords',
  ],
  // the admin console's German and Arabic, opt-in as the main entry's locales are
  'src/adminLocales/de.ts': ['adminDe'],
  'src/adminLocales/ar.ts': ['adminAr'],
  'src/locales/de.ts': ['de'],
  'src/locales/ar.ts': ['ar'],
  'src/locales/de-passkeys.ts': ['dePasskeys'],
  'src/locales/ar-passkeys.ts': ['arPasskeys'],
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

/**
 * Issue 25, before -> after. Out: the retry table (`errorPolicy`; `policyFor` still says what it
 * decides for an error) and `useDeviceQueryContext`, internals whose every change would have been a
 * breaking one. In: `ConfirmDialog` (the dialog also asks before signing out everywhere; the old
 * names stay one release), `DeviceRowContext` (what `renderActions` is told), `useDeviceText` (the
 * kit's words for parts of one's own), and the panel's default parts as statics,
 * `DeviceManager.Header` and `DeviceManager.Actions`, which AdminDeviceManager now wraps through the
 * main entry instead of a deep import.
 */
const removedInIssue25 = ['errorPolicy', 'useDeviceQueryContext']
const addedInIssue25 = ['ConfirmDialog', 'type ConfirmDialogProps', 'type ConfirmDialogVariant', 'type DeviceRowContext', 'useDeviceText']

describe('public exports', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const files = Object.keys(entries).map((entry) => `${root}${entry}`)
  const program = ts.createProgram(files, {
    strict: true,
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
  })

  it.each(Object.entries(entries))('%s exports exactly its documented names', (entry, expected) => {
    expect(exportsOf(program, `${root}${entry}`).sort()).toEqual([...expected].sort())
  })

  it('the main entry no longer exports the internals it did, and exports the parts it hid', () => {
    const names = exportsOf(program, `${root}src/index.ts`)
    expect(names.filter((name) => removedInIssue25.includes(name))).toEqual([])
    expect(addedInIssue25.filter((name) => !names.includes(name))).toEqual([])
  })
})
