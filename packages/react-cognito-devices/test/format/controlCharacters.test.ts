import { describe, expect, it } from 'vitest'
import { revealControlCharacters } from '../../src/format/controlCharacters'

describe('revealControlCharacters', () => {
  it('shows a right-to-left override as a visible code point', () => {
    expect(revealControlCharacters('evil\u202Etxt.exe')).toBe('evil[U+202E]txt.exe')
  })

  it('shows every bidi embedding, override and isolate', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069'
    expect(revealControlCharacters(controls)).toBe(
      '[U+202A][U+202B][U+202C][U+202D][U+202E][U+2066][U+2067][U+2068][U+2069]',
    )
  })

  it('shows C0 and C1 control characters and DEL', () => {
    expect(revealControlCharacters('a\u0000b\u001Bc\u007Fd\u0085e')).toBe('a[U+0000]b[U+001B]c[U+007F]d[U+0085]e')
  })

  it('turns tabs and line breaks into spaces', () => {
    expect(revealControlCharacters('a\tb\nc\r\nd')).toBe('a b c  d')
  })

  it('keeps Arabic text, emoji and markup-looking text unchanged', () => {
    const value = 'جهاز مريم 📱 <script>alert(1)</script>'
    expect(revealControlCharacters(value)).toBe(value)
  })
})
