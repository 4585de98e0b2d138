/**
 * The command line's commands, run in this process on their arguments, as
 * `signalwire-errors` runs them with stdout a pipe (or a terminal where a
 * test says so). What only a process shows (pipes, terminals, the built file)
 * is in cli.test.ts.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli/run.ts'
import { capture } from './capture.ts'

const packageJson = JSON.parse(readFileSync('package.json', 'utf8'))
const catalogLine = `signalwire-errors ${packageJson.version} carries the SignalWire error catalog of 2026-11-27; a newer release may know more codes.`

/** Run the command line on arguments, stdout a pipe unless `terminal` gives its columns. */
async function cli(args: string[], env: Record<string, string> = {}, terminal?: number) {
  const output = capture()
  return output.result(await run(args, { ...output, terminal: terminal !== undefined, columns: () => terminal, env }))
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a colour code starts with ESC, which is what this looks for.
const ansi = /\u001b\[/

describe('signalwire-errors <code>', () => {
  it('in a pipe wraps nothing: each paragraph and each list item is one line', async () => {
    const { stdout } = await cli(['11200'])
    expect(stdout).toContain(
      '\n  • Content-Type doesn’t match actual content, e.g. an MP3 file that is being served with Content-Type: audio/x-wav, instead of Content-Type: audio/mpeg\n',
    )
    expect(stdout).toContain(
      '\nAn 11200 error is an indicator of a connection failure between SignalWire and your service. When SignalWire requests a page from your server, we wait a maximum of 15 seconds for a response. A connection failure will occur if no response is returned in that time.\n',
    )
  })

  it('shows literal text such as <country> as text', async () => {
    expect((await cli(['80203'])).stdout).toContain('country code <country>')
  })

  it('takes several codes, quoted codes and codes inside pasted text', async () => {
    const { status, stdout } = await cli(['30003', '"13233"', 'MessageStatus=undelivered&ErrorCode=30005&To=+15551234567'])
    expect(status).toBe(0)
    expect(stdout.match(/^\d{5} {2}.+$/gm)).toEqual([
      '30003  Unreachable destination handset',
      '13233  Dial->Conference: Invalid waitUrl',
      '30005  Unknown destination handset',
    ])
  })

  it('prints the entries as the runtime gives them with --json', async () => {
    const catalog = JSON.parse(readFileSync('data/catalog.json', 'utf8'))
    const { status, stdout } = await cli(['11200', '30003', '--json'])
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
  ])('%s', async (_, flags, env, coloured) => {
    expect(ansi.test((await cli(['11200', ...flags], env as Record<string, string>)).stdout)).toBe(coloured)
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
  ])('%s: near codes one edit away, at most five, then the catalog this release carries; status 1', async (argument, message) => {
    const { status, stdout, stderr } = await cli([argument])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(`${message}\n${catalogLine}\n`)
  })

  it('names a quoted unknown code as a code, not as pasted text', async () => {
    const { status, stderr } = await cli(['"99999"'])
    expect(status).toBe(1)
    expect(stderr.split('\n')[0]).toBe('signalwire-errors: unknown code 99999')
  })

  it.each([' " 99999 " ', "'99999'", '\uff19\uff19\uff19\uff19\uff19'])(
    'names %j as a code: a number alone, in one pair of quotes, with white space around',
    async (argument) => {
      const { stderr } = await cli([argument])
      expect(stderr.split('\n')[0]).toBe('signalwire-errors: unknown code 99999')
    },
  )

  it.each(['"99999', `"99999'`, '1 x', `${' '.repeat(20)}1x`])(
    'reads %j as text, not as a code asked for: an unpaired quote, or more than a number',
    async (argument) => {
      const { stderr } = await cli([argument])
      expect(stderr).not.toContain('unknown code')
    },
  )

  it('suggests a search for text that holds no code', async () => {
    const { status, stderr } = await cli(['hello world'])
    expect(status).toBe(1)
    expect(stderr).toBe(`signalwire-errors: "hello world" holds no code; to search the catalog for it: signalwire-errors search 'hello world'\n`)
  })

  it('reads a number as a code only when it stands alone, and reports an unknown one only when the text marks it as a code', async () => {
    const { status, stdout, stderr } = await cli(['ErrorCode=30003 MessageSid=SM12345 order 55555 To=+15551230000'])
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' })
    expect(stdout).toMatch(/^30003 {2}Unreachable destination handset\n/)
    expect((await cli(['error 11200 and 99999, then 88888 (SIP 404)'])).stderr).toBe('')
  })

  it('reports each marked unknown once, quoting a short window around it, and fails', async () => {
    const text = `${'x'.repeat(200)} ErrorCode=12345 and "error_code": 54321, again ErrorCode=12345 ${'y'.repeat(200)}`
    const { status, stdout, stderr } = await cli([text])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'signalwire-errors: unknown code 12345 in "…xxxxxxxxx ErrorCode=12345 and \\"error_code\\": 5…"; did you mean 13245?\n' +
        'signalwire-errors: unknown code 54321 in "…5 and \\"error_code\\": 54321, again ErrorCode=12…"; did you mean 50321, 54301, 54351?\n' +
        `${catalogLine}\n`,
    )
  })

  // 72000–73999 holds no code.
  it('keeps what it writes for a paste of 2,000 unknown codes bounded: 20 reports, then one line for the rest', async () => {
    const paste = Array.from({ length: 2000 }, (_, index) => `ErrorCode=${72000 + index}`).join(' ')
    const { status, stderr } = await cli([paste])
    expect(status).toBe(1)
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(22)
    expect(lines[20]).toBe('signalwire-errors: and 1980 more mentions of unknown codes')
    expect(stderr.length).toBeLessThan(3000)
  })

  it('shows a long unknown number by its ends and length, with no hints', async () => {
    const { stderr } = await cli(['1'.repeat(5000)])
    expect(stderr.split('\n')[0]).toBe('signalwire-errors: unknown code 111111…111 (5000 digits)')
  })
})

describe('standard input', () => {
  const piped = async (args: string[], text: string) => {
    const output = capture()
    const chunks = async function* () {
      // Cut inside a number and inside a key, as a pipe may.
      for (let at = 0; at < text.length; at += 7) yield text.slice(at, at + 7)
    }
    return output.result(await run(args, { ...output, terminal: false, columns: () => undefined, env: {}, stdin: { terminal: false, read: chunks } }))
  }
  const log = 'GET /status 200\nErrorCode=30003 MessageSid=SM12345\nErrorCode=11200\nErrorCode=30003 again\nerror_code: 12345\n'

  it('with no code, reads standard input and prints each code it holds once, in order of first appearance', async () => {
    const { status, stdout, stderr } = await piped([], log)
    expect(stdout.split('\n').filter((line) => /^\d{5} {2}/.test(line))).toEqual([
      '30003  Unreachable destination handset',
      '11200  HTTP retrieval failure',
    ])
    expect(stderr).toContain('unknown code 12345')
    expect(status).toBe(1)
  })

  it('with -, does the same; --json gives the entries', async () => {
    const { status, stdout } = await piped(['-', '--json'], 'ErrorCode=11200\n')
    expect(status).toBe(0)
    expect(JSON.parse(stdout).map((entry: { code: number }) => entry.code)).toEqual([11200])
  })

  it('says so when standard input holds no code', async () => {
    expect(await piped([], 'nothing here\n')).toMatchObject({ status: 1, stdout: '', stderr: 'signalwire-errors: standard input holds no code\n' })
  })
})

describe('search, list, categories', () => {
  it('search marks its ranks: the code itself, message matches, other matches', async () => {
    const { status, stdout } = await cli(['search', 'timeout'])
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
    expect((await cli(['search', '11200'])).stdout).toBe('1 code matches "11200"\n\nThe code itself\n11200  error    HTTP retrieval failure\n')
  })

  it('search --json keeps how each hit matched', async () => {
    const hits = JSON.parse((await cli(['search', '11200', '--json'])).stdout)
    expect(hits[0]).toMatchObject({ match: 'code', entry: { code: 11200, name: 'HTTP_RETRIEVAL_FAILURE' } })
    const kinds = new Set(JSON.parse((await cli(['search', 'timeout', '--json'])).stdout).map((hit: { match: string }) => hit.match))
    expect([...kinds]).toEqual(['message', 'text'])
  })

  it('search and list take --level and --category', async () => {
    const warnings = JSON.parse((await cli(['search', 'invalid', '--level', 'warning', '--json'])).stdout)
    expect(warnings.length).toBeGreaterThan(0)
    for (const hit of warnings) expect(hit.entry.level).toBe('warning')
    const sip = JSON.parse((await cli(['list', '--category', 'sip', '--json'])).stdout)
    expect(sip).toHaveLength(43)
    expect((await cli(['list', '--level', 'warning'])).stdout.split('\n')[0]).toBe('209 codes')
  })

  it('categories lists the taxonomy', async () => {
    const { stdout } = await cli(['categories'])
    expect(stdout.split('\n')[0]).toBe('account                  4  Account · 10000–10999')
    expect(JSON.parse((await cli(['categories', '--json'])).stdout)).toHaveLength(31)
  })
})

describe('help, version and usage errors', () => {
  it.each([['--help'], ['-h']])('%s prints the help on stdout, status 0', async (flag) => {
    expect(await cli([flag])).toMatchObject({ status: 0, stderr: '', stdout: expect.stringMatching(/^Usage: signalwire-errors <code…>/) })
  })

  it.each([['--version'], ['-v'], ['version']])('%s prints the version and the catalog it carries', async (flag) => {
    expect(await cli([flag])).toMatchObject({
      status: 0,
      stdout: `signalwire-errors ${packageJson.version} (SignalWire error catalog of 2026-11-27)\n`,
    })
  })

  it('help prints the help', async () => {
    expect((await cli(['help'])).stdout).toBe((await cli(['--help'])).stdout)
  })

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['--jsn'], 'unknown option --jsn'],
    [['--json=yes'], '--json takes no value'],
    [[], 'missing a code or a command'],
    [[''], 'empty code'],
    [['  '], 'empty code'],
    [['search'], 'search needs words to look for'],
    [['list', '--level', 'fatal'], 'unknown level "fatal": expected error or warning'],
    [['11200', '--level', 'error'], '--level and --category go with search and list'],
    [['--level'], '--level needs a value'],
    [['list', '--category'], '--category needs a value'],
    [['11200', '--width', 'wide'], '--width expects a number of columns from 20 up, not "wide"'],
    [['11200', '--width', '5'], '--width expects a number of columns from 20 up, not "5"'],
    [['11200', '--width', '0'], '--width expects a number of columns from 20 up, not "0"'],
  ])('%j: one line naming the problem, then how to get help; status 2', async (args, message) => {
    const { status, stdout, stderr } = await cli(args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`signalwire-errors: ${message}\nTry 'signalwire-errors --help'\n`)
  })

  it('an unknown category lists the categories, wrapped', async () => {
    const { status, stderr } = await cli(['list', '--category', 'nope'])
    expect(status).toBe(2)
    const lines = stderr.trimEnd().split('\n')
    expect(lines[0]).toBe('signalwire-errors: unknown category "nope"; the categories are:')
    expect(lines.at(-1)).toBe("Try 'signalwire-errors --help'")
    expect(lines.slice(1, -1).join(' ')).toContain('account, webhook, markup-document')
    for (const line of lines.slice(1, -1)) expect(line.length).toBeLessThanOrEqual(80)
  })
})

