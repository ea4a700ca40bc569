import { generateDevices } from './generateDevices.ts'
import type { EmulatorSeed } from './seedTypes.ts'

export const DEFAULT_USER_POOL_ID = 'us-east-1_Example'
export const DEFAULT_CLIENT_ID = 'democlient0000000000000000'

/**
 * The default seed's IAM credentials for the Admin operations (obviously fake; the emulator checks
 * SigV4 signatures made with them).
 */
export const DEMO_IAM_CREDENTIALS = {
  accessKeyId: 'AKIAEMULATOREXAMPLE1',
  secretAccessKey: 'emulator/secret/NOT-A-REAL-AWS-KEY/0000000',
} as const

/** The password of every user in the default seed. */
export const DEMO_PASSWORD = 'Demo-Passw0rd!'

/** Users of the default seed, by what signing in as them shows. */
export const DEMO_USERS = {
  /** Six devices, five remembered; one used a year ago. */
  demo: 'demo@example.com',
  /** 130 devices: three pages of ListDevices. */
  manyDevices: 'many-devices@example.com',
  /** Sign-in answers PasswordResetRequiredException. */
  passwordResetRequired: 'reset-required@example.com',
  /** Sign-in answers UserNotConfirmedException. */
  unconfirmed: 'unconfirmed@example.com',
  /** Sign-in answers NotAuthorizedException "User is disabled." */
  disabled: 'disabled@example.com',
} as const

const DAY_MS = 86_400_000

function daysAgo(now: Date, days: number, hours = 0): string {
  return new Date(now.getTime() - days * DAY_MS - hours * 3_600_000).toISOString()
}

/**
 * The built-in seed: pool `us-east-1_Example` with device tracking "always remember", client
 * `DEFAULT_CLIENT_ID`, the demo user with realistic devices, users in each blocked state, and
 * `DEMO_IAM_CREDENTIALS` for the Admin operations. Cognito's default quotas apply.
 * Dates are relative to `now`.
 */
export function defaultSeed(now: Date = new Date()): EmulatorSeed {
  return {
    userPool: {
      id: DEFAULT_USER_POOL_ID,
      name: 'Example',
      deviceTracking: { challengeRequiredOnNewDevice: false, deviceOnlyRememberedOnUserPrompt: false },
      // Passkeys for pages on http://localhost:<any port> (a relying party id must be a domain, not 127.0.0.1).
      webAuthn: { relyingPartyId: 'localhost' },
    },
    clients: [{ id: DEFAULT_CLIENT_ID, name: 'demo web client' }],
    iamCredentials: [DEMO_IAM_CREDENTIALS],
    users: [
      {
        username: DEMO_USERS.demo,
        password: DEMO_PASSWORD,
        sub: '4f1c2b3a-0d9e-4c8b-a7f6-5e4d3c2b1a00',
        attributes: { email: DEMO_USERS.demo, email_verified: 'true', name: 'Demo User' },
        devices: [
          {
            key: 'us-east-1_1f0e3d2c-4b5a-4968-8776-a5b4c3d2e101',
            name: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
            lastIpUsed: '203.0.113.24',
            createdAt: daysAgo(now, 120),
            lastModifiedAt: daysAgo(now, 0, 2),
            lastAuthenticatedAt: daysAgo(now, 0, 2),
          },
          {
            key: 'us-east-1_2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c02',
            name: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
            lastIpUsed: '198.51.100.77',
            createdAt: daysAgo(now, 60),
            lastModifiedAt: daysAgo(now, 3),
            lastAuthenticatedAt: daysAgo(now, 3),
          },
          {
            key: 'us-east-1_3b2c4d5e-6f70-4b8c-9dae-1f2a3b4c5d03',
            name: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
            lastIpUsed: '2001:db8:85a3::8a2e:370:7334',
            createdAt: daysAgo(now, 45),
            lastModifiedAt: daysAgo(now, 10),
            lastAuthenticatedAt: daysAgo(now, 10),
          },
          {
            key: 'us-east-1_4c3d5e6f-7081-4c9d-aebf-2a3b4c5d6e04',
            name: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
            remembered: false,
            lastIpUsed: '203.0.113.199',
            createdAt: daysAgo(now, 20),
            lastModifiedAt: daysAgo(now, 20),
            lastAuthenticatedAt: daysAgo(now, 20),
          },
          {
            key: 'us-east-1_5d4e6f70-8192-4dae-bfc0-3b4c5d6e7f05',
            name: 'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
            lastIpUsed: '192.0.2.14',
            createdAt: daysAgo(now, 400),
            lastModifiedAt: daysAgo(now, 365),
            lastAuthenticatedAt: daysAgo(now, 365),
          },
          {
            key: 'us-east-1_6e5f7081-92a3-4ebf-c0d1-4c5d6e7f8006',
            name: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
            lastIpUsed: '203.0.113.24',
            createdAt: daysAgo(now, 90),
            lastModifiedAt: daysAgo(now, 30),
            lastAuthenticatedAt: daysAgo(now, 30),
          },
        ],
      },
      {
        username: DEMO_USERS.manyDevices,
        password: DEMO_PASSWORD,
        attributes: { email: DEMO_USERS.manyDevices, email_verified: 'true' },
        devices: generateDevices(130, { newest: now, keyOffset: 0x100000 }),
      },
      {
        username: DEMO_USERS.passwordResetRequired,
        password: DEMO_PASSWORD,
        attributes: { email: DEMO_USERS.passwordResetRequired },
        passwordResetRequired: true,
      },
      {
        username: DEMO_USERS.unconfirmed,
        password: DEMO_PASSWORD,
        attributes: { email: DEMO_USERS.unconfirmed },
        unconfirmed: true,
      },
      {
        username: DEMO_USERS.disabled,
        password: DEMO_PASSWORD,
        attributes: { email: DEMO_USERS.disabled },
        disabled: true,
      },
    ],
  }
}
