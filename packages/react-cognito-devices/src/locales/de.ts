/**
 * German text for every part of the main entry (the admin entry brings its own:
 * adminErrorText). Opt in once at start-up, so apps that do not need it do not download it:
 *
 *   import { registerTranslations } from 'react-cognito-devices'
 *   import { de } from 'react-cognito-devices/locales/de'
 *   registerTranslations(de)
 */
import type { DeviceTextTranslation } from '../i18n/deviceText'
import type { ErrorText } from '../i18n/errorText'
import type { ResolvedManagerText } from '../i18n/managerText'
import type { UserErrorState } from '../errors/classifyError'
import type { DeviceKitTranslation } from '../i18n/translations'

const germanErrors: Readonly<Record<UserErrorState, string>> = {
  'signed-out': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'password-reset-required': 'Sie müssen Ihr Passwort zurücksetzen, bevor Sie fortfahren können.',
  'account-unconfirmed': 'Ihr Konto wurde noch nicht bestätigt.',
  'device-not-found': 'Dieses Gerät existiert nicht mehr.',
  'invalid-request': 'Diese Anfrage konnte nicht ausgeführt werden.',
  throttled: 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
  blocked: 'Diese Anfrage wurde blockiert.',
  misconfigured: 'Die Geräteverwaltung ist für diese App nicht eingerichtet.',
  offline: 'Sie sind offenbar offline. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  unavailable: 'Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.',
  unknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
}

/** "einer Stunde", "5 Minuten", "einem Tag": an access-token lifetime, after "in" (dative). */
function germanDuration(seconds: number): string {
  const [amount, one, many] =
    seconds % 86_400 === 0
      ? [seconds / 86_400, 'einem Tag', 'Tagen']
      : seconds % 3600 === 0
        ? [seconds / 3600, 'einer Stunde', 'Stunden']
        : seconds % 60 === 0
          ? [seconds / 60, 'einer Minute', 'Minuten']
          : [seconds, 'einer Sekunde', 'Sekunden']
  return amount === 1 ? one : `${amount} ${many}`
}

