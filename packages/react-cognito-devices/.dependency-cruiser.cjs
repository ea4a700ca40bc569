// `npm run lint` runs `depcruise src`: no import circle and no upward import in src/.
// The library's layers, lowest first; a folder may import its own layer and the ones below it, never
// one above (ARCHITECTURE.md). Type-only imports count: a circle of types is still a circle.
const layers = [
  ['cognito'],
  ['errors', 'format'],
  ['api'],
  ['query'],
  ['provider'],
  ['hooks'],
  ['i18n'],
  ['boundary', 'components'],
  ['connected'],
]
// Separate entries: the package's entry files, the locales and the admin data source.
// Nothing in the layers imports them.
const entries = ['src/index\\.ts$', 'src/amplify\\.ts$', 'src/admin\\.ts$', 'src/(locales|admin)/']
const folder = (names) => `^src/(${names.join('|')})/`

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
      comment: 'The layers may not import an entry, a locale or the admin data source.',
      severity: 'error',
      from: { path: folder(layers.flat()) },
      to: { path: entries },
    },
    {
      name: 'admin-data-source-stays-low',
      comment:
        'The admin data source uses the wire layers (cognito, errors, format, api) only, never React or the query layer. ' +
        'The admin panel (AdminDeviceManager, its words and its error states\' words) sits on top, beside connected/.',
      severity: 'error',
      from: { path: '^src/admin/', pathNot: '^src/admin/(AdminDeviceManager\\.tsx|adminText\\.ts|adminErrorText\\.ts)$' },
      to: { path: folder(layers.slice(3).flat()) },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.css$' },
  },
}
