import { QueryClientProvider } from '@tanstack/react-query'
import type { Decorator, Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { configure } from 'storybook/test'
import { policyFor } from '../src/errors'
import { registerAdminTranslations } from '../src/admin'
import { adminAr } from '../src/adminLocales/ar'
import { adminDe } from '../src/adminLocales/de'
import { registerTranslations } from '../src/i18n/translations'
import { ar } from '../src/locales/ar'
import { de } from '../src/locales/de'
import { registerPasskeyTranslations } from '../src/i18n/passkeyText'
import { arPasskeys } from '../src/locales/ar-passkeys'
import { dePasskeys } from '../src/locales/de-passkeys'
import { DeviceKitProvider } from '../src/provider/DeviceKitProvider'
import type { ResolveLocation } from '../src/query/deviceLocation'
import '../src/styles/index.css'
import { setupStoryWorker, startCognitoStory } from './cognitoStory'
import { withHostPage, type StoryLocale } from './hostPage'
import './preview.css'

// The locale toolbar offers German and Arabic: registered as a host app registers them.
registerTranslations(de, ar)
registerAdminTranslations(adminDe, adminAr)
registerPasskeyTranslations(dePasskeys, arPasskeys)

// Stories wait for the emulator's answers (and a first sign-in generates a signing key): on a busy
// machine running every story file at once, Testing Library's 1 s default for findBy/waitFor is
// too short. A story that should be fast still fails when its data never arrives.
configure({ asyncUtilTimeout: 10_000 })

/** The host app's providers: its own QueryClient and a DeviceKitProvider on the story's emulator (with `parameters.resolveLocation` and `parameters.onSignIn`, if any). */
const withDeviceKit: Decorator = (Story, context) => {
  const { cognito, globals } = context
  if (!cognito) return <Story />
  return (
    <QueryClientProvider client={cognito.queryClient}>
      <DeviceKitProvider
        api={cognito.api}
        locale={(globals.locale as StoryLocale | undefined) ?? 'en'}
        resolveLocation={context.parameters.resolveLocation as ResolveLocation | undefined}
        onSignIn={context.parameters.onSignIn as (() => void) | undefined}
      >
        <Story />
      </DeviceKitProvider>
    </QueryClientProvider>
  )
}

const preview: Preview = {
  tags: ['test'],
  // msw-storybook-addon's CSF3 loader: one worker for the whole preview (created once, even when a
  // docs page loads many stories at once), on `context.msw` for a story's own `beforeEach({ msw })`
  // overrides. Its worker starts with the story router (see cognitoStory.ts).
  loaders: [mswLoader(setupStoryWorker)],
  // A story's own beforeEach runs after this one: it can change `context.cognito.emulator`'s faults.
  async beforeEach(context) {
    const { stop, ...cognito } = await startCognitoStory(context.id, context.parameters.cognito)
    context.cognito = cognito
    return stop
  },
  decorators: [withDeviceKit, withHostPage],
  globalTypes: {
    theme: {
      description: 'Sample host theme (sets --rcd- variables only)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'Kit defaults' },
          { value: 'ocean', title: 'Ocean' },
          { value: 'forest', title: 'Forest' },
          { value: 'contrast', title: 'Contrast' },
        ],
        dynamicTitle: true,
      },
    },
    colorMode: {
      description: 'data-rcd-color-mode on the story root',
      toolbar: {
        title: 'Color mode',
        icon: 'contrast',
        items: [
          { value: 'system', title: 'System (prefers-color-scheme)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'DeviceKitProvider locale (Arabic is right-to-left)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'none', colorMode: 'system', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    controls: { matchers: { date: /At$/ } },
    // Any axe violation fails the story (in the Storybook UI's test run and under Vitest).
    a11y: { test: 'error' },
    react: {
      rootOptions: {
        // React reports every error a boundary catches with console.error. The kit throws the
        // states that replace the panel (signed out, password reset, ...) to its boundary on
        // purpose; only those are expected. Anything else caught is still a console error.
        onCaughtError(error: unknown) {
          if (policyFor(error).surface === 'boundary') {
            console.warn(`DeviceErrorBoundary caught ${error instanceof Error ? error.name : String(error)}`)
          } else {
            console.error(error)
          }
        },
      },
    },
  },
}

export default preview
