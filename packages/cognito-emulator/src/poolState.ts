import { AuthSessions } from './authSessions.ts'
import { PaginationTokens } from './pagination.ts'
import { PasskeyStore } from './passkeys/passkeyStore.ts'
import { DEFAULT_CLIENT_ID, DEFAULT_USER_POOL_ID } from './defaultSeed.ts'
import type { EmulatorSeed, SeedAuthFlow, SeedDevice, SeedUndocumentedAnswers } from './seedTypes.ts'
import { resolveThrottling, type ThrottlingLimits } from './throttling.ts'
import { regionOfUserPool } from './wireShapes.ts'

export interface DeviceTrackingSettings {
  /**
   * Cognito's `ChallengeRequiredOnNewDevice`: stored and reported only. In Cognito it lets a
   * remembered device stand in for the MFA factor; the emulator has no MFA, so it changes
   * nothing: remembered devices are challenged (DEVICE_SRP_AUTH) whatever its value.
   */
  readonly challengeRequiredOnNewDevice: boolean
  readonly deviceOnlyRememberedOnUserPrompt: boolean
}

/** The user pool's settings after defaults. Change them at run time with `emulator.pool.configure`. */
export interface PoolSettings {
  readonly id: string
  readonly region: string
  readonly name: string
  /** `false`: device tracking is off. */
  readonly deviceTracking: DeviceTrackingSettings | false
  readonly accessTokenValiditySeconds: number
  readonly refreshTokenValiditySeconds: number
  readonly preventUserExistenceErrors: boolean
  /** The AWS account in `dev:device_arn`. */
  readonly accountId: string
  /** `false`: no quotas. */
  readonly throttling: ThrottlingLimits | false
  readonly undocumented: Required<SeedUndocumentedAnswers>
}

export interface StoredClient {
  readonly id: string
  readonly name: string
  readonly explicitAuthFlows: ReadonlySet<SeedAuthFlow>
}

export interface StoredUser {
  readonly username: string
  password: string
  readonly sub: string
  readonly attributes: Record<string, string>
  passwordResetRequired: boolean
  unconfirmed: boolean
  disabled: boolean
  /** Cognito's `DeviceGroupKey` for this user's devices. */
  readonly deviceGroupKey: string
  /** GlobalSignOut time (epoch ms): access tokens issued before it are revoked. */
  signedOutAt: number | undefined
}

import type { StoredDevice } from './storedDevice.ts'

export type { DeviceSecretVerifier, StoredDevice } from './storedDevice.ts'

export interface StoredRefreshToken {
  readonly token: string
  readonly username: string
  readonly clientId: string
  /** The device the token is bound to (device-tracking pools). */
  readonly deviceKey: string | undefined
  /** Shared by every access token issued from this sign-in; RevokeToken revokes them all. */
  readonly originJti: string
  readonly authTime: number
  readonly expiresAt: number
  revoked: boolean
}

const ALL_FLOWS: readonly SeedAuthFlow[] = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']

const GROUP_KEY_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** Looks like Cognito's device group keys, e.g. `-4b8nCEJxy`. */
function newDeviceGroupKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9))
  return `-${Array.from(bytes, (byte) => GROUP_KEY_ALPHABET[byte % GROUP_KEY_ALPHABET.length]).join('')}`
}

function toDate(value: string | Date | undefined, fallback: Date): Date {
  if (value === undefined) return fallback
  return value instanceof Date ? new Date(value.getTime()) : new Date(value)
}

/** Everything the pool holds: settings, clients, users, devices, refresh tokens and revocations. */
export class PoolState {
  settings: PoolSettings
  readonly clients = new Map<string, StoredClient>()
  private readonly users = new Map<string, StoredUser>()
  private readonly devices = new Map<string, StoredDevice>()
  readonly refreshTokens = new Map<string, StoredRefreshToken>()
  readonly revokedOriginJtis = new Set<string>()
  readonly sessions = new AuthSessions()
  readonly paginationTokens = new PaginationTokens()
  readonly passkeys: PasskeyStore
  /** IAM secret access keys by access key id (the Admin operations' SigV4). */
  readonly iamSecrets = new Map<string, string>()
  /** The Admin actions each access key id may call (`SeedIamCredentials.allowedActions`); absent: all. */
  readonly iamAllowedActions = new Map<string, ReadonlySet<string>>()
  private nextSequence = 1

