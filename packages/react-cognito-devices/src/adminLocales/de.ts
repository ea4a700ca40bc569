/**
 * German words of the admin console (react-cognito-devices/admin). Opt in once at start-up, beside
 * the main entry's German:
 *
 *   import { registerTranslations } from 'react-cognito-devices'
 *   import { de } from 'react-cognito-devices/locales/de'
 *   import { registerAdminTranslations } from 'react-cognito-devices/admin'
 *   import { adminDe } from 'react-cognito-devices/admin/locales/de'
 *   registerTranslations(de)
 *   registerAdminTranslations(adminDe)
 */
import type { AdminErrorWords, AdminText, AdminTranslation } from '../adminPanel/adminTranslations'

const german: AdminText = {
  title: (username) => `Geräte von ${username}`,
  description:
    'Alle Geräte, auf denen sich dieser Benutzer angemeldet hat, gespeichert oder nicht. Melden Sie eines ab, das verloren ist oder nicht zu ihm gehört: Es wird vergessen, und seine nächste Anmeldung ist die vollständige.',
  emptyTitle: 'Keine Geräte',
  emptyDescription: 'Cognito kennt kein Gerät dieses Benutzers.',
  forgetDeviceDescription:
    'Dieses Gerät wird vom Konto dieses Benutzers abgemeldet und vergessen: Um das Konto darauf wieder zu nutzen, ist die vollständige Anmeldung nötig, mit jedem zusätzlichen Bestätigungsschritt.',
}

const germanErrors: AdminErrorWords = {
  states: {
    'admin-credentials': {
      heading: 'Administrator-Anmeldung nötig',
      message: 'Die AWS-Anmeldedaten zur Geräteverwaltung fehlen oder sind abgelaufen. Melden Sie sich erneut als Administrator an.',
      action: 'Erneut versuchen',
    },
    'admin-access-denied': {
      heading: 'Nicht erlaubt',
      message: 'Ihre Rolle darf die Geräte dieses Benutzerpools nicht verwalten. Bitten Sie einen Administrator um Zugriff.',
    },
    'user-not-found': {
      heading: 'Benutzer nicht gefunden',
      message: 'Einen Benutzer mit diesem Namen gibt es im Benutzerpool nicht.',
    },
  },
  short: {
    'admin-credentials': 'Die Administrator-Anmeldedaten fehlen oder sind abgelaufen.',
    'admin-access-denied': 'Ihre Rolle darf die Geräte dieses Benutzerpools nicht verwalten.',
    'user-not-found': 'Diesen Benutzer gibt es im Benutzerpool nicht.',
  },
  consoleSetup:
    'Für Entwickler: Geben Sie adminDeviceApi eine userPoolId wie "eu-west-1_AbC123" (oder eine Region) und liefern Sie die Konsole über https:// oder von localhost aus, wo Browser das WebCrypto anbieten, mit dem sie Anfragen signiert.',
}

export const adminDe: AdminTranslation = { language: 'de', text: german, errors: germanErrors }
