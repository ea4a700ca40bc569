import { act, cleanup, fireEvent, render } from '@testing-library/react'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import type { Device } from '../../src/model/device'
import { DeviceAttributes, DeviceCard, DeviceListView, DeviceTimestamps } from '../../src/components'
import { resolveDisplayText } from '../../src/i18n/translations'
import { revealControlCharacters } from '../../src/format/controlCharacters'
import { isKnownDate } from '../../src/format/timestamp'
import { anyDate, arbitraryDevice, arbitraryDeviceList, deviceAttribute } from './arbitraries'

/** Property runs per component; the report counts them. */
const RUNS = { attributes: 300, timestamps: 500, card: 300, list: 100 }

/** Every element the components render themselves. Anything else came from data. */
const OWN_TAGS = new Set([
  'div', 'article', 'section', 'header', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'span', 'bdi', 'dl', 'dt', 'dd', 'ul', 'li',
  'button', 'details', 'summary', 'time',
])
/** Attributes the components set. An `on*` handler or `src`/`href` would have come from data. */
const OWN_ATTRIBUTES = new Set([
  'class', 'id', 'dir', 'title', 'type', 'role', 'datetime', 'data-state', 'data-device-type', 'data-current', 'data-timestamp',
  'data-error', 'data-error-state', 'data-fetching-more', 'aria-labelledby', 'aria-label', 'aria-busy', 'aria-hidden', 'aria-expanded',
  'aria-controls', 'aria-describedby', 'aria-disabled', 'open', 'tabindex', 'lang',
])

// What revealControlCharacters must have replaced: C0/C1 controls (tab, LF, CR become spaces) and bidi controls.
// eslint-disable-next-line no-control-regex -- finding raw control characters is the point
const RAW_CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

let consoleError: MockInstance
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error')
})
afterEach(() => {
  consoleError.mockRestore()
})

/** Renders, checks, unmounts: one property case. React warnings (console.error) fail it too. */
function renderCase(ui: React.ReactElement, check: (container: HTMLElement) => void) {
  consoleError.mockClear()
  const { container } = render(ui)
  // Open every "Details" disclosure, as a user would: a card renders its attributes when it opens.
  for (const details of container.querySelectorAll('details')) {
    details.open = true
    act(() => void fireEvent(details, new Event('toggle')))
  }
  try {
    expectOnlyOwnMarkup(container)
    expectNoRawControlCharacters(container)
    check(container)
    expect(consoleError).not.toHaveBeenCalled()
  } finally {
    cleanup()
  }
}

function expectOnlyOwnMarkup(container: HTMLElement) {
  for (const element of container.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    expect(OWN_TAGS, `<${tag}> came from data`).toContain(tag)
    for (const attribute of element.attributes) {
      expect(OWN_ATTRIBUTES, `${attribute.name}= on <${tag}> came from data`).toContain(attribute.name.toLowerCase())
    }
  }
  expect(container.querySelector('script, img, iframe, object, embed, a, style, link, meta, form, input, b, svg svg, image')).toBeNull()
}

function expectNoRawControlCharacters(container: HTMLElement) {
  expect(RAW_CONTROL.test(container.textContent ?? ''), `raw control character in ${JSON.stringify(container.textContent)}`).toBe(false)
  for (const element of container.querySelectorAll('[title]')) {
    expect(RAW_CONTROL.test(element.getAttribute('title') ?? '')).toBe(false)
  }
}

const locales = fc.constantFrom('en', 'de', 'ar')
const renderNow = new Date('2026-03-15T12:00:00Z')

function expectedName(name: string, locale: string): string {
  const text = resolveDisplayText(locale)
  const labels: Record<string, string> = {
    device_name: text.attributeDeviceName,
    last_ip_used: text.attributeLastIpUsed,
    'dev:device_remembered_status': text.attributeRememberedStatus,
    device_status: text.attributeDeviceStatus,
  }
  return revealControlCharacters(Object.hasOwn(labels, name) ? labels[name]! : name)
}

function expectedValue(name: string, value: string, locale: string): string {
  const text = resolveDisplayText(locale)
  if (name === 'dev:device_remembered_status' && value === 'remembered') return text.yes
  if (name === 'dev:device_remembered_status' && value === 'not_remembered') return text.no
  return revealControlCharacters(value)
}

/** Each attribute row shows its name and its whole value as text, in order. */
function expectAttributeRows(scope: Element, attributes: Device['attributes'], locale: string) {
  const rows = scope.querySelectorAll('.rcd-device-attributes__item')
  expect(rows).toHaveLength(attributes.length)
  attributes.forEach((attribute, index) => {
    const row = rows[index]!
    expect(row.querySelector('dt')?.textContent).toBe(expectedName(attribute.name, locale))
    expect(row.querySelector('.rcd-device-attributes__text')?.textContent).toBe(expectedValue(attribute.name, attribute.value, locale))
  })
}

