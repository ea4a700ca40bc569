#!/usr/bin/env node
/**
 * `cognito-emulator [--host 127.0.0.1] [--port 9229] [--seed seed.json]`: a local Cognito user pool.
 * Exit code 2 for bad flags or an invalid seed (the message names the bad field).
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import {
  DEMO_IAM_CREDENTIALS,
  DEMO_PASSWORD,
  DEMO_USERS,
  SeedValidationError,
  startEmulatorServer,
  validateSeed,
  type EmulatorSeed,
} from './node.ts'
import type { SeedThrottling } from './seedTypes.ts'

const USAGE = 'usage: cognito-emulator [--host 127.0.0.1] [--port 9229] [--seed file.json]'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

function readFlags() {
  try {
    const { values } = parseArgs({
      options: { host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '9229' }, seed: { type: 'string' } },
    })
    const port = Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535, got "${values.port}"\n${USAGE}`)
    return { host: values.host, port, seedFile: values.seed }
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`)
  }
}

async function loadSeed(file: string): Promise<EmulatorSeed> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    fail(`Cannot read the seed file ${file}: ${(error as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    fail(`The seed file ${file} is not valid JSON: ${(error as Error).message}`)
  }
  try {
    return validateSeed(json)
  } catch (error) {
    if (error instanceof SeedValidationError) fail(`${file}: ${error.message}`)
    throw error
  }
}

/** What the banner says of the request quotas: the seed's choice, not always the default. */
function quotaLine(throttling: SeedThrottling | false | undefined): string {
  if (throttling === false) return "Quotas are off (the seed's userPool.throttling is false): no TooManyRequestsException"
  if (throttling) return "Cognito's quotas as the seed's userPool.throttling sets them (TooManyRequestsException past them)"
  return "Cognito's default quotas apply (TooManyRequestsException past them); a seed's userPool.throttling tunes or turns them off"
}

const flags = readFlags()
const seed = flags.seedFile ? await loadSeed(flags.seedFile) : undefined
const server = await startEmulatorServer({ host: flags.host, port: flags.port, ...(seed ? { seed } : {}) }).catch((error: Error) =>
  fail(`Cannot listen on ${flags.host}:${flags.port}: ${error.message}`),
)
const { emulator } = server

console.log(`Cognito emulator listening on ${server.url}`)
console.log(`  userPoolId        ${emulator.userPoolId}`)
console.log(`  userPoolClientId  ${emulator.clientId}`)
console.log(`  userPoolEndpoint  ${server.url}/`)
console.log(`  JWKS              ${server.url}/${emulator.userPoolId}/.well-known/jwks.json`)
if (!seed) {
  console.log(`Demo sign-in (USER_PASSWORD_AUTH): ${DEMO_USERS.demo} / ${DEMO_PASSWORD}`)
  console.log(`  also, same password: ${DEMO_USERS.manyDevices} (130 devices), ${DEMO_USERS.passwordResetRequired}, ${DEMO_USERS.unconfirmed}, ${DEMO_USERS.disabled}`)
  console.log(`Admin* device operations: SigV4 with the fake access key ${DEMO_IAM_CREDENTIALS.accessKeyId} (its secret: DEMO_IAM_CREDENTIALS in cognito-emulator)`)
}
console.log(quotaLine(seed?.userPool?.throttling))
console.log(`Between test runs: POST ${server.url}/_emulator/reset (back to the seed); faults: POST ${server.url}/_emulator/faults`)

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    console.log(`\n${signal}: shutting down`)
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  })
}
