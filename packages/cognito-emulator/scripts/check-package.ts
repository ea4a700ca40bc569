// `npm run test:package`: is the published emulator right? Builds it, lints it (publint, attw), packs the
// tarball and installs it with npm into a scratch folder as a user would, then:
// - the command starts with a seed, prints where it listens, answers botocore's `list_devices` (a client
//   in another language, Debian's python3-botocore) and stops cleanly on SIGTERM;
// - the Node entry starts a server without msw installed; the MSW entry type-checks and loads once it is.
import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'

const root = resolve(import.meta.dirname, '..')
/** Debian's python3 (its python3-botocore, which .ci/run installs), unless PYTHON names another. */
const python = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3')
const workspace = resolve(root, '../..')

function run(command: string, args: string[], cwd = root): string {
  console.log(`$ ${command} ${args.join(' ')}`)
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 240_000 })
}

const seed = {
  clients: [{ id: 'checkclient', explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }],
  users: [
    {
      username: 'ana@example.com',
      password: 'Check-password-1',
      devices: [
        { key: 'eu-west-1_11111111-1111-4111-8111-111111111111', name: 'Pixel 8' },
        { key: 'eu-west-1_22222222-2222-4222-8222-222222222222', name: "Ana's iPhone" },
      ],
    },
  ],
}

// botocore as a Python test would use it: InitiateAuth for tokens, then ListDevices with them.
const botocoreListDevices = `
import json, sys
import botocore.session
client = botocore.session.get_session().create_client('cognito-idp', region_name='eu-west-1', endpoint_url=sys.argv[1],
    aws_access_key_id='unused', aws_secret_access_key='unused')
tokens = client.initiate_auth(ClientId='checkclient', AuthFlow='USER_PASSWORD_AUTH',
    AuthParameters={'USERNAME': 'ana@example.com', 'PASSWORD': 'Check-password-1'})['AuthenticationResult']
devices = client.list_devices(AccessToken=tokens['AccessToken'], Limit=10)['Devices']
print(json.dumps(sorted(a['Value'] for d in devices for a in d['DeviceAttributes'] if a['Name'] == 'device_name')))
`

async function commandAnswersBotocore(scratch: string) {
  await writeFile(join(scratch, 'seed.json'), JSON.stringify(seed))
  const child = spawn(join(scratch, 'node_modules/.bin/cognito-emulator'), ['--port', '0', '--seed', 'seed.json'], { cwd: scratch, stdio: ['ignore', 'pipe', 'inherit'] })
  const exited = once(child, 'exit')
  const lines = createInterface({ input: child.stdout })
  const printed: string[] = []
  let url: string | undefined
  for await (const line of lines) {
    printed.push(line)
    url = /listening on (http:\/\/\S+)/.exec(line)?.[1]
    if (url) break
  }
  try {
    if (!url) throw new Error(`the command printed no address:\n${printed.join('\n')}`)
    const names = run(python, ['-c', botocoreListDevices, url], scratch).trim()
    if (JSON.stringify(JSON.parse(names)) !== JSON.stringify(["Ana's iPhone", 'Pixel 8'])) throw new Error(`botocore list_devices answered ${names}`)
    console.log(`check-package: botocore list_devices on ${url} -> ${names}`)
  } finally {
    child.kill('SIGTERM')
  }
  const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null]
  if (code !== 0) throw new Error(`the command ended with ${code ?? signal} on SIGTERM, not 0`)
  console.log('check-package: the command stopped on SIGTERM with exit code 0')
}

const scratch = await mkdtemp(join(tmpdir(), 'cognito-emulator-package-'))
try {
  run('npm', ['run', 'build', '--silent'])
  console.log(run(join(workspace, 'node_modules/.bin/publint'), ['--strict']))
  console.log(run(join(workspace, 'node_modules/.bin/attw'), ['--pack', '.', '--profile', 'esm-only']))
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch])) as { filename: string; files: unknown[] }[]
  console.log(`check-package: the tarball has ${packed!.files.length} files`)

  // As a user installs it: its dependencies come from the registry (or npm's cache), msw not among them.
  await writeFile(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch-tests', private: true, type: 'module' }))
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed!.filename)], scratch)
  await commandAnswersBotocore(scratch)

  await writeFile(
    join(scratch, 'node.mjs'),
    `import { startEmulatorServer } from 'cognito-emulator/node'
const server = await startEmulatorServer({ port: 0 })
const answer = await fetch(server.url, { method: 'POST', headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.ListDevices', 'content-type': 'application/x-amz-json-1.1' }, body: '{}' })
await server.close()
if (answer.status !== 400) throw new Error('emulator answered ' + answer.status)
`,
  )
  run(process.execPath, ['node.mjs'], scratch)

  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', 'msw@2', '@types/node@20', 'typescript@5.9'], scratch)
  await writeFile(
    join(scratch, 'handlers.ts'),
    `import { setupServer } from 'msw/node'
import { createCognitoEmulator } from 'cognito-emulator'
import { cognitoHandlers } from 'cognito-emulator/msw'
export const server = setupServer(...cognitoHandlers(createCognitoEmulator(), { endpoint: 'https://cognito-idp.test/' }))
`,
  )
  const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }
  await writeFile(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['handlers.ts'] }))
  run(join(scratch, 'node_modules/.bin/tsc'), ['-p', scratch], scratch)
  console.log('check-package: ok')
} finally {
  await rm(scratch, { recursive: true, force: true })
}
