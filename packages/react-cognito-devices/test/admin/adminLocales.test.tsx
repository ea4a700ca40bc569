import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AdminDeviceManager, registerAdminTranslations } from '../../src/admin'
import { adminDe } from '../../src/adminLocales/de'
import { adminApiFor, adminEmulator, adminKit, mockAdminCognito } from './adminEmulator'

// The console's own German is opt-in, as the main entry's locales are: a host that registered only
// the kit's German (test/setup-dom.ts does) gets the console's words in English until it registers them.
const cognito = mockAdminCognito()

function renderAdmin(username: string) {
  cognito.use(adminEmulator())
  const { wrapper } = adminKit(adminApiFor(username), undefined, 'de')
  render(<AdminDeviceManager username={username} />, { wrapper })
}

describe('AdminDeviceManager translations', () => {
  it("speaks English in its own words until the host registers the console's German, the kit's words in German", async () => {
    renderAdmin('alice')

    expect(await screen.findByRole('heading', { level: 2, name: 'Devices of alice' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Aktualisieren' })).toBeInTheDocument()
  })

  it("speaks German once the host registered the console's German", async () => {
    registerAdminTranslations(adminDe)
    renderAdmin('alice')

    expect(await screen.findByRole('heading', { level: 2, name: 'Geräte von alice' })).toBeInTheDocument()
  })
})
