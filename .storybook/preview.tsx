import { QueryClientProvider } from '@tanstack/react-query'
import type { Decorator, Preview } from '@storybook/react-vite'
import { classifyError, errorPolicy } from '../src/errors'
import { DeviceKitProvider } from '../src/provider/DeviceKitProvider'
import '../src/styles/index.css'
import { startCognitoStory } from './cognitoStory'
import { withHostPage, type StoryLocale } from './hostPage'
import './preview.css'

/** The host app's providers: its own QueryClient and a DeviceKitProvider on the story's emulator. */
const withDeviceKit: Decorator = (Story, context) => {
  const { cognito, globals } = context
  if (!cognito) return <Story />
  return (
    <QueryClientProvider client={cognito.queryClient}>
      <DeviceKitProvider api={cognito.api} locale={(globals.locale as StoryLocale | undefined) ?? 'en'}>
        <Story />
      </DeviceKitProvider>
    </QueryClientProvider>
  )
}

const preview: Preview = {
  tags: ['test'],
  // Runs after msw-storybook-addon's own beforeEach (addons' annotations come first), which puts
  // the worker on `context.msw`; a story's beforeEach runs after this one and may change faults.
  async beforeEach(context) {
    context.cognito = await startCognitoStory(context.msw, context.parameters.cognito)
    return () => {
      context.cognito?.queryClient.clear()
    }
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
          if (errorPolicy[classifyError(error)].surface === 'boundary') {
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
