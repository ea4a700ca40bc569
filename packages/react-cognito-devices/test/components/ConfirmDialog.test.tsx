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

  it('opens with a title and a description of what forgetting means (the device is signed out), focus on Cancel', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByRole('button', { name: 'Forget…' }))
    const dialog = screen.getByRole('dialog', { name: 'Sign out “Chrome 131 on macOS”?' })
    expect(dialog).toHaveAccessibleDescription(
      'This device will be signed out of your account and forgotten: to use your account on it again, someone must go through the full sign-in, with any extra verification step. It stays signed in until its current session ends.',
    )
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
    expect(screen.getByRole('button', { name: 'Sign out device' })).toHaveFocus()
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

  it('says when the other device is signed out: within this session\'s access-token lifetime', () => {
    const { rerender } = render(<ConfirmDialog open variant="other-device" deviceName="Pixel 8" accessTokenLifetimeSeconds={3600} onConfirm={() => {}} onCancel={() => {}} />)
    const dialog = screen.getByRole('dialog', { name: 'Sign out “Pixel 8”?' })
    expect(dialog).toHaveAccessibleDescription(/It stays signed in until its current session ends, within an hour at the latest\.$/)
    rerender(<ConfirmDialog open variant="other-device" deviceName="Pixel 8" accessTokenLifetimeSeconds={300} onConfirm={() => {}} onCancel={() => {}} />)
    expect(dialog).toHaveAccessibleDescription(/within 5 minutes at the latest\.$/)
    rerender(<ConfirmDialog open variant="other-device" deviceName="Pixel 8" accessTokenLifetimeSeconds={86_400} onConfirm={() => {}} onCancel={() => {}} />)
    expect(dialog).toHaveAccessibleDescription(/within a day at the latest\.$/)
  })

  it('reads "Signing out…" while another device is signed out', () => {
    render(<ConfirmDialog open variant="other-device" deviceName="Pixel 8" isPending onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('button', { name: 'Signing out…' })).toHaveAttribute('aria-disabled', 'true')
  })

  it('says this device is signed out too, when this session ends, and that its next sign-in is the full one', () => {
    render(<ConfirmDialog open variant="this-device" accessTokenLifetimeSeconds={3600} onConfirm={() => {}} onCancel={() => {}} />)
    const dialog = screen.getByRole('dialog', { name: 'Forget this device?' })
    expect(dialog).toHaveAccessibleDescription(
      /you will be signed out here.*the full one, with any extra verification step\. You stay signed in here until this session ends, within an hour at the latest\.$/,
    )
    expect(dialog).toHaveClass('rcd-forget-dialog--this-device')
  })

  it('names how many other devices will be signed out, that this one stays signed in, and what only "Sign out everywhere" ends', () => {
    render(<ConfirmDialog open variant="all-other-devices" otherDeviceCount={3} accessTokenLifetimeSeconds={3600} onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'Sign out 3 other devices?' })).toHaveAccessibleDescription(
      /^Every device listed here will be signed out and forgotten; this device stays signed in\..*Sign-ins this list does not show .* end only with “Sign out everywhere”\. Each stays signed in until its current session ends, within an hour at the latest\.$/,
    )
    expect(screen.getByRole('button', { name: 'Sign out all other devices' })).toBeInTheDocument()
  })

  it('asks about all other devices when their number is unknown', () => {
    render(<ConfirmDialog open variant="all-other-devices" onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'Sign out all other devices?' })).toBeInTheDocument()
  })

  it('shows control characters in a device name instead of obeying them', () => {
    render(<ConfirmDialog open variant="other-device" deviceName={'a\u202Eb'} onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'Sign out “a[U+202E]b”?' })).toBeInTheDocument()
  })

  it('speaks German', () => {
    render(<ConfirmDialog open locale="de" variant="this-device" onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'Dieses Gerät vergessen?' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeInTheDocument()
  })

  it('says in German that the other device is signed out, and when', () => {
    render(<ConfirmDialog open locale="de" variant="other-device" deviceName="Pixel 8" accessTokenLifetimeSeconds={3600} onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: '„Pixel 8“ abmelden?' })).toHaveAccessibleDescription(
      /wird von Ihrem Konto abgemeldet und vergessen.*Es bleibt angemeldet, bis seine aktuelle Sitzung endet, spätestens in einer Stunde\.$/,
    )
    expect(screen.getByRole('button', { name: 'Gerät abmelden' })).toBeInTheDocument()
  })

  it('says in Arabic that the other devices are signed out, and when (its plural forms for minutes)', () => {
    render(<ConfirmDialog open locale="ar" variant="all-other-devices" otherDeviceCount={4} accessTokenLifetimeSeconds={300} onConfirm={() => {}} onCancel={() => {}} />)
    const n = new Intl.NumberFormat('ar').format // Arabic-Indic or Latin digits, as this ICU has it
    expect(screen.getByRole('dialog', { name: `تسجيل خروج ${n(4)} أجهزة أخرى؟` })).toHaveAccessibleDescription(new RegExp(`خلال ${n(5)} دقائق على الأكثر\\.$`))
    expect(screen.getByRole('button', { name: 'تسجيل خروج جميع الأجهزة الأخرى' })).toBeInTheDocument()
  })

  it('speaks Arabic, with its dual form for two devices', () => {
    render(<ConfirmDialog open locale="ar" variant="all-other-devices" otherDeviceCount={2} onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'تسجيل خروج الجهازين الآخرين؟' })).toBeInTheDocument()
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
