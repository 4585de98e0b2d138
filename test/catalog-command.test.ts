import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCatalog } from '../scripts/catalog.ts'
import { capture } from './capture.ts'
import { rawEntry } from './helpers.ts'

/** Run `npm run catalog -- …` in this process: its status and output. */
function catalog(...args: string[]) {
  const output = capture()
  return output.result(runCatalog(args, output))
}

function workspace(raw: string) {
  const directory = mkdtempSync(join(tmpdir(), 'catalog-'))
  const input = join(directory, 'raw.txt')
  writeFileSync(input, raw)
  const paths = { input, out: join(directory, 'out', 'catalog.json'), report: join(directory, 'report.txt'), lock: join(directory, 'lock.json') }
  // No overrides: those in data/ are for codes of the shipped catalog.
  const args = ['--input', input, '--out', paths.out, '--report', paths.report, '--overrides', join(directory, 'none'), '--lock', paths.lock]
  return { paths, args }
}

describe('npm run catalog', () => {
  it('writes the catalog, the lock and the report, and prints a summary', () => {
    const { paths, args } = workspace(rawEntry(10004) + rawEntry(13233))
    const { status, stdout } = catalog(...args)
    expect(status).toBe(0)
    expect(stdout).toContain('raw.txt (SignalWire error catalog of 2026-11-27): 2 entries')
    expect(stdout).toMatch(/by level:\n {2}error +1\n {2}warning +1\n/)
    expect(stdout).toMatch(/by category:\n {2}account +1\n {2}voice-markup +1\n/)
    expect(stdout).toMatch(/data-quality warnings: 2 /)
    const written = JSON.parse(readFileSync(paths.out, 'utf8'))
    expect(written.errors.map((entry: { name: string }) => entry.name)).toEqual([
      'CALL_CONCURRENCY_LIMIT_EXCEEDED',
      'DIAL_CONFERENCE_INVALID_WAIT_URL',
    ])
    expect(JSON.parse(readFileSync(paths.lock, 'utf8'))).toEqual({
      10004: 'CALL_CONCURRENCY_LIMIT_EXCEEDED',
      13233: 'DIAL_CONFERENCE_INVALID_WAIT_URL',
    })
    expect(readFileSync(paths.report, 'utf8')).toMatch(/raw\.txt:20:20 {2}warning {2}Unexpected filler secondary message `placeholder` in `13233`/)
  })

  it('fails on a malformed catalog with file:line:column, status 1, and writes nothing', () => {
    const { paths, args } = workspace(rawEntry(10004).replace('Log Level: ERROR', 'Log Level: FATAL'))
    const { status, stderr, stdout } = catalog(...args)
    expect(status).toBe(1)
    expect(stderr).toMatch(/raw\.txt:2:12 {2}error {2}Unexpected log level `FATAL`, expected `error` or `warning` {2}unknown-level {2}fields/)
    expect(stdout).toBe('')
    for (const path of [paths.out, paths.report, paths.lock]) expect(existsSync(path)).toBe(false)
  })

  it('fails whatever --input it reads when the default lock loses a code', () => {
    const { paths, args } = workspace(rawEntry(10004))
    const { status, stderr } = catalog(...args.slice(0, -2))
    expect(status).toBe(1)
    expect(stderr).toMatch(/Unexpected loss of locked code `10001` \(`ACCOUNT_IS_NOT_ACTIVE`, data\/names\.lock\.json\)/)
    expect(existsSync(paths.out)).toBe(false)
  })

  it('fails on an unreadable input, and on a usage error with status 2', () => {
    expect(catalog('--input', 'missing.txt', '--out', join(tmpdir(), 'never.json'))).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/^missing\.txt:1:1 {2}error {2}Cannot read/),
    })
    expect(catalog('--bogus')).toMatchObject({ status: 2, stderr: expect.stringContaining("Unknown option '--bogus'") })
    expect(catalog('--help')).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: npm run catalog') })
  })

  it('runs as a command: `npm run catalog -- --help` prints the usage, status 0', () => {
    const result = spawnSync('npm', ['run', '-s', 'catalog', '--', '--help'], { encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: npm run catalog --/)
  })
})