describe('in a terminal', () => {
  it('at 20 columns stacks the code above its message, breaks a name longer than a line at an underscore, and keeps code as written', async () => {
    const { stdout } = await cli(['13233', '40000', '--no-color'], {}, 20)
    const lines = stdout.split('\n')
    expect(lines.slice(0, 7)).toEqual([
      '13233',
      '  Dial->Conference:',
      '  Invalid waitUrl',
      'warning ·',
      'voice-markup ·',
      'DIAL_CONFERENCE_',
      'INVALID_WAIT_URL',
    ])
    // 40000's example is code: printed as written, indented, never wrapped.
    expect(stdout).toContain('\n    {\n    \t"instruction": "accept"\n    }\n')
    expect(lines.filter((line) => line.length > 20 && !line.startsWith('    '))).toEqual([])
  })

  it('takes the terminal width from COLUMNS when the terminal gives none, and --width over both', async () => {
    const wide = await cli(['30003', '--no-color'], { COLUMNS: '60' }, 0)
    expect(Math.max(...wide.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(60)
    const given = await cli(['30003', '--no-color', '--width', '30'], { COLUMNS: '60' }, 100)
    expect(Math.max(...given.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(30)
  })

  it('colours by default, and lays out the meta line of a warning in yellow', async () => {
    const { stdout } = await cli(['13233'], {}, 80)
    expect(stdout).toContain('\u001b[33mwarning\u001b[39m')
  })
})

describe('every code of the catalog', () => {
  const codes = JSON.parse(readFileSync('data/catalog.json', 'utf8')).errors.map((entry: { code: number }) => String(entry.code))

  it('laid out at 20 columns: no line wider, but code lines kept as written', async () => {
    const { status, stdout } = await cli([...codes, '--no-color'], {}, 20)
    expect(status).toBe(0)
    expect(stdout.split('\n').filter((line) => line.length > 20 && !line.startsWith('    '))).toEqual([])
  })

  it('in a pipe: plain text, one entry per code, no markdown syntax or colour', async () => {
    const { status, stdout } = await cli(codes)
    expect(status).toBe(0)
    expect(stdout.match(/^\d{5} {2}/gm)).toHaveLength(codes.length)
    expect(stdout).not.toMatch(ansi)
    expect(stdout.split('\n').filter((line) => !line.startsWith('    ') && /\]\(|\*\*|^#{1,6} |^- /.test(line))).toEqual([])
  })
})
