import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DeviceTimestamps } from '../../src/components'
import { daysAgo, now } from './fixtures'

// On the server (and in the hydrating render, which must produce the same text) a date cannot be
// relative or local: the HTML is read later and elsewhere. test/ssr checks the hydration in Chromium.
describe('DeviceTimestamps rendered on the server', () => {
  it('reads each date as the same absolute UTC time, naming the zone, with no relative phrase', () => {
    const createdAt = daysAgo(3)
    const html = renderToString(<DeviceTimestamps createdAt={createdAt} now={now} locale="en" />)
    const utc = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(createdAt)
    expect(utc).toMatch(/UTC$/)
    expect(html).toContain(`>${utc}</time>`)
    expect(html).not.toMatch(/days ago/)
    expect(html).toContain(`dateTime="${createdAt.toISOString()}"`)
  })
})
