/**
 * The words of the connected panel (DeviceManager) beyond the presentational components' own
 * (`DeviceText`): header, per-device actions and the live-region announcements. Same pattern:
 * partial overrides over complete defaults per locale.
 */
import type { DeviceTextLocale } from './displayText'

export interface ManagerText {
  title?: string
  description?: string
  refresh?: string
  refreshing?: string
  /** The per-device forget button. */
  forget?: string
  remember?: string
  stopRemembering?: string
  /** Announced after a device was forgotten. */
  forgotDevice?: (deviceName: string) => string
  forgotOtherDevices?: (count: number) => string
  rememberedDevice?: (deviceName: string) => string
  stoppedRememberingDevice?: (deviceName: string) => string
  /** Shown next to the action that failed, before the error state's own sentence. */
  forgetFailed?: string
  rememberFailed?: string
  /** This browser's device was forgotten elsewhere (its GetDevice now answers "not found"). */
  currentDeviceForgotten?: string
}

export type ResolvedManagerText = Required<ManagerText>

const en: ResolvedManagerText = {
  title: 'Your devices',
  description: 'Devices remembered for your account. Forget any you no longer use or do not recognise.',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  forget: 'Forget',
  remember: 'Remember',
  stopRemembering: 'Stop remembering',
  forgotDevice: (name) => `${name} was forgotten.`,
  forgotOtherDevices: (count) => (count === 1 ? '1 other device was forgotten.' : `${count} other devices were forgotten.`),
  rememberedDevice: (name) => `${name} is now remembered.`,
  stoppedRememberingDevice: (name) => `${name} is no longer remembered.`,
  forgetFailed: 'Could not forget this device.',
  rememberFailed: 'Could not change whether this device is remembered.',
  currentDeviceForgotten:
    'This device is no longer remembered for your account. The next time you sign in here, it will be treated as a new device.',
}

const de: ResolvedManagerText = {
  title: 'Ihre Geräte',
  description: 'Für Ihr Konto gespeicherte Geräte. Entfernen Sie Geräte, die Sie nicht mehr nutzen oder nicht kennen.',
  refresh: 'Aktualisieren',
  refreshing: 'Wird aktualisiert…',
  forget: 'Entfernen',
  remember: 'Speichern',
  stopRemembering: 'Nicht mehr speichern',
  forgotDevice: (name) => `${name} wurde entfernt.`,
  forgotOtherDevices: (count) => (count === 1 ? '1 anderes Gerät wurde entfernt.' : `${count} andere Geräte wurden entfernt.`),
  rememberedDevice: (name) => `${name} wird jetzt gespeichert.`,
  stoppedRememberingDevice: (name) => `${name} wird nicht mehr gespeichert.`,
  forgetFailed: 'Das Gerät konnte nicht entfernt werden.',
  rememberFailed: 'Die Einstellung für dieses Gerät konnte nicht geändert werden.',
  currentDeviceForgotten:
    'Dieses Gerät ist für Ihr Konto nicht mehr gespeichert. Bei der nächsten Anmeldung hier gilt es als neues Gerät.',
}

const ar: ResolvedManagerText = {
  title: 'أجهزتك',
  description: 'الأجهزة المحفوظة لحسابك. أزِل أي جهاز لم تعد تستخدمه أو لا تتعرّف عليه.',
  refresh: 'تحديث',
  refreshing: 'جارٍ التحديث…',
  forget: 'إزالة',
  remember: 'حفظ',
  stopRemembering: 'إيقاف الحفظ',
  forgotDevice: (name) => `تمت إزالة ${name}.`,
  forgotOtherDevices: (count) =>
    count === 1 ? 'تمت إزالة جهاز آخر واحد.' : count === 2 ? 'تمت إزالة جهازين آخرين.' : `تمت إزالة ${count} من الأجهزة الأخرى.`,
  rememberedDevice: (name) => `أصبح ${name} محفوظًا.`,
  stoppedRememberingDevice: (name) => `لم يعد ${name} محفوظًا.`,
  forgetFailed: 'تعذّرت إزالة هذا الجهاز.',
  rememberFailed: 'تعذّر تغيير حالة حفظ هذا الجهاز.',
  currentDeviceForgotten: 'لم يعد هذا الجهاز محفوظًا لحسابك. عند تسجيل الدخول هنا في المرة القادمة سيُعامل كجهاز جديد.',
}

export const defaultManagerText: Readonly<Record<DeviceTextLocale, ResolvedManagerText>> = { en, de, ar }

export function resolveManagerText(locale: DeviceTextLocale, overrides: ManagerText | undefined): ResolvedManagerText {
  const defaults = defaultManagerText[locale]
  if (!overrides) return defaults
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined))
  return { ...defaults, ...defined }
}
