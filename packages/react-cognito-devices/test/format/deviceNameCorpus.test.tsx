import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DeviceCard } from '../../src'
import { makeDevice, now } from '../components/fixtures'
import { DEVICE_NAME_CORPUS, SOURCES } from './deviceNameCorpus'

// Every name a Cognito client really writes, through the public card: the heading a person reads
// and the icon (data-device-type) they see. The cases and their sources are in deviceNameCorpus.ts.
describe('DeviceCard names every device in the corpus as its owner would', () => {
  it.each(DEVICE_NAME_CORPUS.map((entry, index) => [index, entry.source, entry] as const))(
    'case %i (%s)',
    (_, __, { raw, name, icon }) => {
      render(<DeviceCard device={makeDevice({ name: raw })} now={now} />)
      const card = screen.getByRole('article')
      expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(name)
      expect(card).toHaveAttribute('data-device-type', icon)
    },
  )

  it('covers every source with at least 150 names', () => {
    expect(DEVICE_NAME_CORPUS.length).toBeGreaterThanOrEqual(150)
    expect(new Set(DEVICE_NAME_CORPUS.map((entry) => entry.source))).toEqual(new Set(Object.keys(SOURCES)))
  })
})
