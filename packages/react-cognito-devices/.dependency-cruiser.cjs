// `npm run lint` runs `depcruise src`: no import circle and no upward import in src/.
// The library's layers, lowest first; a folder may import its own layer and the ones below it, never
// one above. Type-only imports count: a circle of types is still a circle.
const layers = [
  // the domain: the Device type, its small rules, the kit's own errors
  ['model'],
  // the wire: Cognito's JSON protocol, and the strict parse of its answers into the model
  ['cognito'],
  ['errors', 'format'],
  // data sources: the DeviceApi port and its adapters; the Admin operations' one (SigV4) beside them
  ['api', 'adminApi'],
  ['query'],
  ['provider'],
  ['hooks'],
  ['i18n'],
  ['boundary', 'components'],
  ['connected'],
]
const folder = (names) => `^src/(${names.join('|')})/`
// What only the package's entries import: the entry files, the locales (opt-in translations) and the
// admin console's panel, which sits on top of the kit's public API.
const entries = ['^src/[^/]+\\.ts$', folder(['locales', 'adminLocales', 'adminPanel'])]

const upward = layers.slice(0, -1).map((names, index) => ({
  name: `no-upward-from-${names.join('-')}`,
  comment: `${names.join(' and ')} may not import a layer above: ${layers.slice(index + 1).flat().join(', ')}`,
  severity: 'error',
  from: { path: folder(names) },
  to: { path: folder(layers.slice(index + 1).flat()) },
}))

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle: split the module or move the shared part one layer down.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...upward,
    {
      name: 'no-entry-from-layers',
      comment: 'The layers may not import an entry, a locale or the admin panel.',
      severity: 'error',
      from: { path: folder(layers.flat()) },
      to: { path: entries },
    },
    {
      name: 'admin-panel-uses-the-public-api',
      comment:
        "The admin panel (AdminDeviceManager and its words) uses the kit as a host would, through src/index.ts; " +
        'it may read the text layer (i18n) and the error states for its own words, nothing else.',
      severity: 'error',
      from: { path: folder(['adminPanel', 'adminLocales']) },
      to: { path: folder(layers.flat().filter((name) => name !== 'i18n' && name !== 'errors')) },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.css$' },
  },
}
