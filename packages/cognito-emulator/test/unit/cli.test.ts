import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const CLI = new URL('../../src/cli.ts', import.meta.url).pathname

/** Starts the command on a free port and returns its banner (everything printed before the reset hint), then stops it. */
async function banner(args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stderr.on('data', (chunk: Buffer) => (err += chunk))
  try {
    return await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk
        if (out.includes('/_emulator/reset')) resolve(out)
      })
      child.on('exit', (code) => reject(new Error(`exited ${code} before its banner: ${err}`)))
    })
  } finally {
    child.kill('SIGTERM')
  }
}

async function seedFile(seed: object): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'cognito-emulator-cli-')), 'seed.json')
  await writeFile(file, JSON.stringify(seed))
  return file
}

describe('the cognito-emulator command', () => {
  it("says the quotas are Cognito's defaults when nothing turns them off", async () => {
    expect(await banner([])).toContain("Cognito's default quotas apply")
  })

  it("says the quotas are off when the seed turns them off, and doesn't claim the defaults", async () => {
    const text = await banner(['--seed', await seedFile({ userPool: { throttling: false }, users: [] })])
    expect(text).toContain('Quotas are off')
    expect(text).not.toContain('default quotas apply')
  })
})
