import type { SeedDevice } from './seedTypes.ts'

export interface GenerateDevicesOptions {
  /** Region prefix of the keys. Default `us-east-1`. */
  readonly region?: string
  /** The newest device's last sign-in; each next device is one hour older. Default now. */
  readonly newest?: Date
  /** Makes keys differ between users given the same count. Default 0. */
  readonly keyOffset?: number
}

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
]

const HOUR_MS = 3_600_000

/** A valid, stable device key: `<region>_00000000-0000-4000-8000-<12 hex digits of n>`. */
export function deviceKeyFor(region: string, n: number): string {
  return `${region}_00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
}

/**
 * `count` remembered devices with stable keys, rotating real user agents as names, one hour apart.
 * For tests and stories that need many devices (pagination: 130 gives three pages of 60).
 */
export function generateDevices(count: number, options: GenerateDevicesOptions = {}): SeedDevice[] {
  const region = options.region ?? 'us-east-1'
  const newest = (options.newest ?? new Date()).getTime()
  const offset = options.keyOffset ?? 0
  return Array.from({ length: count }, (_, index) => {
    const lastAuthenticatedAt = new Date(newest - index * HOUR_MS)
    return {
      key: deviceKeyFor(region, offset + index + 1),
      name: USER_AGENTS[index % USER_AGENTS.length],
      remembered: true,
      lastIpUsed: `198.51.100.${(index % 254) + 1}`,
      createdAt: new Date(lastAuthenticatedAt.getTime() - 30 * 24 * HOUR_MS).toISOString(),
      lastModifiedAt: lastAuthenticatedAt.toISOString(),
      lastAuthenticatedAt: lastAuthenticatedAt.toISOString(),
    }
  })
}
