import { createRef, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConfirmDialog, ConfirmForgetDialog, type ConfirmDialogProps } from '../../src/components'

/** A page with a trigger that opens the dialog, as a host would write it. */
function Page(props: Partial<ConfirmDialogProps> & { onConfirm?: () => void }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Forget…
      </button>
      <ConfirmDialog
        variant="other-device"
        deviceName="Chrome 131 on macOS"
        {...props}
        open={open}
        onCancel={() => setOpen(false)}
        onConfirm={props.onConfirm ?? (() => setOpen(false))}
      />
    </>
  )
}

describe('ConfirmDialog', () => {
  it('is closed until opened', () => {
    render(<Page />)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('opens with a title and a description of what forgetting means, focus on Cancel', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByRole('button', { name: 'Forget…' }))
    const dialog = screen.getByRole('dialog', { name: 'Forget “Chrome 131 on macOS”?' })
    expect(dialog).toHaveAccessibleDescription(/will no longer be remembered.*treated as a new device/)
    expect(dialog).toHaveAttribute('data-state', 'open')
    expect(dialog).toHaveAttribute('data-variant', 'other-device')
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
  })

  it('closes on Escape and returns focus to the trigger', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByRole('button', { name: 'Forget…' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('button', { name: 'Forget…' })).toHaveFocus()
  })

  it('closes on Cancel and returns focus to the trigger', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByRole('button', { name: 'Forget…' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('button', { name: 'Forget…' })).toHaveFocus()
  })

  it('lets its owner put focus elsewhere as it closes, through a cancellable onCloseAutoFocus', async () => {
    const user = userEvent.setup()
    const elsewhere = createRef<HTMLHeadingElement>()
    const onCloseAutoFocus = vi.fn((event: Event) => {
      event.preventDefault()
      elsewhere.current?.focus()
    })
    render(
      <>
        <h2 ref={elsewhere} tabIndex={-1}>
          Your devices
        </h2>
        <Page onCloseAutoFocus={onCloseAutoFocus} />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Forget…' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(onCloseAutoFocus).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('heading', { name: 'Your devices' })).toHaveFocus()
  })

  it('returns focus to the trigger when onCloseAutoFocus does not prevent it', async () => {
    const user = userEvent.setup()
    const onCloseAutoFocus = vi.fn()
    render(<Page onCloseAutoFocus={onCloseAutoFocus} />)
    await user.click(screen.getByRole('button', { name: 'Forget…' }))
    await user.keyboard('{Escape}')

    expect(onCloseAutoFocus).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('button', { name: 'Forget…' })).toHaveFocus()
  })

  it('is still exported under its old name for one release', () => {
    expect(ConfirmForgetDialog).toBe(ConfirmDialog)
  })

  it('calls onConfirm when Forget is pressed, from the keyboard', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn()
    render(<Page onConfirm={onConfirm} />)
    await user.click(screen.getByRole('button', { name: 'Forget…' }))
    await user.tab()
    expect(screen.getByRole('button', { name: 'Forget device' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onConfirm).toHaveBeenCalledOnce()
  })

  it('reads "Forgetting…" and ignores presses while pending', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn()
    render(<ConfirmDialog open variant="this-device" isPending onConfirm={onConfirm} onCancel={() => {}} />)
    const confirm = screen.getByRole('button', { name: 'Forgetting…' })
    expect(confirm).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByRole('dialog')).toHaveAttribute('data-pending', '')
    await user.click(confirm)
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('cannot be cancelled while the forget runs', async () => {
    const user = userEvent.setup()
    const onCancel = vi.fn()
    render(<ConfirmDialog open variant="this-device" isPending onConfirm={() => {}} onCancel={onCancel} />)
    const cancel = screen.getByRole('button', { name: 'Cancel' })
    expect(cancel).toHaveAttribute('aria-disabled', 'true')
    await user.click(cancel)
    await user.keyboard('{Escape}')
    expect(onCancel).not.toHaveBeenCalled()
    expect(screen.getByRole('dialog')).toBeInTheDocument()
  })

  it('warns that this device will be asked to verify again', () => {
    render(<ConfirmDialog open variant="this-device" onConfirm={() => {}} onCancel={() => {}} />)
    const dialog = screen.getByRole('dialog', { name: 'Forget this device?' })
    expect(dialog).toHaveAccessibleDescription(/you may be asked to verify your identity again/)
    expect(dialog).toHaveClass('rcd-forget-dialog--this-device')
  })

  it('names how many other devices will be forgotten', () => {
    render(<ConfirmDialog open variant="all-other-devices" otherDeviceCount={3} onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'Forget 3 other devices?' })).toHaveAccessibleDescription(/Every device except this one/)
    expect(screen.getByRole('button', { name: 'Forget all other devices' })).toBeInTheDocument()
  })

  it('asks about all other devices when their number is unknown', () => {
    render(<ConfirmDialog open variant="all-other-devices" onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'Forget all other devices?' })).toBeInTheDocument()
  })

  it('shows control characters in a device name instead of obeying them', () => {
    render(<ConfirmDialog open variant="other-device" deviceName={'a\u202Eb'} onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'Forget “a[U+202E]b”?' })).toBeInTheDocument()
  })

  it('speaks German', () => {
    render(<ConfirmDialog open locale="de" variant="this-device" onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'Dieses Gerät vergessen?' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeInTheDocument()
  })

  it('speaks Arabic, with its dual form for two devices', () => {
    render(<ConfirmDialog open locale="ar" variant="all-other-devices" otherDeviceCount={2} onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'نسيان الجهازين الآخرين؟' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'إلغاء' })).toBeInTheDocument()
  })

  it('marks its Arabic text as Arabic, right to left', () => {
    render(<ConfirmDialog open locale="ar" variant="this-device" onConfirm={() => {}} onCancel={() => {}} />)
    const dialog = screen.getByRole('dialog', { name: 'نسيان هذا الجهاز؟' })
    expect(dialog).toHaveAttribute('lang', 'ar')
    expect(dialog).toHaveAttribute('dir', 'rtl')
  })

  it('marks the English it shows for a language without a translation as English, left to right', () => {
    render(<ConfirmDialog open locale="he" variant="this-device" onConfirm={() => {}} onCancel={() => {}} />)
    const dialog = screen.getByRole('dialog', { name: 'Forget this device?' })
    expect(dialog).toHaveAttribute('lang', 'en')
    expect(dialog).toHaveAttribute('dir', 'ltr')
  })

  it('lets displayText override the title and buttons', () => {
    render(
      <ConfirmDialog
        open
        variant="this-device"
        displayText={{ forgetThisDeviceTitle: 'Sure?', forgetDevice: 'Yes, forget' }}
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    )
    expect(screen.getByRole('dialog', { name: 'Sure?' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Yes, forget' })).toBeInTheDocument()
  })

  it('merges className and forwards the ref to the <dialog>', () => {
    const ref = createRef<HTMLDialogElement>()
    render(<ConfirmDialog ref={ref} open className="host" variant="this-device" onConfirm={() => {}} onCancel={() => {}} />)
    const dialog = screen.getByRole('dialog')
    expect(dialog.tagName).toBe('DIALOG')
    expect(dialog).toHaveClass('rcd-forget-dialog', 'host')
    expect(ref.current).toBe(dialog)
  })

  it('drops the rcd- classes when unstyled', () => {
    render(<ConfirmDialog unstyled open variant="this-device" onConfirm={() => {}} onCancel={() => {}} />)
    const dialog = screen.getByRole('dialog')
    expect(dialog).not.toHaveAttribute('class')
    expect(dialog.querySelector('[class*="rcd-"]')).toBeNull()
  })
})
