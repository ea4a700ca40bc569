// Size budgets: what a host app pays, minified + gzip, with react, react-dom, @tanstack/react-query and
// aws-amplify external (size-limit leaves every peerDependency out). bowser, jose and
// react-error-boundary are our dependencies, so they count. `npm run size` after `npm run build`.
//
// The component entries follow what dist/index.js exports: until the main entry exports DeviceManager
// (and the components), the lines measure the nearest thing that exists and say so in their name.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const mainEntry = resolve('dist/index.js')
const exported = existsSync(mainEntry) ? new Set(Object.keys(await import(pathToFileURL(mainEntry).href))) : new Set()

const hooks = ['useDevice', 'useDevices', 'useForgetDevice', 'useSetDeviceRemembered', 'DeviceKitProvider', 'tokenDeviceApi']
const managerParts = ['DeviceCard', 'DeviceListView', 'ConfirmForgetDialog', 'DeviceErrorBoundary']
const named = (names) => `{ ${names.join(', ')} }`

/** From dist when the main entry exports them all, else from the sources (not yet public). */
function components(names) {
  return names.every((name) => exported.has(name))
    ? { path: 'dist/index.js', import: named(names), from: 'dist' }
    : { path: 'src/components/index.ts', import: named(names.filter((name) => name !== 'DeviceErrorBoundary')), from: 'src' }
}

function managerCheck() {
  if (exported.has('DeviceManager')) {
    return { name: 'DeviceManager with everything except the user-agent parser', path: 'dist/index.js', import: named(['DeviceManager']) }
  }
  // Fallback: the parts DeviceManager is made of, with the hooks it calls.
  const parts = [...hooks, ...managerParts]
  if (parts.every((name) => exported.has(name))) {
    return { name: 'DeviceManager parts (no DeviceManager yet) except the user-agent parser', path: 'dist/index.js', import: named(parts) }
  }
  return {
    name: 'DeviceManager parts from src (not exported yet) except the user-agent parser',
    path: ['src/index.ts', 'src/components/index.ts', 'src/boundary/index.ts'],
    import: {
      'src/index.ts': named(hooks),
      'src/components/index.ts': named(managerParts.slice(0, 3)),
      'src/boundary/index.ts': named(['DeviceErrorBoundary']),
    },
  }
}

const deviceCard = components(['DeviceCard'])

// Limits: the budget where it is not met yet (hooks 4 KB, DeviceManager 14 KB), else just
// above the size measured when the limit was set (see the bench table in the README).
export default [
  { name: 'hooks only', path: 'dist/index.js', import: named(hooks), gzip: true, limit: '4 KB' },
  { name: deviceCard.from === 'dist' ? 'DeviceCard alone' : 'DeviceCard alone (from src: not exported yet)', path: deviceCard.path, import: deviceCard.import, gzip: true, limit: '14.2 KB' },
  { ...managerCheck(), ignore: ['bowser'], gzip: true, limit: '14 KB' },
  { name: 'user-agent parser (bowser via describeUserAgent)', path: 'dist/format/deviceName.js', import: named(['describeUserAgent', 'nameFromDescription']), gzip: true, limit: '8.2 KB' },
  { name: 'CSS (dist/styles.css)', path: 'dist/styles.css', gzip: true, limit: '2.6 KB' },
]