const deviceText: DeviceTextTranslation = {
  deviceListLabel: 'Ihre Geräte',
  loadingDevices: 'Geräte werden geladen …',
  emptyTitle: 'Keine gespeicherten Geräte',
  emptyDescription: 'Geräte, die Sie sich bei der Anmeldung merken lassen, werden hier angezeigt.',
  retry: 'Erneut versuchen',
  retrying: 'Neuer Versuch läuft …',
  showMore: 'Weitere anzeigen',
  loadingMore: 'Weitere werden geladen …',

  thisDevice: 'Dieses Gerät',
  remembered: 'Gespeichert',
  notRemembered: 'Nicht gespeichert',
  deviceName: ({ browser, os }) => (browser && os ? `${browser} unter ${os}` : browser ? browser : `Gerät unter ${os}`),
  unknownDevice: 'Unbekanntes Gerät',
  details: 'Details',

  attributeDeviceName: 'Name',
  attributeLastIpUsed: 'Letzte IP-Adresse',
  attributeRememberedStatus: 'Gespeichert',
  attributeDeviceStatus: 'Status',
  yes: 'Ja',
  no: 'Nein',
  showAll: 'Alles anzeigen',
  showLess: 'Weniger anzeigen',

  createdAt: 'Hinzugefügt',
  lastModifiedAt: 'Zuletzt geändert',
  lastAuthenticatedAt: 'Zuletzt angemeldet',
  unknownDate: 'Unbekannt',

  cancel: 'Abbrechen',
  forgetThisDeviceTitle: 'Dieses Gerät vergessen?',
  forgetThisDeviceDescription:
    'Dieses Gerät wird nicht mehr gespeichert, und Sie werden hier abgemeldet: Ohne das Gerät lässt sich Ihre Sitzung hier nicht verlängern. Ihre nächste Anmeldung auf diesem Gerät ist die vollständige, mit jedem zusätzlichen Bestätigungsschritt.',
  thisDeviceSignedOutWhen: (lifetime) =>
    lifetime ? `Sie bleiben hier angemeldet, bis diese Sitzung endet, spätestens in ${germanDuration(lifetime)}.` : 'Sie bleiben hier angemeldet, bis diese Sitzung endet.',
  forgetDeviceTitle: (deviceName) => `„${deviceName}“ abmelden?`,
  forgetDeviceDescription:
    'Dieses Gerät wird von Ihrem Konto abgemeldet und vergessen: Um Ihr Konto darauf wieder zu nutzen, ist die vollständige Anmeldung nötig, mit jedem zusätzlichen Bestätigungsschritt.',
  signedOutWhen: (lifetime) =>
    lifetime ? `Es bleibt angemeldet, bis seine aktuelle Sitzung endet, spätestens in ${germanDuration(lifetime)}.` : 'Es bleibt angemeldet, bis seine aktuelle Sitzung endet.',
  forgetOtherDevicesTitle: (count) =>
    count === undefined ? 'Alle anderen Geräte abmelden?' : count === 1 ? 'Das andere Gerät abmelden?' : `${count} andere Geräte abmelden?`,
  forgetOtherDevicesDescription:
    'Alle hier aufgeführten Geräte werden abgemeldet und vergessen; dieses Gerät bleibt angemeldet. Um Ihr Konto wieder zu nutzen, braucht jedes die vollständige Anmeldung mit jedem zusätzlichen Bestätigungsschritt. Anmeldungen, die diese Liste nicht zeigt (ein nicht gespeichertes Gerät, eine Anmeldung über eine andere Website), beendet nur „Überall abmelden“.',
  othersSignedOutWhen: (lifetime) =>
    lifetime ? `Jedes bleibt angemeldet, bis seine aktuelle Sitzung endet, spätestens in ${germanDuration(lifetime)}.` : 'Jedes bleibt angemeldet, bis seine aktuelle Sitzung endet.',
  forgetDevice: 'Gerät vergessen',
  signOutDevice: 'Gerät abmelden',
  forgetOtherDevices: 'Alle anderen Geräte abmelden',
  forgetting: 'Wird vergessen …',
  signingOut: 'Wird abgemeldet …',
  signOutEverywhereTitle: 'Überall abmelden?',
  signOutEverywhereDescription:
    'Sie werden auf allen Geräten abgemeldet, auch auf diesem und bei Anmeldungen, die diese Liste nicht zeigt. Kein Gerät kann seine Sitzung verlängern; jedes muss sich erneut anmelden. Gespeicherte Geräte bleiben gespeichert.',
  signOutEverywhere: 'Überall abmelden',
  signingOutEverywhere: 'Wird abgemeldet …',
  lastUsedFrom: 'Zuletzt verwendet von',
  placeSeparator: ', ',
}

const errors: Required<ErrorText> = {
  short: germanErrors,
  states: {
    'signed-out': {
      heading: 'Ihre Sitzung ist abgelaufen',
      message: 'Melden Sie sich erneut an, um Ihre Geräte zu sehen und zu verwalten.',
      action: 'Erneut anmelden',
    },
    'password-reset-required': {
      heading: 'Neues Passwort erforderlich',
      message: 'Bevor Sie Ihre Geräte verwalten können, braucht Ihr Konto ein neues Passwort: Setzen Sie es zurück und melden Sie sich dann erneut an.',
      action: 'Passwort zurücksetzen',
    },
    'account-unconfirmed': {
      heading: 'Konto nicht bestätigt',
      message: 'Bestätigen Sie Ihr Konto mit dem Code, den Sie per E-Mail oder SMS erhalten haben, und melden Sie sich dann erneut an.',
      action: 'Konto bestätigen',
    },
    misconfigured: {
      heading: 'Die Geräteverwaltung ist nicht eingerichtet',
      message: ({ misconfiguration }) =>
        misconfiguration === 'user-pool-setup'
          ? 'Für Entwickler: Aktivieren Sie im Cognito-Benutzerpool die Geräteverfolgung (Device tracking: Always oder User opt-in) und prüfen Sie, ob dieser Vorgang für den App-Client freigegeben ist.'
          : 'Für Entwickler: Rufen Sie vor dem Rendern Amplify.configure(...) mit den Auth.Cognito-Einstellungen (userPoolId, userPoolClientId) auf oder geben Sie tokenDeviceApi eine Region oder einen Endpunkt.',
    },
    'device-not-found': {
      heading: 'Gerät nicht gefunden',
      message: 'Dieses Gerät ist für Ihr Konto nicht mehr gespeichert; vielleicht wurde es auf einem anderen Gerät entfernt.',
    },
    'invalid-request': {
      heading: 'Die Anfrage wurde nicht angenommen',
      message: 'Laden Sie die Seite neu und versuchen Sie es noch einmal; wenn es wieder passiert, wenden Sie sich mit den Angaben unten an den Support.',
    },
    blocked: {
      heading: 'Anfrage blockiert',
      message: 'Eine Sicherheitsprüfung hat die Anfrage blockiert; warten Sie kurz und versuchen Sie es erneut oder wenden Sie sich an den Support, wenn es wieder passiert.',
      action: 'Erneut versuchen',
    },
    throttled: {
      heading: 'Zu viele Anfragen',
      message: 'Der Dienst hat uns gebeten, kurz zu warten.',
      action: 'Erneut versuchen',
    },
    offline: {
      heading: 'Sie sind offline',
      message: 'Prüfen Sie Ihre Verbindung; sobald Sie wieder online sind, versuchen wir es erneut.',
    },
    unavailable: {
      heading: 'Die Geräte sind gerade nicht erreichbar',
      message: 'Der Gerätedienst hat nicht geantwortet; bitte versuchen Sie es gleich noch einmal.',
      action: 'Erneut versuchen',
    },
    unknown: {
      heading: 'Etwas ist schiefgelaufen',
      message: 'Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich mit den Angaben unten an den Support.',
      action: 'Erneut versuchen',
    },
  },
  retryCountdown: (seconds) => (seconds === 1 ? 'Neuer Versuch in 1 Sekunde.' : `Neuer Versuch in ${seconds} Sekunden.`),
  retryingNow: 'Neuer Versuch läuft …',
  detailsSummary: 'Angaben für den Support',
  errorNameLabel: 'Fehler',
  requestIdLabel: 'Anfrage-ID',
}

