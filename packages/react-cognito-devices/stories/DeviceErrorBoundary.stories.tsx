import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { DeviceErrorBoundary, DeviceList } from '../src'
import { EXPIRED } from './storySeeds'

/**
 * Catches what the device hooks throw below it (the states that make the panel useless) and shows
 * the state; everything else stays inline. Here around a DeviceList on the emulator.
 */
const meta = {
  title: 'Errors/DeviceErrorBoundary',
  component: DeviceErrorBoundary,
  tags: ['autodocs'],
  args: { children: <DeviceList />, onSignIn: fn(), onResetPassword: fn(), onConfirmAccount: fn(), onError: fn() },
} satisfies Meta<typeof DeviceErrorBoundary>

export default meta
type Story = StoryObj<typeof meta>

const findHeading = (canvasElement: HTMLElement, name: string) =>
  within(canvasElement).findByRole('heading', { name })

/** Nothing wrong: the children render. */
export const NoError: Story = {
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('article')).toHaveLength(5))
    await expect(args.onError).not.toHaveBeenCalled()
  },
}

/** Nobody is signed in (the api has no token): sign in. */
export const NoSession: Story = {
  parameters: { cognito: { user: null } },
  play: async ({ canvasElement, args }) => {
    await expect(await findHeading(canvasElement, 'Your session has ended')).toHaveFocus()
    await expect(args.onError).toHaveBeenCalledWith('signed-out', expect.objectContaining({ name: 'NoSessionError' }))
  },
}

/** The access token expired. */
export const ExpiredSession: Story = {
  parameters: { cognito: { advanceClockMs: EXPIRED } },
  play: async ({ canvasElement, args }) => {
    await findHeading(canvasElement, 'Your session has ended')
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Sign in again' }))
    await expect(args.onSignIn).toHaveBeenCalledOnce()
  },
}

/** An administrator disabled the user: Cognito answers NotAuthorizedException, so: sign in. */
export const UserDisabled: Story = {
  parameters: { cognito: { userFlags: { disabled: true } } },
  play: async ({ canvasElement }) => {
    await findHeading(canvasElement, 'Your session has ended')
  },
}

export const PasswordResetRequired: Story = {
  parameters: { cognito: { userFlags: { passwordResetRequired: true } } },
  play: async ({ canvasElement }) => {
    await findHeading(canvasElement, 'Password reset required')
  },
}

export const AccountUnconfirmed: Story = {
  parameters: { cognito: { userFlags: { unconfirmed: true } } },
  play: async ({ canvasElement }) => {
    await findHeading(canvasElement, 'Account not confirmed')
  },
}

/** The user pool refuses the operation (InvalidUserPoolConfigurationException): a developer has to fix it. */
export const Misconfigured: Story = {
  parameters: { cognito: { faults: { '*': { error: { name: 'InvalidUserPoolConfigurationException' } } } } },
  play: async ({ canvasElement }) => {
    await findHeading(canvasElement, "Device management isn't set up")
    await expect(within(canvasElement).queryByRole('button', { name: /try again/i })).toBeNull()
  },
}

/**
 * A host's own view for one state (`fallback`), with the boundary's `retry`: once the pool is
 * fixed, Retry resets the boundary and the failed queries, and the list loads.
 */
export const CustomFallbackAndRetry: Story = {
  parameters: { cognito: { faults: { '*': { error: { name: 'InvalidUserPoolConfigurationException' } } } } },
  args: {
    fallback: {
      misconfigured: ({ retry }) => (
        <div role="group" aria-label="Setup problem">
          <p>Ask your administrator to turn on device tracking.</p>
          <button type="button" className="rcd-button" onClick={retry}>
            Check again
          </button>
        </div>
      ),
    },
  },
  play: async ({ canvasElement, cognito }) => {
    const canvas = within(canvasElement)
    const checkAgain = await canvas.findByRole('button', { name: 'Check again' })
    cognito!.emulator.faults.clear()
    await userEvent.click(checkAgain)
    await waitFor(() => expect(canvasElement.querySelectorAll('article')).toHaveLength(5))
  },
}

/** Inline states do not reach the boundary: throttling shows in the list, the boundary stays out of it. */
export const InlineStatesStayInline: Story = {
  parameters: { cognito: { faults: { ListDevices: { error: { name: 'TooManyRequestsException' } } } } },
  play: async ({ canvasElement, args }) => {
    await within(canvasElement).findByRole('alert')
    await expect(args.onError).not.toHaveBeenCalled()
  },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  parameters: { cognito: { advanceClockMs: EXPIRED } },
  play: async ({ canvasElement }) => {
    await findHeading(canvasElement, 'انتهت جلستك')
  },
}
