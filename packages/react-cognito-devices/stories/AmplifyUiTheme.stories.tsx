import { AccountSettings, defaultDarkModeOverride, Heading, ThemeProvider, View, type ColorMode, type Theme } from '@aws-amplify/ui-react'
import '@aws-amplify/ui-react/styles.css'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { Amplify } from 'aws-amplify'
import { signIn, signOut } from 'aws-amplify/auth'
import { expect, within } from 'storybook/test'
import { DeviceManager } from '../src'
import { DEMO_PASSWORD, DEMO_USERS } from 'cognito-emulator'
import '../src/styles/themes/amplify-ui.css'

/**
 * The kit inside an Amplify UI page: `react-cognito-devices/themes/amplify-ui.css` takes the kit's
 * colours, radii, fonts and spacing from Amplify UI's theme, so the device list sits beside Amplify
 * UI's own `AccountSettings.ChangePassword` as one page, in the default theme and a custom one, light
 * and dark (Amplify's `colorMode`). Amplify is signed in to the story's emulator (ChangePassword
 * renders only for a signed-in user); the panel is the connected DeviceManager on the same pool.
 */
function AmplifyAccountPage({ theme, colorMode }: { theme: Theme; colorMode: ColorMode }) {
  return (
    <ThemeProvider theme={theme} colorMode={colorMode}>
      <View as="main" backgroundColor="background.primary" color="font.primary" padding="large">
        <Heading level={1}>Account settings</Heading>
        <View as="section" aria-label="Password" marginBlock="large" maxWidth="28rem">
          <Heading level={2}>Password</Heading>
          <AccountSettings.ChangePassword onSuccess={() => {}} />
        </View>
        <DeviceManager />
      </View>
    </ThemeProvider>
  )
}

/** A host's own Amplify theme: teal brand, rounder corners, and Amplify's dark override. */
const customTheme: Theme = {
  name: 'host-teal',
  tokens: {
    colors: {
      brand: {
        primary: {
          10: { value: '#f0fdfa' },
          20: { value: '#ccfbf1' },
          40: { value: '#5eead4' },
          60: { value: '#14b8a6' },
          80: { value: '#0f766e' },
          90: { value: '#115e59' },
          100: { value: '#134e4a' },
        },
      },
    },
    radii: { small: { value: '0.5rem' }, medium: { value: '0.75rem' }, large: { value: '1.25rem' } },
  },
  overrides: [defaultDarkModeOverride],
}

const defaultWithDarkMode: Theme = { name: 'default-with-dark', overrides: [defaultDarkModeOverride] }

const meta = {
  title: 'Theming/Amplify UI',
  component: AmplifyAccountPage,
  parameters: { layout: 'fullscreen' },
  // Amplify signed in to this story's emulator, as the host page would be.
  beforeEach: async ({ cognito }) => {
    const { emulator, endpoint } = cognito!
    await signOut().catch(() => {})
    Amplify.configure({ Auth: { Cognito: { userPoolId: emulator.userPoolId, userPoolClientId: emulator.clientId, userPoolEndpoint: endpoint } } })
    await signIn({ username: DEMO_USERS.demo, password: DEMO_PASSWORD })
    return async () => {
      await signOut().catch(() => {})
    }
  },
} satisfies Meta<typeof AmplifyAccountPage>

export default meta
type Story = StoryObj<typeof meta>

/** The panel takes Amplify's font, text colour and button shape: as its heading and its buttons have them. */
const takesAmplifyColours: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement)
  const submit = await canvas.findByRole('button', { name: /update password/i })
  const forget = (await canvas.findAllByRole('button', { name: 'Forget' }))[0]!
  const card = canvas.getAllByRole('article')[0]!
  const amplifyHeading = canvas.getByRole('heading', { level: 1, name: 'Account settings' })
  await expect(getComputedStyle(card).fontFamily).toBe(getComputedStyle(submit).fontFamily)
  await expect(getComputedStyle(card).color).toBe(getComputedStyle(amplifyHeading).color)
  await expect(getComputedStyle(forget).borderRadius).toBe(getComputedStyle(submit).borderRadius)
}

export const DefaultThemeLight: Story = { args: { theme: defaultWithDarkMode, colorMode: 'light' }, play: takesAmplifyColours }
export const DefaultThemeDark: Story = { args: { theme: defaultWithDarkMode, colorMode: 'dark' }, play: takesAmplifyColours }
export const CustomThemeLight: Story = { args: { theme: customTheme, colorMode: 'light' }, play: takesAmplifyColours }
export const CustomThemeDark: Story = { args: { theme: customTheme, colorMode: 'dark' }, play: takesAmplifyColours }
