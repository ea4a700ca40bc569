import { cleanup, render } from '@testing-library/react'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { DeviceCard, DeviceListView } from '../../src/components'
import '../../src/styles/index.css'
import { arbitraryDevice, arbitraryDeviceList } from '../hardening/arbitraries'

/** A fixed sample, so a failure names a device that can be replayed. */
const CARD_SAMPLES = 40
const LIST_SAMPLES = 6
const VIEWPORT = 320
const now = new Date('2026-03-15T12:00:00Z')

beforeEach(async () => {
  await page.viewport(VIEWPORT, 800)
})
afterEach(() => {
  cleanup()
  document.documentElement.removeAttribute('dir')
})

/** Opens everything a user can open: the details disclosures and every "Show all" (in any locale). */
async function openEverything(root: Element) {
  for (const details of root.querySelectorAll('details')) details.open = true
  // a disclosure renders its rows once it has opened
  await expect.poll(() => root.querySelectorAll('details[open] > dl').length).toBe(root.querySelectorAll('details').length)
  for (const toggle of root.querySelectorAll<HTMLButtonElement>('.rcd-device-attributes__toggle[aria-expanded="false"]')) toggle.click()
  await expect.poll(() => root.querySelectorAll('.rcd-device-attributes__toggle[aria-expanded="false"]').length).toBe(0)
}

/** Nothing sticks out of a card, and nothing makes the page scroll sideways. */
function expectContained(card: Element, label: string) {
  const box = card.getBoundingClientRect()
  expect(box.width, `${label}: card width`).toBeLessThanOrEqual(VIEWPORT)
  expect(card.scrollWidth, `${label}: card scrollWidth`).toBeLessThanOrEqual(card.clientWidth)
  for (const part of card.querySelectorAll('*')) {
    const inner = part.getBoundingClientRect()
    if (inner.width === 0 && inner.height === 0) continue // not laid out (e.g. clamped away)
    expect(inner.left, `${label}: <${part.tagName.toLowerCase()} class="${part.getAttribute('class')}"> left`).toBeGreaterThanOrEqual(box.left - 0.5)
    expect(inner.right, `${label}: <${part.tagName.toLowerCase()} class="${part.getAttribute('class')}"> right`).toBeLessThanOrEqual(box.right + 0.5)
  }
  expect(document.documentElement.scrollWidth, `${label}: page scrollWidth`).toBeLessThanOrEqual(VIEWPORT)
}

describe(`hostile devices in Chromium at ${VIEWPORT} px`, () => {
  const cards = fc.sample(fc.tuple(arbitraryDevice, fc.constantFrom('en', 'de', 'ar')), { numRuns: CARD_SAMPLES, seed: 20261126 })

  it.each(cards.map((sample, index) => [index, sample] as const))('card sample %i never overflows once everything is open', async (index, [device, locale]) => {
    if (locale === 'ar') document.documentElement.setAttribute('dir', 'rtl')
    const { container } = render(
      <main lang={locale}>
        <DeviceCard device={device} locale={locale} isCurrent={index % 3 === 0} now={now} actions={<button type="button">Forget</button>} />
      </main>,
    )
    const card = container.querySelector('article')!
    await openEverything(card)
    expectContained(card, `sample ${index} (${locale})`)
  })

  const lists = fc.sample(arbitraryDeviceList, { numRuns: LIST_SAMPLES, seed: 7 })

  it.each(lists.map((devices, index) => [index, devices] as const))('list sample %i keeps every card within the page', async (index, devices) => {
    const { container } = render(
      <DeviceListView devices={devices} currentDeviceKey={devices[0]?.key} now={now} hasMore onShowMore={() => undefined} renderActions={() => <button type="button">Forget</button>} />,
    )
    await openEverything(container)
    for (const [position, card] of container.querySelectorAll('article').entries()) expectContained(card, `list ${index}, card ${position}`)
  })
})
