import { createRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DeviceTimestamps } from '../../src/components'
import { daysAgo, now } from './fixtures'

const absolute = (date: Date, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date)

/** The `<dd>` that follows the term `label`. */
function valueFor(label: string): HTMLElement {
  // A `term` takes no accessible name from its content, so it is found by its text among the terms.
  const term = screen.getAllByRole('term').find((candidate) => candidate.textContent === label)
  const value = term?.nextElementSibling
  if (!(value instanceof HTMLElement)) throw new Error(`no value for ${label}`)
  return value
}

describe('DeviceTimestamps', () => {
  it('shows each timestamp as a <time> with a relative phrase and the absolute date', () => {
    const created = daysAgo(30)
    render(<DeviceTimestamps now={now} createdAt={created} lastModifiedAt={daysAgo(3)} lastAuthenticatedAt={daysAgo(1)} />)

    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Created', 'Last modified', 'Last signed in'])
    const createdTime = within(valueFor('Created')).getByText('last month')
    expect(createdTime.tagName).toBe('TIME')
    expect(createdTime).toHaveAttribute('dateTime', created.toISOString())
    expect(createdTime).toHaveAttribute('title', absolute(created, 'en'))
    expect(valueFor('Created')).toHaveTextContent(absolute(created, 'en'))
    expect(valueFor('Last modified')).toHaveTextContent('3 days ago')
    expect(valueFor('Last signed in')).toHaveTextContent('yesterday')
  })

  it('reads the absolute date to screen readers without adding a tab stop per timestamp', async () => {
    const user = userEvent.setup()
    const date = daysAgo(3)
    render(<DeviceTimestamps now={now} lastAuthenticatedAt={date} />)
    expect(valueFor('Last signed in')).toHaveTextContent(`3 days ago ${absolute(date, 'en')}`)
    await user.tab()
    expect(document.body).toHaveFocus()
  })

  it.each([
    ['missing', undefined],
    ['invalid', new Date('garbage')],
    ['epoch zero', new Date(0)],
  ])('reads "Unknown" for a %s date, never "Invalid Date" or 1970', (_, date) => {
    const { container } = render(<DeviceTimestamps now={now} createdAt={date} />)
    const value = valueFor('Created')
    expect(value).toHaveTextContent(/^Unknown$/)
    expect(value).toHaveAttribute('data-state', 'unknown')
    expect(container).not.toHaveTextContent('Invalid Date')
    expect(container).not.toHaveTextContent('1970')
    expect(value.querySelector('time')).toBeNull()
  })

  it('marks known values with data-state="known"', () => {
    render(<DeviceTimestamps now={now} createdAt={daysAgo(3)} />)
    expect(valueFor('Created')).toHaveAttribute('data-state', 'known')
  })

  it('speaks German for the German locale', () => {
    const date = daysAgo(3)
    render(<DeviceTimestamps locale="de" now={now} lastModifiedAt={date} />)
    const value = valueFor('Zuletzt geändert')
    expect(value).toHaveTextContent('vor 3 Tagen')
    expect(value).toHaveTextContent(absolute(date, 'de'))
    expect(valueFor('Hinzugefügt')).toHaveTextContent(/^Unbekannt$/)
  })

  it('speaks Arabic for the Arabic locale', () => {
    const date = daysAgo(3)
    render(<DeviceTimestamps locale="ar" now={now} lastModifiedAt={date} />)
    const value = valueFor('آخر تعديل')
    expect(value).toHaveTextContent(new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(-3, 'day'))
    expect(value).toHaveTextContent(absolute(date, 'ar'))
    expect(valueFor('تاريخ الإضافة')).toHaveTextContent(/^غير معروف$/)
  })

  describe('without `now`', () => {
    afterEach(() => vi.useRealTimers())

    it('measures newer dates from the clock when they arrive, not from the first render', () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      const opened = new Date('2026-03-15T08:00:00Z')
      vi.setSystemTime(opened)
      const { rerender } = render(<DeviceTimestamps lastAuthenticatedAt={new Date(opened.getTime() - 60_000)} />)
      expect(valueFor('Last signed in').querySelector('time')).toHaveTextContent(/^1 minute ago$/)

      // Ten minutes later a refresh brings a sign-in from one minute ago.
      vi.setSystemTime(new Date(opened.getTime() + 10 * 60_000))
      rerender(<DeviceTimestamps lastAuthenticatedAt={new Date(opened.getTime() + 9 * 60_000)} />)
      expect(valueFor('Last signed in').querySelector('time')).toHaveTextContent(/^1 minute ago$/)
    })

    it('reads a date a few minutes ahead of the browser clock (clock skew) as "now"', () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(now)
      render(<DeviceTimestamps lastAuthenticatedAt={new Date(now.getTime() + 3 * 60_000)} />)
      expect(valueFor('Last signed in').querySelector('time')).toHaveTextContent(/^now$/)
    })
  })

  it('lets displayText override the labels and "Unknown"', () => {
    render(<DeviceTimestamps now={now} displayText={{ createdAt: 'Added', unknownDate: 'Never' }} />)
    expect(valueFor('Added')).toHaveTextContent('Never')
  })

  it('merges className and forwards the ref', () => {
    const ref = createRef<HTMLDListElement>()
    render(<DeviceTimestamps ref={ref} now={now} className="host" data-testid="timestamps" />)
    const list = screen.getByTestId('timestamps')
    expect(list).toHaveClass('rcd-device-timestamps', 'host')
    expect(ref.current).toBe(list)
  })

  it('drops the rcd- classes when unstyled', () => {
    const { container } = render(<DeviceTimestamps unstyled now={now} createdAt={daysAgo(3)} />)
    expect(container.querySelector('[class*="rcd-"]')).toBeNull()
    expect(container.querySelector('[data-timestamp="created"]')).not.toBeNull()
  })
})
