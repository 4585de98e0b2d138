/**
 * The command line, run as users run it: the built `dist/cli.cjs` in a child
 * process (a pipe), in a shell pipeline, and under a pseudo-terminal
 * (util-linux `script`) at 20, 40 and 120 columns, on real codes.
 * Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const packageJson = JSON.parse(readFileSync('package.json', 'utf8'))
const catalogLine = `signalwire-errors ${packageJson.version} carries the SignalWire error catalog of 2026-11-27; a newer release may know more codes.`

/** The environment without the colour variables of the machine running the tests. */
function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { NO_COLOR, FORCE_COLOR, COLUMNS, ...inherited } = process.env
  void NO_COLOR, void FORCE_COLOR, void COLUMNS
  return { ...inherited, ...env }
}

/** Run the command with stdout a pipe. */
function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['dist/cli.cjs', ...args], { encoding: 'utf8', env: cleanEnv(env) })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`

/** Run a bash pipeline that starts with the command; the command's own exit status and stderr are kept apart. */
function pipeline(args: string[], rest: string) {
  const command = `node dist/cli.cjs ${args.map(shellQuote).join(' ')} 2>/tmp/cli-stderr-$$ | ${rest}; echo "status:\${PIPESTATUS[0]}"; cat /tmp/cli-stderr-$$ >&2; rm -f /tmp/cli-stderr-$$`
  const result = spawnSync('bash', ['-c', command], { encoding: 'utf8', env: cleanEnv({}) })
  const [, output = '', status = ''] = /^([^]*)status:(\d+)\n$/.exec(result.stdout) ?? []
  return { status: Number(status), stdout: output, stderr: result.stderr }
}

/** Run the command in a pseudo-terminal of a width; what it printed, line endings as written. */
function terminal(args: string[], columns: number, env: Record<string, string> = {}) {
  const command = `stty cols ${columns} rows 50; node dist/cli.cjs ${args.map(shellQuote).join(' ')}`
  const result = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], { encoding: 'utf8', env: cleanEnv(env) })
  return { status: result.status, stdout: result.stdout.replace(/\r\n/g, '\n') }
}

const ansi = /\u001b\[/

describe('signalwire-errors <code>', () => {
  it('prints a code: messages, description, causes, solutions, as plain text', () => {
    const { status, stdout, stderr } = cli(['11200', '--width', '80'])
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

  it('in a pipe wraps nothing: each paragraph and each list item is one line', () => {
    const { stdout } = cli(['11200'])
    expect(stdout).toContain('\n  • Content-Type doesn’t match actual content, e.g. an MP3 file that is being served with Content-Type: audio/x-wav, instead of Content-Type: audio/mpeg\n')
    expect(stdout).toContain('\nAn 11200 error is an indicator of a connection failure between SignalWire and your service. When SignalWire requests a page from your server, we wait a maximum of 15 seconds for a response. A connection failure will occur if no response is returned in that time.\n')
  })

  it('shows literal text such as <country> as text', () => {
    expect(cli(['80203']).stdout).toContain('country code <country>')
  })

  it('takes several codes, quoted codes and codes inside pasted text', () => {
    const { status, stdout } = cli(['30003', '"13233"', 'MessageStatus=undelivered&ErrorCode=30005&To=+15551234567'])
    expect(status).toBe(0)
    expect(stdout.match(/^\d{5} {2}.+$/gm)).toEqual(['30003  Unreachable destination handset', '13233  Dial->Conference: Invalid waitUrl', '30005  Unknown destination handset'])
  })

  it('prints the entries as the runtime gives them with --json', () => {
    const catalog = JSON.parse(readFileSync('data/catalog.json', 'utf8'))
    const { status, stdout } = cli(['11200', '30003', '--json'])
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toEqual(catalog.errors.filter((entry: { code: number }) => entry.code === 11200 || entry.code === 30003))
  })
})

describe('colour, by the conventions', () => {
  it.each([
    ['nothing set, in a pipe', [], {}, false],
    ['FORCE_COLOR=1', [], { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=true', [], { FORCE_COLOR: 'true' }, true],
    ['FORCE_COLOR empty', [], { FORCE_COLOR: '' }, true],
    ['FORCE_COLOR=0', [], { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false', [], { FORCE_COLOR: 'false' }, false],
    ['NO_COLOR over FORCE_COLOR', [], { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    ['NO_COLOR empty is not set', [], { FORCE_COLOR: '1', NO_COLOR: '' }, true],
    ['--color over NO_COLOR', ['--color'], { NO_COLOR: '1' }, true],
    ['--no-color over FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '1' }, false],
  ])('%s', (_, flags, env, coloured) => {
    expect(ansi.test(cli(['11200', ...flags], env as Record<string, string>).stdout)).toBe(coloured)
  })

  it('is on in a terminal, and off there with NO_COLOR', () => {
    expect(terminal(['13233'], 80).stdout).toMatch(ansi)
    expect(terminal(['13233'], 80, { NO_COLOR: '1' }).stdout).not.toMatch(ansi)
  })
})

describe('in pipes', () => {
  it.each([
    [['list', '--json']],
    [['search', 'a', '--json']],
    [['categories']],
  ])('%j | head -1 ends quietly with status 0', (args) => {
    const { status, stdout, stderr } = pipeline(args, 'head -1')
    expect(status).toBe(0)
    expect(stderr).toBe('')
    expect(stdout.split('\n')).toHaveLength(2)
  })

  it('categories | head -0 ends quietly with status 0', () => {
    expect(pipeline(['categories'], 'head -0')).toEqual({ status: 0, stdout: '', stderr: '' })
  })

  it('list | grep finds a code with its whole message', () => {
    expect(pipeline(['list'], 'grep -i hours').stdout).toBe('32015  warning  Call is terminated due to exceeding max call duration of 4 hours.\n')
  })
})

describe('in a terminal of any width', () => {
  const commands = [['11200', '13233', '30003'], ['categories'], ['list', '--category', 'webhook'], ['search', 'timeout']]

  it.each([20, 40, 120])('at %i columns, every line of every command fits', (columns) => {
    for (const args of commands) {
      const { status, stdout } = terminal([...args, '--no-color'], columns)
      expect(status).toBe(0)
      const lines = stdout.split('\n')
      expect(lines.length).toBeGreaterThan(5)
      expect(lines.filter((line) => line.length > columns)).toEqual([])
    }
  })

  it('wraps the meta line and the categories, and keeps their words', () => {
    const narrow = terminal(['13233', '--no-color'], 20).stdout
    expect(narrow.split('\n').slice(0, 6)).toEqual(['13233', '  Dial->Conference:', '  Invalid waitUrl', 'warning ·', 'voice-markup ·', 'DIAL_CONFERENCE_INVA'])
    // A separator ends its line, never starts one.
    expect(terminal(['30003', '--no-color'], 24).stdout.split('\n').slice(3, 7)).toEqual(['error ·', 'message-delivery ·', 'UNREACHABLE_DESTINATION_', 'HANDSET'])
    const categories = terminal(['categories', '--no-color'], 40).stdout
    expect(categories).toContain('webhook (24)\n  Webhooks and HTTP retrieval ·\n  11000–11999\n')
    expect(terminal(['categories', '--no-color'], 120).stdout.split('\n')[0]).toBe('account                  4  Account · 10000–10999')
  })

  it('uses the whole width at 120 columns', () => {
    const lines = terminal(['11200', '--no-color'], 120).stdout.split('\n')
    expect(Math.max(...lines.map((line) => line.length))).toBeGreaterThan(100)
  })

  it('wraps a pipe too when --width asks', () => {
    const lines = cli(['30003', '--width', '60']).stdout.split('\n')
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60)
    expect(Math.max(...lines.map((line) => line.length))).toBeGreaterThan(50)
  })
})

describe('unknown codes', () => {
  it.each([
    ['3003', 'signalwire-errors: unknown code 3003; did you mean 30003, 30013, 31003, 34003, 53003?'],
    ['300030', 'signalwire-errors: unknown code 300030; did you mean 30003?'],
    ['1120', 'signalwire-errors: unknown code 1120; did you mean 11200, 11201, 11202, 11203, 11205?'],
    ['11299', 'signalwire-errors: unknown code 11299; did you mean 13299?'],
    ['12000', 'signalwire-errors: unknown code 12000; did you mean 12100, 12200, 12300, 12400, 13000?'],
    // One swap gives 30017, which is no code; one change gives 30001 and 30011.
    ['30071', 'signalwire-errors: unknown code 30071; did you mean 30001, 30011?'],
  ])('%s: near codes one edit away, at most five, then the catalog this release carries; status 1', (argument, message) => {
    const { status, stdout, stderr } = cli([argument])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(`${message}\n${catalogLine}\n`)
  })

  it('suggests a search for text that holds no code', () => {
    const { status, stderr } = cli(['hello world'])
    expect(status).toBe(1)
    expect(stderr).toBe(`signalwire-errors: "hello world" holds no code; to search the catalog for it: signalwire-errors search 'hello world'\n`)
  })

  it('reports every unknown 5-digit number of pasted text, prints the known codes, and fails', () => {
    const { status, stdout, stderr } = cli(['error 11200 and 99999, then 88888 (SIP 404, To=+15551234567)'])
    expect(status).toBe(1)
    expect(stdout).toMatch(/^11200 {2}HTTP retrieval failure\n/)
    expect(stderr).toBe(
      'signalwire-errors: unknown code 99999 in "error 11200 and 99999, then 88888 (SIP 404, To=+15551234567)"\n' +
        'signalwire-errors: unknown code 88888 in "error 11200 and 99999, then 88888 (SIP 404, To=+15551234567)"\n' +
        `${catalogLine}\n`,
    )
  })
})

describe('search, list, categories', () => {
  it('search marks its ranks: the code itself, message matches, other matches', () => {
    const { status, stdout } = cli(['search', 'timeout'])
    expect(status).toBe(0)
    const [count, blank, ...rest] = stdout.trimEnd().split('\n')
    expect(count).toMatch(/^\d+ codes match "timeout"$/)
    expect(blank).toBe('')
    const headings = rest.filter((line) => !/^\d/.test(line) && line !== '')
    expect(headings).toEqual(['Message matches', 'Other matches (name, secondary message, causes, solutions)'])
    const messages = rest.slice(1, rest.indexOf(''))
    expect(messages[0]).toBe('13212  warning  Dial: Invalid timeout value')
    const others = rest.slice(rest.indexOf('') + 2)
    expect(others).toContain('11201  error    TCP connection timed out')
    expect(messages.length + others.length).toBe(Number(count!.split(' ')[0]))
    expect(cli(['search', '11200']).stdout).toBe('1 code matches "11200"\n\nThe code itself\n11200  error    HTTP retrieval failure\n')
  })

  it('search --json keeps how each hit matched', () => {
    const hits = JSON.parse(cli(['search', '11200', '--json']).stdout)
    expect(hits[0]).toMatchObject({ match: 'code', entry: { code: 11200, name: 'HTTP_RETRIEVAL_FAILURE' } })
    const kinds = new Set(JSON.parse(cli(['search', 'timeout', '--json']).stdout).map((hit: { match: string }) => hit.match))
    expect([...kinds]).toEqual(['message', 'text'])
  })

  it('search and list take --level and --category', () => {
    const warnings = JSON.parse(cli(['search', 'invalid', '--level', 'warning', '--json']).stdout)
    expect(warnings.length).toBeGreaterThan(0)
    for (const hit of warnings) expect(hit.entry.level).toBe('warning')
    const sip = JSON.parse(cli(['list', '--category', 'sip', '--json']).stdout)
    expect(sip).toHaveLength(43)
    expect(cli(['list', '--level', 'warning']).stdout.split('\n')[0]).toBe('209 codes')
  })

  it('categories lists the taxonomy', () => {
    const { stdout } = cli(['categories'])
    expect(stdout.split('\n')[0]).toBe('account                  4  Account · 10000–10999')
    expect(JSON.parse(cli(['categories', '--json']).stdout)).toHaveLength(31)
  })
})

describe('help, version and usage errors', () => {
  it.each([['--help'], ['-h']])('%s prints the help on stdout, status 0', (flag) => {
    expect(cli([flag])).toMatchObject({ status: 0, stderr: '', stdout: expect.stringMatching(/^Usage: signalwire-errors <code…>/) })
  })

  it('--version prints the version', () => {
    expect(cli(['--version'])).toMatchObject({ status: 0, stdout: `${packageJson.version}\n` })
  })

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['-x'], "Unknown option '-x'"],
    [[], 'missing a code or a command'],
    [[''], 'empty code'],
    [['  '], 'empty code'],
    [['search'], 'search needs words to look for'],
    [['list', '--level', 'fatal'], 'unknown level "fatal": expected error or warning'],
    [['11200', '--level', 'error'], '--level and --category go with search and list'],
    [['--level'], "Option '--level <value>' argument missing"],
    [['11200', '--width', 'wide'], '--width expects a number of columns, not "wide"'],
  ])('%j: one line naming the problem, then how to get help; status 2', (args, message) => {
    const { status, stdout, stderr } = cli(args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`signalwire-errors: ${message}\nTry 'signalwire-errors --help'\n`)
  })

  it('an unknown category lists the categories, wrapped', () => {
    const { status, stderr } = cli(['list', '--category', 'nope'])
    expect(status).toBe(2)
    const lines = stderr.trimEnd().split('\n')
    expect(lines[0]).toBe('signalwire-errors: unknown category "nope"; the categories are:')
    expect(lines.at(-1)).toBe("Try 'signalwire-errors --help'")
    expect(lines.slice(1, -1).join(' ')).toContain('account, webhook, markup-document')
    for (const line of lines.slice(1, -1)) expect(line.length).toBeLessThanOrEqual(80)
  })
})

describe('the built command', () => {
  it('uses only the public entry points: its sources import nothing else of the package', () => {
    for (const file of ['src/cli/main.ts', 'src/cli/terminal.ts']) {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/^import .* from '([^']+)'/gm)].map((match) => match[1])
      expect(specifiers.filter((specifier) => !/^(node:|signalwire-errors(\/lite)?$|\.\/terminal\.ts$)/.test(specifier!))).toEqual([])
    }
    // Built, those imports are requires of the entry points beside it, and nothing of src/ is bundled in.
    const built = readFileSync('dist/cli.cjs', 'utf8')
    expect([...built.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]).sort()).toEqual(['./index.cjs', './lite.cjs', './lite.cjs', 'fs', 'tty', 'util'])
  })

  it('carries its version, not the whole package.json', () => {
    const built = readFileSync('dist/cli.cjs', 'utf8')
    expect(built).toContain(JSON.stringify(packageJson.version))
    expect(built).not.toContain('devDependencies')
    expect(built).not.toContain('"scripts"')
  })
})