  constructor(seed: EmulatorSeed, now: Date) {
    const pool = seed.userPool ?? {}
    this.passkeys = new PasskeyStore(pool.webAuthn)
    const id = pool.id ?? DEFAULT_USER_POOL_ID
    this.settings = {
      id,
      region: regionOfUserPool(id),
      name: pool.name ?? id.slice(id.indexOf('_') + 1),
      deviceTracking:
        pool.deviceTracking === false
          ? false
          : {
              challengeRequiredOnNewDevice: pool.deviceTracking?.challengeRequiredOnNewDevice ?? false,
              deviceOnlyRememberedOnUserPrompt: pool.deviceTracking?.deviceOnlyRememberedOnUserPrompt ?? false,
            },
      accessTokenValiditySeconds: pool.accessTokenValiditySeconds ?? 3600,
      refreshTokenValiditySeconds: pool.refreshTokenValiditySeconds ?? 30 * 86_400,
      preventUserExistenceErrors: pool.preventUserExistenceErrors ?? true,
      accountId: pool.accountId ?? '000000000000',
      throttling: resolveThrottling(pool.throttling),
      undocumented: {
        missingAccessToken: pool.undocumented?.missingAccessToken ?? 'validation',
        forgottenDeviceAccessToken: pool.undocumented?.forgottenDeviceAccessToken ?? 'valid',
        unsignedAdminCallStatus: pool.undocumented?.unsignedAdminCallStatus ?? 403,
      },
    }
    for (const credentials of seed.iamCredentials ?? []) {
      this.iamSecrets.set(credentials.accessKeyId, credentials.secretAccessKey)
      if (credentials.allowedActions) this.iamAllowedActions.set(credentials.accessKeyId, new Set(credentials.allowedActions))
    }
    for (const client of seed.clients ?? [{ id: DEFAULT_CLIENT_ID }]) {
      this.clients.set(client.id, {
        id: client.id,
        name: client.name ?? client.id,
        explicitAuthFlows: new Set(client.explicitAuthFlows ?? ALL_FLOWS),
      })
    }
    for (const user of seed.users ?? []) {
      this.users.set(user.username.toLowerCase(), {
        username: user.username,
        password: user.password,
        sub: user.sub ?? crypto.randomUUID(),
        attributes: { ...user.attributes },
        passwordResetRequired: user.passwordResetRequired ?? false,
        unconfirmed: user.unconfirmed ?? false,
        disabled: user.disabled ?? false,
        deviceGroupKey: newDeviceGroupKey(),
        signedOutAt: undefined,
      })
      for (const device of user.devices ?? []) this.addSeedDevice(user.username, device, now)
      for (const passkey of user.passkeys ?? []) this.passkeys.addSeeded(user.username, passkey, pool.webAuthn ? (pool.webAuthn.relyingPartyId ?? '') : '', now)
    }
  }

  /** Usernames are case-insensitive, as in pools created since 2020. */
  findUser(username: string): StoredUser | undefined {
    return this.users.get(username.toLowerCase())
  }

  allUsers(): StoredUser[] {
    return [...this.users.values()]
  }

  findDevice(key: string): StoredDevice | undefined {
    return this.devices.get(key)
  }

  /** The user's devices in creation order. */
  devicesOf(username: string): StoredDevice[] {
    const owner = this.findUser(username)?.username
    return [...this.devices.values()].filter((device) => device.owner === owner).sort((a, b) => a.sequence - b.sequence)
  }

  /** Adds one device as a seed describes it (confirmed; remembered unless it says otherwise). */
  addSeedDevice(username: string, seed: SeedDevice, now: Date): StoredDevice {
    const owner = this.findUser(username)
    if (!owner) throw new Error(`No user ${username}`)
    const createdAt = toDate(seed.createdAt, now)
    const lastAuthenticatedAt = toDate(seed.lastAuthenticatedAt, createdAt)
    const device: StoredDevice = {
      key: seed.key ?? `${this.settings.region}_${crypto.randomUUID()}`,
      owner: owner.username,
      sequence: this.nextSequence++,
      name: seed.name,
      remembered: seed.remembered ?? true,
      confirmed: true,
      lastIpUsed: seed.lastIpUsed,
      createdAt,
      lastModifiedAt: toDate(seed.lastModifiedAt, lastAuthenticatedAt),
      lastAuthenticatedAt,
      attributesOverride: seed.attributes,
      verifier: undefined,
    }
    this.devices.set(device.key, device)
    return device
  }

  /** The device a sign-in without a known DEVICE_KEY gets: unconfirmed until ConfirmDevice. */
  addNewDevice(username: string, sourceIp: string, now: Date): StoredDevice {
    const device = this.addSeedDevice(username, { remembered: false, lastIpUsed: sourceIp, createdAt: now }, now)
    device.confirmed = false
    return device
  }

  forgetDevice(key: string): void {
    this.devices.delete(key)
  }
}
