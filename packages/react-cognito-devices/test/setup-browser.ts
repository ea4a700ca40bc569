import { registerTranslations } from '../src/i18n/translations'
import { ar } from '../src/locales/ar'
import { de } from '../src/locales/de'

// German and Arabic are opt-in modules; the browser tests render both, registered as a host would.
registerTranslations(de, ar)
