import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { registerTranslations } from '../src/i18n/translations'
import { ar } from '../src/locales/ar'
import { de } from '../src/locales/de'

// The kit ships German and Arabic as opt-in modules; the tests use both, registered as a host would.
registerTranslations(de, ar)

// Waits end on the event they wait for; the ceiling only decides how long a failure takes. A loaded
// machine (CI beside other jobs) renders a 40-device panel in more than the default second.
configure({ asyncUtilTimeout: 4_000 })

afterEach(() => cleanup())
