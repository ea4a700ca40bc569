/**
 * `npm start [-- --remember always|user-opt-in]`: the demo account-settings page on the local
 * Cognito emulator (default seed, http://127.0.0.1:9229) and Vite (http://127.0.0.1:5173, or the
 * next free port). Ctrl-C (SIGINT) or SIGTERM stops both.
 *
 * With VITE_USER_POOL_ID set to a real pool (and no endpoint), or VITE_USER_POOL_ENDPOINT pointing
 * anywhere but 127.0.0.1:9229, no emulator is started: the page talks to that pool.
 * Exit code 2 for bad flags or a port the emulator cannot use.
 */
import { parseArgs } from 'node:util'
import { DEMO_PASSWORD, DEMO_USERS } from 'cognito-emulator/node'
import { startDemo, type DemoServers, type RememberDevices } from './demoServers'

const USAGE = 'usage: npm start [-- --remember always|user-opt-in]'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

function readFlags(): { rememberDevices: RememberDevices } {
  try {
    const { values } = parseArgs({ options: { remember: { type: 'string', default: 'always' } } })
    if (values.remember !== 'always' && values.remember !== 'user-opt-in') fail(`--remember must be "always" or "user-opt-in", got "${values.remember}"\n${USAGE}`)
    return { rememberDevices: values.remember }
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`)
  }
}

const flags = readFlags()
let servers: DemoServers
try {
  servers = await startDemo({ rememberDevices: flags.rememberDevices })
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException
  if (code === 'EADDRINUSE') {
    fail(
      `Port 9229 is already in use (another \`npm run emulator\` or \`npm start\`?). Stop it, or point the demo at ` +
        `it with VITE_USER_POOL_ENDPOINT=http://127.0.0.1:9229/ and run only Vite.\n(${message})`,
    )
  }
  throw error
}

const { emulator, pool, url } = servers
console.log('')
console.log(`  Tidepool demo          ${url}`)
if (emulator) {
  console.log(`  Cognito emulator       ${emulator.url}  (pool ${pool.userPoolId}, client ${pool.userPoolClientId})`)
  console.log(`  Device remembering     ${flags.rememberDevices === 'always' ? 'always' : 'user opt-in ("Remember this device?" after sign-in)'}`)
  console.log('')
  console.log(`  Sign in as ${DEMO_USERS.demo} / ${DEMO_PASSWORD}`)
  console.log(`  Passkeys need a domain: open ${url.replace('127.0.0.1', 'localhost')} to add one`)
  console.log(
    `  also, same password: ${DEMO_USERS.manyDevices} (130 devices), ${DEMO_USERS.passwordResetRequired} (password reset required), ` +
      `${DEMO_USERS.unconfirmed} (unconfirmed), ${DEMO_USERS.disabled} (disabled)`,
  )
} else {
  console.log(`  User pool              ${pool.userPoolId}, client ${pool.userPoolClientId}`)
  console.log(`  Endpoint               ${pool.userPoolEndpoint ?? `Amazon Cognito (${pool.userPoolId.split('_')[0]})`}`)
  console.log('  No emulator started: the VITE_* settings point at another pool. Sign in with one of its users.')
}
console.log('')
console.log('  Press Ctrl-C to stop.')

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    console.log(`\n${signal}: stopping the demo${emulator ? ' and the emulator' : ''}`)
    servers.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  })
}
