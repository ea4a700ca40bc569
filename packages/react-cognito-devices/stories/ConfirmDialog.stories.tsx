import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { ConfirmDialog, type ConfirmDialogProps } from '../src'

/**
 * A host page with the button that opens the dialog: the dialog is a modal `<dialog>`, so the
 * stories open it from a trigger (as an app does) instead of opening several at once on the docs page.
 */
function WithTrigger(props: ConfirmDialogProps) {
  const [open, setOpen] = useState(props.open)
  return (
    <>
      <button type="button" className="rcd-button rcd-button--danger" onClick={() => setOpen(true)}>
        Forget…
      </button>
      <ConfirmDialog
        {...props}
        open={open}
        onConfirm={() => {
          props.onConfirm()
          if (!props.isPending) setOpen(false)
        }}
        onCancel={() => {
          props.onCancel()
          setOpen(false)
        }}
      />
    </>
  )
}

/** Asks before forgetting and says what forgetting means. Focus starts on Cancel and returns to the trigger. */
const meta = {
  title: 'Presentational/ConfirmDialog',
  component: ConfirmDialog,
  tags: ['autodocs'],
  parameters: { cognito: { user: null } },
  render: (args) => <WithTrigger {...args} />,
  args: { open: false, variant: 'other-device', deviceName: 'Safari 17 on iOS', onConfirm: fn(), onCancel: fn() },
} satisfies Meta<typeof ConfirmDialog>

export default meta
type Story = StoryObj<typeof meta>

async function openDialog(canvasElement: HTMLElement) {
  const trigger = within(canvasElement).getByRole('button', { name: 'Forget…' })
  await userEvent.click(trigger)
  const dialog = await within(canvasElement).findByRole('dialog')
  return { trigger, dialog }
}

/** Forgetting another device: confirm calls `onConfirm`. */
export const OtherDevice: Story = {
  play: async ({ canvasElement, args }) => {
    const { dialog } = await openDialog(canvasElement)
    await expect(dialog).toHaveAccessibleName('Sign out “Safari 17 on iOS”?')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign out device' }))
    await expect(args.onConfirm).toHaveBeenCalledOnce()
    await expect(args.onCancel).not.toHaveBeenCalled()
  },
}

/** Cancel is focused first (the safe choice); Cancel closes and returns focus to the trigger. */
export const Cancel: Story = {
  play: async ({ canvasElement, args }) => {
    const { trigger, dialog } = await openDialog(canvasElement)
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' })
    await waitFor(() => expect(cancel).toHaveFocus())
    await userEvent.click(cancel)
    await expect(args.onCancel).toHaveBeenCalledOnce()
    await waitFor(() => expect(trigger).toHaveFocus())
    await expect(args.onConfirm).not.toHaveBeenCalled()
  },
}

/** Escape cancels too. */
export const EscapeCancels: Story = {
  play: async ({ canvasElement, args }) => {
    await openDialog(canvasElement)
    await userEvent.keyboard('{Escape}')
    await expect(args.onCancel).toHaveBeenCalled()
    await waitFor(() => expect(within(canvasElement).queryByRole('dialog')).toBeNull())
  },
}

/** Forgetting the device in use: this browser will be treated as new at its next sign-in. */
export const ThisDevice: Story = {
  args: { variant: 'this-device' },
  play: async ({ canvasElement }) => {
    const { dialog } = await openDialog(canvasElement)
    await expect(dialog).toHaveAttribute('data-variant', 'this-device')
  },
}

/** Forgetting every other device, with the count known. */
export const AllOtherDevices: Story = {
  args: { variant: 'all-other-devices', otherDeviceCount: 5 },
  play: async ({ canvasElement }) => {
    const { dialog } = await openDialog(canvasElement)
    await expect(within(dialog).getByRole('heading')).toHaveTextContent('5')
  },
}

/** The count is not known yet (more pages not loaded). */
export const AllOtherDevicesCountUnknown: Story = {
  args: { variant: 'all-other-devices', otherDeviceCount: undefined },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement)
  },
}

/** The sign-out is running: "Signing out…", presses ignored. */
export const Pending: Story = {
  args: { isPending: true },
  play: async ({ canvasElement, args }) => {
    const { dialog } = await openDialog(canvasElement)
    const confirm = within(dialog).getByRole('button', { name: 'Signing out…' })
    await expect(confirm).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(confirm)
    await expect(args.onConfirm).not.toHaveBeenCalled()
  },
}

/** A hostile device name in the title stays text, its bidi override made visible. */
export const HostileDeviceName: Story = {
  args: { deviceName: '<b>bold</b>\u202Eexe.txt' },
  play: async ({ canvasElement }) => {
    const { dialog } = await openDialog(canvasElement)
    await expect(dialog.querySelector('b')).toBeNull()
    await expect(within(dialog).getByRole('heading').textContent).not.toContain('\u202E')
  },
}

export const Dark: Story = {
  globals: { colorMode: 'dark' },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement)
  },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Forget…' }))
    await within(canvasElement).findByRole('dialog')
  },
}
