/**
 * The command line, run as users run it: the built `dist/cli.cjs` in a child
 * process (a pipe), in a shell pipeline, and under a pseudo-terminal
 * (util-linux `script`) at 20, 40 and 120 columns, on real codes.
 * Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const packageJson = JSON.parse(readFileSync('package.json', 'utf8'))

/** The environment without the colour variables of the machine running the tests. */
function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = { ...process.env }
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS']) delete inherited[name]
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
  const [, output = '', status = ''] = /^([\s\S]*)status:(\d+)\n$/.exec(result.stdout) ?? []
  return { status: Number(status), stdout: output, stderr: result.stderr }
}

/** Run the command in a pseudo-terminal of a width; what it printed, line endings as written. */
function terminal(args: string[], columns: number, env: Record<string, string> = {}) {
  const command = `stty cols ${columns} rows 50; node dist/cli.cjs ${args.map(shellQuote).join(' ')}`
  const result = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], { encoding: 'utf8', env: cleanEnv(env) })
  return { status: result.status, stdout: result.stdout.replace(/\r\n/g, '\n') }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a colour code starts with ESC, which is what this looks for.
const ansi = /\u001b\[/

describe('signalwire-errors <code>', () => {
  it('prints a code: messages, description, causes, solutions, as plain text', () => {
    const { status, stdout, stderr } = cli(['11200', '--width', '80'])
    expect(status).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(
      /^11200 {2}HTTP retrieval failure\nerror · webhook · HTTP_RETRIEVAL_FAILURE\n\nThere was a failure attempting to retrieve the contents of this URL\.\n\nAn 11200 error is/,
    )
    expect(stdout).toContain('\nPossible causes\n  • Web server returned a 4xx or 5xx HTTP response to SignalWire\n')
    expect(stdout).toContain(
      '  • Content-Type doesn’t match actual content, e.g. an MP3 file that is being\n    served with Content-Type: audio/x-wav, instead of Content-Type: audio/mpeg\n',
    )
    expect(stdout).toContain('\nPossible solutions\n  • Double check that your LaML URL does not return a 4xx or 5xx error\n')
    // Plain text: no markdown syntax, no colour when piped.
    expect(stdout).not.toMatch(/\]\(|`|\*\*|^#/m)
    expect(stdout).not.toMatch(ansi)
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80)
  })
})

describe('colour in a terminal', () => {
  it('is on in a terminal, and off there with NO_COLOR', () => {
    expect(terminal(['13233'], 80).stdout).toMatch(ansi)
    expect(terminal(['13233'], 80, { NO_COLOR: '1' }).stdout).not.toMatch(ansi)
  })
})

describe('in pipes', () => {
  it.each([[['list', '--json']], [['search', 'a', '--json']], [['categories']]])('%j | head -1 ends quietly with status 0', (args) => {
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
    // The layout at 20 columns is pinned in cli-run.test.ts; here, that a real terminal of 20 columns gets it.
    const narrow = terminal(['13233', '--no-color'], 20).stdout
    expect(narrow.split('\n').slice(0, 3)).toEqual(['13233', '  Dial->Conference:', '  Invalid waitUrl'])
    // A separator ends its line, never starts one.
    expect(terminal(['30003', '--no-color'], 24).stdout.split('\n').slice(3, 7)).toEqual([
      'error ·',
      'message-delivery ·',
      'UNREACHABLE_DESTINATION_',
      'HANDSET',
    ])
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

describe('the built command', () => {
  it('uses only the public entry points: its sources import nothing else of the package', () => {
    const files = readdirSync('src/cli')
    expect(files).toContain('run.ts')
    for (const file of files) {
      const specifiers = [...readFileSync(`src/cli/${file}`, 'utf8').matchAll(/^import .* from '([^']+)'/gm)].map((match) => match[1])
      // Node, the package's entry points, and the other modules of the command line.
      const allowed = (specifier: string) => /^(node:|signalwire-errors(\/lite)?$)/.test(specifier) || files.includes(specifier.replace(/^\.\//, ''))
      expect(
        specifiers.filter((specifier) => !allowed(specifier!)),
        file,
      ).toEqual([])
    }
    // Built, those imports are requires of the entry points beside it, and nothing of src/ but the command line is bundled in.
    const built = readFileSync('dist/cli.cjs', 'utf8')
    expect([...built.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]).sort()).toEqual([
      './index.cjs',
      './lite.cjs',
      './lite.cjs',
      './lite.cjs',
      'fs',
      'tty',
      'util',
    ])
  })

  it('carries its version, not the whole package.json', () => {
    const built = readFileSync('dist/cli.cjs', 'utf8')
    expect(built).toContain(JSON.stringify(packageJson.version))
    expect(built).not.toContain('devDependencies')
    expect(built).not.toContain('"scripts"')
  })
})

describe('structure and standard input, as users run the command', () => {
  it("in a terminal shows 30003's checklist indented under its item, and a link's address after its text", () => {
    const lines = terminal(['30003', '--no-color'], 80).stdout.split('\n')
    const lead = lines.findIndex((line) => line.startsWith('  • If you see similar results'))
    const first = lines.indexOf('    • Is the destination device powered on?')
    expect(lead).toBeGreaterThan(0)
    expect(first).toBeGreaterThan(lead)
    expect(lines.slice(first).filter((line) => line.startsWith('    • '))).toHaveLength(6)
    expect(lines.join(' ').replace(/\s+/g, ' ')).toMatch(/SignalWire Console \(https:\/\/signalwire\.com\)/)
  })

  it('in a pipe, reads the codes of a log on standard input, each once', () => {
    const log = 'POST /status 200 ErrorCode=30003 MessageSid=SM12345\nPOST /status 200 ErrorCode=30003\nerror 11200\n'
    for (const args of [[], ['-']]) {
      const result = spawnSync(process.execPath, ['dist/cli.cjs', ...args, '--json'], { input: log, encoding: 'utf8', env: cleanEnv({}) })
      expect(result.status).toBe(0)
      expect(JSON.parse(result.stdout).map((entry: { code: number }) => entry.code)).toEqual([30003, 11200])
    }
  })
})
