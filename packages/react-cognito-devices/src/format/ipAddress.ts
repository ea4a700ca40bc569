/**
 * `last_ip_used` -> the text a card shows after "last used from". Cognito fills the attribute with
 * the caller's address (IPv4 or IPv6), but like every device attribute it reaches the page as
 * untrusted text. Only a well-formed address is shown, exactly as sent; anything else (garbage,
 * control characters, markup, a 2048-character value, an IPv6 zone such as `%eth0`, which names a
 * network interface of the server and is free text) is not shown at all: it is not an address, and
 * "last used from <garbage>" would claim it were. The raw attribute stays in the attribute list,
 * where every value is rendered as text.
 *
 * The rules are those of Node's `net.isIP` without zones (the property test uses it as the oracle):
 * IPv4 is four decimal numbers 0–255 without leading zeros; IPv6 is eight groups of 1–4 hex digits,
 * one `::` standing for one or more zero groups, the last two groups optionally written as IPv4.
 */

/** The longest address text: eight groups with the last two as IPv4 (`ffff:…:ffff:255.255.255.255`). */
const MAX_ADDRESS_LENGTH = 45

const IPV4_PART = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/
const IPV6_GROUP = /^[\dA-Fa-f]{1,4}$/

/** `value` when it is an IPv4 or IPv6 address (no zone), else undefined. Never throws. */
export function formatIpAddress(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ADDRESS_LENGTH) return undefined
  return isIpv4(value) || isIpv6(value) ? value : undefined
}

function isIpv4(value: string): boolean {
  const parts = value.split('.')
  return parts.length === 4 && parts.every((part) => IPV4_PART.test(part))
}

function isIpv6(value: string): boolean {
  const halves = value.split('::')
  if (halves.length > 2) return false
  const groups = halves.map(groupsOf)
  if (groups.some((half) => half === undefined)) return false
  const [head = [], tail = []] = groups as string[][]
  const all = [...head, ...tail]
  // An IPv4 tail counts as two groups, and may only come last (not before a closing `::`).
  const last = value.endsWith(':') ? undefined : all.at(-1)
  const ipv4Tail = last?.includes('.') === true
  if (ipv4Tail && !isIpv4(last as string)) return false
  const hexGroups = ipv4Tail ? all.slice(0, -1) : all
  if (!hexGroups.every((group) => IPV6_GROUP.test(group))) return false
  const count = hexGroups.length + (ipv4Tail ? 2 : 0)
  return halves.length === 2 ? count <= 7 : count === 8
}

/** The groups of one side of `::` (none for an empty side), or undefined when a group is empty. */
function groupsOf(half: string): string[] | undefined {
  if (half === '') return []
  const groups = half.split(':')
  return groups.includes('') ? undefined : groups
}
