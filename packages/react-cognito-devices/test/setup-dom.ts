import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { registerTranslations } from '../src/i18n/translations'
import { ar } from '../src/locales/ar'
import { de } from '../src/locales/de'

// The kit ships German and Arabic as opt-in modules; the tests use both, registered as a host would.
registerTranslations(de, ar)

afterEach(() => cleanup())
