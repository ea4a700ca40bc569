/**
 * German text for the passkey section. Opt in once at start-up:
 *
 *   import { registerPasskeyTranslations } from 'react-cognito-devices'
 *   import { dePasskeys } from 'react-cognito-devices/locales/de-passkeys'
 *   registerPasskeyTranslations(dePasskeys)
 */
import type { PasskeyTranslation } from '../i18n/passkeyText'

const transports: Readonly<Record<string, string>> = { usb: 'USB', nfc: 'NFC', ble: 'Bluetooth', hybrid: 'ein Smartphone in der Nähe', internal: 'dieses Gerät', 'smart-card': 'Smartcard' }

export const dePasskeys: PasskeyTranslation = {
  language: 'de',
  direction: 'ltr',
  text: {
    title: 'Passkeys',
    description: 'Mit Passkeys melden Sie sich per Fingerabdruck, Gesicht, Bildschirmsperre oder Sicherheitsschlüssel statt mit einem Passwort an.',
    listLabel: 'Ihre Passkeys',
    loading: 'Passkeys werden geladen …',
    emptyTitle: 'Noch keine Passkeys',
    emptyDescription: 'Fügen Sie einen Passkey hinzu, um sich ohne Passwort anzumelden.',
    add: 'Passkey hinzufügen',
    adding: 'Passkey wird hinzugefügt …',
    remove: 'Entfernen',
    removing: 'Wird entfernt …',
    createdAt: (date) => `Hinzugefügt am ${date}`,
    unknownDate: 'Hinzugefügt an unbekanntem Datum',
    platform: 'In ein Gerät eingebaut',
    crossPlatform: 'Sicherheitsschlüssel oder Smartphone',
    transport: (transport) => transports[transport] ?? transport,
    transportsLabel: 'Verbindung über',
    confirmRemoveTitle: (name) => `„${name}“ entfernen?`,
    confirmRemoveDescription:
      'Dieser Passkey funktioniert für dieses Konto nicht mehr. Ihr Gerät oder Passwortmanager zeigt ihn eventuell weiter an, bis Sie ihn auch dort löschen.',
    cancel: 'Abbrechen',
    added: 'Passkey hinzugefügt.',
    removed: (name) => `${name} wurde entfernt.`,
    addFailed: 'Der Passkey konnte nicht hinzugefügt werden.',
    removeFailed: 'Der Passkey konnte nicht entfernt werden.',
    errors: {
      'passkeys-not-enabled': 'Passkeys sind für dieses Konto nicht aktiviert.',
      'passkeys-not-configured': 'Passkeys sind für diese App noch nicht eingerichtet.',
      'passkey-origin-not-allowed': 'Auf dieser Website können keine Passkeys für dieses Konto hinzugefügt werden.',
      'passkey-relying-party-mismatch': 'Dieser Passkey gehört zu einer anderen Website und kann für dieses Konto nicht verwendet werden.',
      'passkey-challenge-expired': 'Das hat zu lange gedauert. Bitte versuchen Sie es erneut.',
      'passkey-client-mismatch': 'Sie haben sich inzwischen erneut angemeldet. Bitte versuchen Sie es erneut.',
      'passkey-not-supported': 'Dieser Browser oder Authenticator kann hier nicht für Passkeys verwendet werden.',
      'passkey-limit-reached': 'Sie haben die höchste erlaubte Zahl an Passkeys. Entfernen Sie einen, um einen weiteren hinzuzufügen.',
      'passkey-already-registered': 'Dieser Authenticator hat bereits einen Passkey für dieses Konto.',
      'passkey-not-found': 'Diesen Passkey gibt es nicht mehr.',
    },
    notEnabled: 'Passkeys sind für dieses Konto nicht aktiviert.',
    genericError: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    retry: 'Erneut versuchen',
    showMore: 'Weitere anzeigen',
    loadingMore: 'Weitere werden geladen …',
  },
}