const manager: ResolvedManagerText = {
  title: 'Ihre Geräte',
  description: 'Für Ihr Konto gespeicherte Geräte. Melden Sie Geräte ab, die Sie nicht mehr nutzen oder nicht kennen.',
  refresh: 'Aktualisieren',
  refreshing: 'Wird aktualisiert…',
  forget: 'Vergessen',
  signOutOtherDevice: 'Abmelden',
  remember: 'Speichern',
  stopRemembering: 'Nicht mehr speichern',
  forgotDevice: (name) => `${name} wurde vergessen und wird abgemeldet, sobald seine aktuelle Sitzung endet.`,
  forgotOtherDevices: (count) =>
    count === 1
      ? 'Das andere Gerät wurde vergessen und wird abgemeldet, sobald seine aktuelle Sitzung endet.'
      : `Alle ${count} anderen Geräte wurden vergessen und werden abgemeldet, sobald ihre aktuelle Sitzung endet.`,
  signingOutOthers: 'Andere Geräte werden abgemeldet …',
  signOutOthersCount: (done, total) => `${done} von ${total}`,
  signOutOthersGoesOn:
    'Jedes Gerät verschwindet aus der Liste, sobald es abgemeldet ist. Wenn Sie diese Seite verlassen, bleiben die noch nicht abgemeldeten aufgeführt.',
  signOutOthersPartly: (done, total) => `${done} von ${total} anderen Geräten wurden abgemeldet. Diese nicht:`,
  retrySignOutOthers: (count) => (count === 1 ? 'Dieses erneut versuchen' : `Diese ${count} erneut versuchen`),
  rememberedDevice: (name) => `${name} wird jetzt gespeichert.`,
  stoppedRememberingDevice: (name) => `${name} wird nicht mehr gespeichert.`,
  forgetFailed: 'Das Gerät konnte nicht vergessen werden.',
  signOutFailed: 'Das Gerät konnte nicht abgemeldet werden.',
  forgetOthersFailed: 'Die anderen Geräte konnten nicht abgemeldet werden.',
  rememberFailed: 'Die Einstellung für dieses Gerät konnte nicht geändert werden.',
  thisDeviceNotRemembered: 'Dieses Gerät ist nicht gespeichert',
  rememberThisDevice: 'Dieses Gerät speichern',
  rememberThisDeviceGone:
    'Ihr Konto kennt dieses Gerät nicht mehr (vielleicht wurde es anderswo vergessen). Melden Sie sich erneut an, um es zu speichern.',
  signOutEverywhere: 'Überall abmelden',
  signOutEverywhereFailed: 'Die Abmeldung auf allen Geräten ist fehlgeschlagen. Sie sind hier weiterhin angemeldet.',
}

export const de: DeviceKitTranslation = { language: 'de', direction: 'ltr', device: deviceText, errors, manager }
