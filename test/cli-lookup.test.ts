/**
 * The command line, run as users run it: the built `dist/cli.js` in a child
 * process, on real codes. Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const packageJson = JSON.parse(readFileSync('package.json', 'utf8'))

function cli(args: string[], env: Record<string, string> = {}) {
  const { NO_COLOR, FORCE_COLOR, ...inherited } = process.env
  void NO_COLOR, void FORCE_COLOR
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...inherited, COLUMNS: '80', ...env } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const ansi = /\u001b\[/

describe('signalwire-errors <code>', () => {
  it('prints a code for a terminal: messages, description, causes, solutions, plain text, wrapped', () => {
    const { status, stdout, stderr } = cli(['11200'])
    expect(status).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^11200 {2}HTTP retrieval failure\nerror · webhook · HTTP_RETRIEVAL_FAILURE\n\nThere was a failure attempting to retrieve the contents of this URL\.\n\nAn 11200 error is/)
    expect(stdout).toContain('\nPossible causes\n  • Web server returned a 4xx or 5xx HTTP response to SignalWire\n')
    expect(stdout).toContain('  • Content-Type doesn’t match actual content, e.g. an MP3 file that is being\n    served with Content-Type: audio/x-wav, instead of Content-Type: audio/mpeg\n')
    expect(stdout).toContain('\nPossible solutions\n  • Double check that your LaML URL does not return a 4xx or 5xx error\n')
    // Plain text: no markdown syntax, no colour when piped.
    expect(stdout).not.toMatch(/\]\(|`|\*\*|^#/m)
    expect(stdout).not.toMatch(ansi)
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80)
  })

  it('wraps to the width it is given', () => {
    const lines = cli(['30003'], { COLUMNS: '60' }).stdout.split('\n')
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60)
    expect(Math.max(...lines.map((line) => line.length))).toBeGreaterThan(50)
  })

  it('shows literal text such as <country> as text', () => {
    expect(cli(['80203']).stdout).toContain('country code <country>')
  })

  it('takes several codes, quoted codes and codes inside pasted text', () => {
    const { status, stdout } = cli(['30003', '"13233"', 'MessageStatus=undelivered&ErrorCode=30005&To=+1555'])
    expect(status).toBe(0)
    expect(stdout.match(/^\d{5} {2}.+$/gm)).toEqual(['30003  Unreachable destination handset', '13233  Dial->Conference: Invalid waitUrl', '30005  Unknown destination handset'])
  })

  it('colours when asked by a terminal, never with NO_COLOR', () => {
    // A terminal is simulated by FORCE_COLOR; NO_COLOR wins over everything.
    expect(cli(['11200'], { FORCE_COLOR: '1' }).stdout).toMatch(ansi)
    expect(cli(['11200'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(ansi)
  })

  it('prints the entries as in the catalog JSON with --json', () => {
    const catalog = JSON.parse(readFileSync('data/catalog.json', 'utf8'))
    const { status, stdout } = cli(['11200', '30003', '--json'])
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toEqual(catalog.errors.filter((entry: { code: number }) => entry.code === 11200 || entry.code === 30003))
  })

  it('an unknown code: a message on stderr, nothing on stdout, status 1', () => {
    const { status, stdout, stderr } = cli(['30017'])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
    expect(stderr).toBe(
      'signalwire-errors: Unknown code "30017"; did you mean 30007, 30010, 30011, 30012, 30013?\n' +
        `signalwire-errors ${version} carries the SignalWire error catalog of 2026-11-27; a newer release may know more codes.\n`,
    )
    expect(cli(['hello']).stderr).toBe('signalwire-errors: Unknown code "hello"\n')
  })
})

describe('search, list, categories', () => {
  it('search ranks the exact code first, then message matches, then the rest, with the number of hits', () => {
    const { status, stdout } = cli(['search', 'timeout'])
    expect(status).toBe(0)
    const [count, ...lines] = stdout.trimEnd().split('\n')
    expect(count).toMatch(/^\d+ codes match "timeout"$/)
    // A hit is a line starting with its code; long messages wrap onto indented lines.
    const codes = lines.filter((line) => /^\d/.test(line)).map((line) => Number(line.slice(0, 5)))
    expect(codes.length).toBe(Number(count!.split(' ')[0]))
    // "Connection timeout" (message) before 11201, whose secondary message holds the word.
    expect(codes.indexOf(31003)).toBeLessThan(codes.indexOf(11201))
    expect(codes).toEqual(expect.arrayContaining([11201, 11203, 11205]))
    expect(cli(['search', '11200']).stdout.split('\n')[1]).toBe("11200  error    HTTP retrieval failure")
  })

  it('search and list take --level and --category', () => {
    const warnings = JSON.parse(cli(['search', 'invalid', '--level', 'warning', '--json']).stdout)
    expect(warnings.length).toBeGreaterThan(0)
    for (const entry of warnings) expect(entry.level).toBe('warning')
    const sip = JSON.parse(cli(['list', '--category', 'sip', '--json']).stdout)
    expect(sip).toHaveLength(43)
    expect(cli(['list', '--level', 'warning']).stdout.split('\n')[0]).toBe('209 codes')
  })

  it('categories lists the taxonomy', () => {
    const { stdout } = cli(['categories'])
    expect(stdout.split('\n')[0]).toMatch(/^account +4 {2}Account · 10000–10999$/)
    expect(JSON.parse(cli(['categories', '--json']).stdout)).toHaveLength(31)
  })
})

describe('help, version and usage errors', () => {
  it('--help and --version', () => {
    expect(cli(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: signalwire-errors <code…>') })
    expect(cli(['--version'])).toMatchObject({ status: 0, stdout: `${packageJson.version}\n` })
  })

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [[], 'Missing a code or a command'],
    [['search'], 'search needs words to look for'],
    [['list', '--level', 'fatal'], 'Unknown level "fatal": expected error or warning'],
    [['list', '--category', 'nope'], 'Unknown category "nope": expected one of account,'],
    [['11200', '--level', 'error'], '--level and --category go with search and list'],
    [['--level'], "Option '--level <value>' argument missing"],
  ])('%j: a message on stderr, nothing on stdout, status 2', (args, message) => {
    const { status, stdout, stderr } = cli(args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
  })
})
