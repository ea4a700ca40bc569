import type { PasskeyOnlyErrorState } from '../errors/classifyPasskeyError'
import { languageOf, withOverrides } from './translations'

/**
 * Every word of the passkey section (PasskeyManager and its parts), apart from the device kit's
 * text so a host that shows only devices carries none of it. Partial overrides over complete
 * defaults per locale, like ManagerText.
 */
export interface PasskeyText {
  title?: string
  description?: string
  listLabel?: string
  loading?: string
  emptyTitle?: string
  emptyDescription?: string
  add?: string
  adding?: string
  remove?: string
  removing?: string
  /** "Added 3 March 2026". */
  createdAt?: (date: string) => string
  unknownDate?: string
  /** AuthenticatorAttachment `platform`. */
  platform?: string
  /** AuthenticatorAttachment `cross-platform`. */
  crossPlatform?: string
  /** A transport Cognito named (`usb`, `nfc`, `ble`, `hybrid`, `internal`); an unknown one is shown as sent. */
  transport?: (transport: string) => string
  /** How the passkey connects, before its transports ("Connects by USB, NFC"). */
  transportsLabel?: string
  confirmRemoveTitle?: (name: string) => string
  /** What removing means: it stops working here; the authenticator may still list it. */
  confirmRemoveDescription?: string
  cancel?: string
  added?: string
  removed?: (name: string) => string
  addFailed?: string
  removeFailed?: string
  /** The sentence for each passkey-only error state. */
  errors?: Partial<Record<PasskeyOnlyErrorState, string>>
  /** Shown instead of the list's "Add" when the pool has passkeys off. */
  notEnabled?: string
  /** Any other failure (the device kit's states are worded there). */
  genericError?: string
  retry?: string
  showMore?: string
  loadingMore?: string
}

export type ResolvedPasskeyText = Required<Omit<PasskeyText, 'errors'>> & { readonly errors: Readonly<Record<PasskeyOnlyErrorState, string>> }

/** A language's complete passkey text, as `registerPasskeyTranslations` takes it. */
export interface PasskeyTranslation {
  readonly language: string
  readonly direction: 'ltr' | 'rtl'
  readonly text: ResolvedPasskeyText
}

const englishTransports: Readonly<Record<string, string>> = { usb: 'USB', nfc: 'NFC', ble: 'Bluetooth', hybrid: 'a phone nearby', internal: 'this device', 'smart-card': 'smart card' }

export const englishPasskeyText: ResolvedPasskeyText = {
  title: 'Passkeys',
  description: 'Passkeys let you sign in with your fingerprint, face, screen lock or a security key instead of a password.',
  listLabel: 'Your passkeys',
  loading: 'Loading passkeys…',
  emptyTitle: 'No passkeys yet',
  emptyDescription: 'Add a passkey to sign in without a password.',
  add: 'Add a passkey',
  adding: 'Adding passkey…',
  remove: 'Remove',
  removing: 'Removing…',
  createdAt: (date) => `Added ${date}`,
  unknownDate: 'Added on an unknown date',
  platform: 'Built into a device',
  crossPlatform: 'Security key or phone',
  transport: (transport) => englishTransports[transport] ?? transport,
  transportsLabel: 'Connects by',
  confirmRemoveTitle: (name) => `Remove “${name}”?`,
  confirmRemoveDescription:
    'This passkey will stop working for this account. Your device or password manager may still list it until you delete it there too.',
  cancel: 'Cancel',
  added: 'Passkey added.',
  removed: (name) => `${name} was removed.`,
  addFailed: 'Could not add the passkey.',
  removeFailed: 'Could not remove the passkey.',
  errors: {
    'passkeys-not-enabled': 'Passkeys are not turned on for this account.',
    'passkeys-not-configured': 'Passkeys are not set up for this app yet.',
    'passkey-origin-not-allowed': 'Passkeys for this account cannot be added on this website.',
    'passkey-relying-party-mismatch': 'This passkey belongs to another website and cannot be used for this account.',
    'passkey-challenge-expired': 'That took too long. Please try again.',
    'passkey-client-mismatch': 'You signed in again meanwhile. Please try again.',
    'passkey-not-supported': 'This browser or authenticator cannot be used for passkeys here.',
    'passkey-limit-reached': 'You have the most passkeys this account allows. Remove one to add another.',
    'passkey-already-registered': 'This authenticator already has a passkey for this account.',
    'passkey-not-found': 'This passkey no longer exists.',
  },
  notEnabled: 'Passkeys are not turned on for this account.',
  genericError: 'Something went wrong. Please try again.',
  retry: 'Try again',
  showMore: 'Show more',
  loadingMore: 'Loading more…',
}

const registered = new Map<string, PasskeyTranslation>()

/** Make passkey translations available, once at start-up: `registerPasskeyTranslations(dePasskeys, arPasskeys)`. */
export function registerPasskeyTranslations(...translations: readonly PasskeyTranslation[]): void {
  for (const translation of translations) registered.set(translation.language.toLowerCase(), translation)
}

/** The passkey text for `locale` (English when its language has none registered) with `overrides` on top, and its lang/dir. */
export function resolvePasskeyText(locale: string | undefined, overrides?: PasskeyText) {
  const translation = registered.get(languageOf(locale))
  const base = translation?.text ?? englishPasskeyText
  const { errors, ...rest } = overrides ?? {}
  const text: ResolvedPasskeyText = { ...withOverrides(base, rest), errors: withOverrides(base.errors, errors) }
  return { text, lang: translation && locale ? locale : 'en', dir: translation?.direction ?? ('ltr' as const) }
}
