/**
 * The demo's `resolveLocation`: a made-up table for the emulator's documentation addresses (RFC 5737
 * / RFC 3849), answered after a short wait as a host's GeoIP lookup would. A real host asks its own
 * GeoIP database or service here; the kit ships no GeoIP data and calls no third party.
 */
const PLACES: Readonly<Record<string, string>> = {
  '203.0.113.24': 'Berlin, Germany',
  '198.51.100.77': 'Lisbon, Portugal',
  '2001:db8:85a3::8a2e:370:7334': 'Cairo, Egypt',
  '203.0.113.199': 'Berlin, Germany',
  '192.0.2.14': 'Osaka, Japan',
}

export function resolveDemoPlace(ipAddress: string): Promise<string | undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(PLACES[ipAddress]), 150))
}