function expectTimestamps(scope: Element, dates: readonly (Date | undefined)[], locale: string) {
  const values = scope.querySelectorAll('.rcd-device-timestamps__value')
  expect(values).toHaveLength(3)
  dates.forEach((date, index) => {
    const value = values[index]!
    const time = value.querySelector('time')
    if (isKnownDate(date)) {
      expect(time?.getAttribute('datetime')).toBe(date.toISOString())
    } else {
      expect(time).toBeNull()
      expect(value.textContent).toBe(resolveDisplayText(locale).unknownDate)
    }
  })
}

// Hundreds of renders per property: far beyond the 5 s default when the suite runs in parallel.
describe('presentational components over arbitrary devices', { timeout: 120_000 }, () => {
  it('DeviceAttributes renders every name and value as text, never as markup', () => {
    fc.assert(
      fc.property(fc.array(deviceAttribute, { maxLength: 10 }), locales, fc.integer({ min: 0, max: 200 }), (attributes, locale, clampAfter) => {
        renderCase(<DeviceAttributes attributes={attributes} locale={locale} clampAfter={clampAfter} />, (container) => {
          expectAttributeRows(container, attributes, locale)
        })
      }),
      { numRuns: RUNS.attributes },
    )
  })

  it('DeviceTimestamps reads any date, including ones a Date cannot hold, without throwing', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, locales, (createdAt, lastModifiedAt, lastAuthenticatedAt, locale) => {
        renderCase(
          <DeviceTimestamps createdAt={createdAt} lastModifiedAt={lastModifiedAt} lastAuthenticatedAt={lastAuthenticatedAt} locale={locale} now={renderNow} />,
          (container) => expectTimestamps(container, [createdAt, lastModifiedAt, lastAuthenticatedAt], locale),
        )
      }),
      { numRuns: RUNS.timestamps },
    )
  })

  it('DeviceCard shows a hostile device as text: name heading, attributes, timestamps', () => {
    fc.assert(
      fc.property(arbitraryDevice, locales, fc.boolean(), (device, locale, isCurrent) => {
        renderCase(<DeviceCard device={device} locale={locale} isCurrent={isCurrent} now={renderNow} actions={<button type="button">Forget</button>} />, (container) => {
          const cards = container.querySelectorAll('article')
          expect(cards).toHaveLength(1)
          const heading = cards[0]!.querySelector('h3')
          expect(heading?.textContent).not.toBe('')
          if (device.attributes.length > 0) expectAttributeRows(cards[0]!, device.attributes, locale)
          else expect(cards[0]!.querySelector('details')).toBeNull()
          expectTimestamps(cards[0]!, [device.createdAt, device.lastModifiedAt, device.lastAuthenticatedAt], locale)
        })
      }),
      { numRuns: RUNS.card },
    )
  })

  it('DeviceCard shows an unrecognised name as written with bidi overrides made visible (found by the property above)', () => {
    const device: Device = { key: 'us-east-1_0', name: '\u202Esoc/1 x', attributes: [], remembered: true, lastIpUsed: undefined, createdAt: undefined, lastModifiedAt: undefined, lastAuthenticatedAt: undefined }
    renderCase(<DeviceCard device={device} now={renderNow} />, (container) => {
      expect(container.querySelector('h3')?.textContent).toBe('[U+202E]soc/1 x')
    })
  })

  it('DeviceCard with a host formatDeviceName shows the returned name with control characters made visible', () => {
    fc.assert(
      fc.property(arbitraryDevice, (device) => {
        renderCase(<DeviceCard device={device} formatDeviceName={(shown) => shown.name ?? ''} now={renderNow} />, (container) => {
          expect(container.querySelector('h3')?.textContent).toBe(revealControlCharacters(device.name ?? ''))
        })
      }),
      { numRuns: RUNS.card },
    )
  })

  it('DeviceListView renders one card per device, in order, whatever they hold', () => {
    fc.assert(
      fc.property(arbitraryDeviceList, locales, fc.boolean(), (devices, locale, hasMore) => {
        const current = devices[0]?.key
        renderCase(
          <DeviceListView
            devices={devices}
            currentDeviceKey={current}
            locale={locale}
            now={renderNow}
            hasMore={hasMore}
            onShowMore={() => undefined}
            renderActions={() => <button type="button">Forget</button>}
          />,
          (container) => {
            const cards = container.querySelectorAll('article')
            expect(cards).toHaveLength(devices.length)
            devices.forEach((device, index) => {
              if (device.attributes.length > 0) expectAttributeRows(cards[index]!, device.attributes, locale)
            })
            expect(container.querySelectorAll('[data-current]')).toHaveLength(current === undefined ? 0 : 1)
          },
        )
      }),
      { numRuns: RUNS.list },
    )
  })
})
