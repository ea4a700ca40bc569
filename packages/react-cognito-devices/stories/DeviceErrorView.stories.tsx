import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { CognitoError, ConfigurationError, DeviceErrorView, NetworkError } from '../src'

const requestId = '5f1c9a0e-2b7d-4c1e-9f3a-8d6b4e2c1a07'
const cognitoError = (name: string, status = 400) => new CognitoError({ name, message: 'server text, never shown', status, requestId })

/**
 * One failure as a user can act on it: heading, one sentence, at most one button, and the error's
 * name and request id under "Details" for support. One story per state.
 */
const meta = {
  title: 'Errors/DeviceErrorView',
  component: DeviceErrorView,
  tags: ['autodocs'],
  parameters: { cognito: { user: null } },
  args: {
    state: 'unavailable',
    error: cognitoError('InternalErrorException', 500),
    onRetry: fn(),
    onSignIn: fn(),
    onResetPassword: fn(),
    onConfirmAccount: fn(),
    // One view per story is on the docs page: none of them should pull focus there.
    focusHeading: false,
  },
} satisfies Meta<typeof DeviceErrorView>

export default meta
type Story = StoryObj<typeof meta>

/** The session ended (expired, revoked, disabled user): sign in again. */
export const SignedOut: Story = {
  args: { state: 'signed-out', error: cognitoError('NotAuthorizedException') },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Sign in again' }))
    await expect(args.onSignIn).toHaveBeenCalledOnce()
  },
}

/** Without an onSignIn (here or on the provider) the sentence says what to do, and there is no button. */
export const SignedOutWithoutCallback: Story = {
  args: { state: 'signed-out', error: cognitoError('NotAuthorizedException'), onSignIn: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull()
  },
}

export const PasswordResetRequired: Story = {
  args: { state: 'password-reset-required', error: cognitoError('PasswordResetRequiredException') },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Reset password' }))
    await expect(args.onResetPassword).toHaveBeenCalledOnce()
  },
}

export const AccountUnconfirmed: Story = {
  args: { state: 'account-unconfirmed', error: cognitoError('UserNotConfirmedException') },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Confirm account' }))
    await expect(args.onConfirmAccount).toHaveBeenCalledOnce()
  },
}

/** The app is not set up (here: the kit's own ConfigurationError). No button: a developer has to fix it. */
export const MisconfiguredApp: Story = {
  args: { state: 'misconfigured', error: new ConfigurationError('tokenDeviceApi needs a region or an endpoint.') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull()
  },
}

/** The user pool is not set up for this (InvalidUserPoolConfigurationException). */
export const MisconfiguredUserPool: Story = {
  args: { state: 'misconfigured', error: cognitoError('InvalidUserPoolConfigurationException') },
}

export const DeviceNotFound: Story = { args: { state: 'device-not-found', error: cognitoError('ResourceNotFoundException') } }

export const InvalidRequest: Story = { args: { state: 'invalid-request', error: cognitoError('InvalidParameterException') } }

/** AWS WAF blocked the request. */
export const Blocked: Story = { args: { state: 'blocked', error: cognitoError('ForbiddenException', 403) } }

/** Throttled: a countdown to the next attempt (not a live region: a per-second announcement is noise). */
export const Throttled: Story = {
  args: { state: 'throttled', error: cognitoError('TooManyRequestsException'), retryInSeconds: 30 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/30/)).toHaveAttribute('aria-live', 'off')
  },
}

/** Offline: resumes by itself when the browser is back online; no button. */
export const Offline: Story = {
  args: { state: 'offline', error: new NetworkError('Failed to fetch') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull()
  },
}

/** Cognito did not answer usefully: Try again. */
export const Unavailable: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(args.onRetry).toHaveBeenCalledOnce()
    // Support details: the name and request id, never the server's message.
    await userEvent.click(canvas.getByText('Details for support'))
    await expect(canvas.getByText(requestId)).toBeVisible()
    await expect(canvas.queryByText('server text, never shown')).toBeNull()
  },
}

export const Unknown: Story = { args: { state: 'unknown', error: cognitoError('SomethingNewException') } }

/** As the boundary shows it: the heading takes focus so screen readers land on it. */
export const FocusesHeading: Story = {
  args: { state: 'signed-out', error: cognitoError('NotAuthorizedException'), focusHeading: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Your session has ended' })).toHaveFocus()
  },
}

export const German: Story = { globals: { locale: 'de' } }

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.rcd-error')).toHaveAttribute('dir', 'rtl')
  },
}

export const Dark: Story = { globals: { colorMode: 'dark' } }
