/**
 * Device attribute values are untrusted text. React already renders them as text (never HTML), but
 * a value can still carry invisible characters that reorder or hide the UI around it: C0/C1 control
 * characters and the explicit bidi embeddings, overrides and isolates (U+202A..U+202E,
 * U+2066..U+2069). Those are made VISIBLE as `[U+202E]` so the value cannot reorder surrounding text
 * and a reader can still see that something odd was sent. Components also wrap values in
 * `<bdi dir="auto">`, so right-to-left text (Arabic, Hebrew) keeps its natural direction.
 * Tab, line feed and carriage return become a plain space.
 */

// C0 controls, DEL, C1 controls, bidi embeddings/overrides (202A-202E) and isolates (2066-2069).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const REVEALED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g
const WHITESPACE_CONTROLS = /[\t\n\r]/g

/** The code point as `U+XXXX` (at least four hex digits, upper case). */
function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** `value` with control and bidi-override characters shown as `[U+XXXX]`; tabs and newlines as spaces. */
export function revealControlCharacters(value: string): string {
  return value.replace(WHITESPACE_CONTROLS, ' ').replace(REVEALED, (character) => `[${codePointName(character)}]`)
}
